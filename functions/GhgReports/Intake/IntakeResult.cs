using System.Text.Json.Serialization;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>
/// What intake answers for one uploaded file, written to results/&lt;sub&gt;/&lt;file&gt;.result.json: the verdict, every
/// problem, and for accepted files what was stored and where.
/// </summary>
public sealed record IntakeResult
{
    public required string SubmissionId { get; init; }
    public required string Subsidiary { get; init; }
    public required string BlobName { get; init; }
    /// <summary>The name of the officer's own file, when the upload came through the page's link.</summary>
    public string? FileName { get; init; }
    public string? Uploader { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
    /// <summary>Accepted, superseded, rejected, failed, awaiting review or returned; JSON writes its stored name.</summary>
    public required SubmissionStatus Status { get; init; }
    public string? SupersededBy { get; init; }
    public string? ArchivePath { get; init; }
    public int DetailRows { get; init; }
    public required CheckReport Check { get; init; }
    public SubmissionFigures? Figures { get; init; }
    /// <summary>Plan consistency warnings (pathway, targets, measures): not errors, but what the plan's appendix will show.</summary>
    public IReadOnlyList<PlanWarningReport> PlanWarnings { get; init; } = [];
    /// <summary>Set when these exact bytes had been processed before: the first result stands.</summary>
    public string? DuplicateOf { get; init; }
    /// <summary>HQ's decision under review (approved or returned), who took it, when, and the comment; null before any.</summary>
    public ReviewDecision? Review { get; init; }
}

/// <summary>What HQ decided on a workbook awaiting review, who, when, and the comment to the officer.</summary>
public sealed record ReviewDecision(ReviewVerdict Decision, string By, DateTimeOffset At, string? Comment);

/// <summary>HQ's decision on a workbook awaiting review.</summary>
/// <remarks>The names are the stored spelling (the result JSON's <c>review.decision</c>, the result page): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewVerdict>))]
public enum ReviewVerdict
{
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("returned")] Returned,
}

/// <summary>The headline figures of an accepted submission, so the officer sees at once what we understood.</summary>
public sealed record SubmissionFigures(
    IReadOnlyDictionary<int, decimal> CategoryTotalsTco2e,
    decimal Scope12Tco2e,
    decimal OutputTonnes,
    decimal? Scope12Intensity,
    decimal PurchasedAluminiumTonnes,
    decimal? PurchasedAluminiumIntensity,
    string FactorVersion,
    string? Note);

/// <summary>A plan consistency warning as the officer reads it.</summary>
public sealed record PlanWarningReport(string Code, string MessageZh, string MessageEn, IReadOnlyDictionary<string, string> Figures);
