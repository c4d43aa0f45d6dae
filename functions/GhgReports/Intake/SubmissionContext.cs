using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>
/// A sound upload on its way to acceptance: where it goes (partition and period pointer), what it is (id, bytes, the
/// blob), what the check found and which rows it stores. The subsidiary-only parts (period, figures, plan warnings,
/// the figures to record once in force, rows streamed while reading, review, the replacement's reason) stay unset
/// for the group workbook.
/// </summary>
internal sealed record SubmissionContext(
    string Partition,
    string Period,
    string SubmissionId,
    byte[] Bytes,
    UploadedBlob Blob,
    CheckReport Report,
    IReadOnlyList<DetailRowEntity> Rows)
{
    public int? Year { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public SubmissionFigures? Figures { get; init; }
    public IReadOnlyList<PlanWarningReport> PlanWarnings { get; init; } = [];

    /// <summary>Records the figures now in force (the inventory with its GWP set and factor version); called only once the pointer is this submission's.</summary>
    public Func<string, CancellationToken, Task>? WhenCurrent { get; init; }

    /// <summary>Source rows written while the sheet was read, completed with the other rows.</summary>
    public StreamingRowWriter? Streamed { get; init; }
    public int StreamedRows { get; init; }

    /// <summary>The crash-in-the-middle seam's count, shared with <see cref="Streamed"/> so both writers count as one.</summary>
    public Func<int, Task>? AfterBatch { get; init; }

    /// <summary>The group reviews workbooks: stored, but the pointer waits for HQ's approval.</summary>
    public bool HoldForReview { get; init; }

    /// <summary>Why this upload replaces data in force, when it does and someone said.</summary>
    public string? Reason { get; init; }

    public int DetailRowCount => Rows.Count + StreamedRows;
}
