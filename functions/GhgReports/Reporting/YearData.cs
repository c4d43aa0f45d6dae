using GhgReports.Inventory.Calculation;
using GhgReports.Submissions;

namespace GhgReports.Reporting;

/// <summary>
/// Everything in force for one reporting year, read once through the current pointers: the register and, per
/// registered subsidiary, its current submission (or nothing). Documents are built from this alone.
/// </summary>
public sealed record YearData(
    int Year,
    GroupWorkbook Group,
    string GroupSubmissionId,
    IReadOnlyList<SubsidiaryYearData> Subsidiaries,
    DateTimeOffset SnapshotDate);

public sealed record SubsidiaryYearData(RegisteredSubsidiary Registered, CurrentSubmission? Current)
{
    /// <summary>
    /// The subsidiary's earlier reporting years in force, oldest first, when read for a plan: the base year and every
    /// year since, so that progress is measured against the base and never against the year being reported.
    /// </summary>
    public IReadOnlyList<CurrentSubmission> Earlier { get; init; } = [];
}

/// <summary>A subsidiary's data in force: the workbook, its inventory, and where it came from (lineage).</summary>
public sealed record CurrentSubmission(
    SubsidiaryWorkbook Workbook,
    SubsidiaryInventory Inventory,
    string SubmissionId,
    string PointerETag,
    DateTimeOffset UploadedAt,
    string? ArchivePath);
