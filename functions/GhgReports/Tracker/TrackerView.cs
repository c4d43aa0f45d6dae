using System.Text.Json.Serialization;
using GhgReports.Storage;

namespace GhgReports.Tracker;

/// <summary>
/// Group HQ's view of one reporting year: every registered subsidiary's submission state against the deadline, the
/// group's figures, the register as in force, and the year's locks and unlocks. The JSON of GET /api/tracker/{year}.
/// </summary>
/// <param name="Deadline">The day the year's workbooks are due (the group workbook's deadline); null when not declared.</param>
/// <param name="DeadlinePassed">Whether that day lies behind today (UTC); false without a deadline.</param>
public sealed record TrackerView(
    int Year,
    DateOnly? Deadline,
    bool DeadlinePassed,
    IReadOnlyList<TrackerRow> Subsidiaries,
    GroupKpis? Kpis,
    IReadOnlyList<RegisterRow> Register,
    IReadOnlyList<LockEvent> LockHistory)
{
    /// <summary>Each registered subsidiary's intensity against its own pathway, for the home's small multiples.</summary>
    public IReadOnlyList<IntensityTrajectory> Trajectories { get; init; } = [];
}

/// <summary>The states a subsidiary's year can be in, as the tracker names them.</summary>
/// <remarks>The names are the web API's spelling, which the page reads: never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TrackerStatus>))]
public enum TrackerStatus
{
    /// <summary>An accepted workbook is in force for the year.</summary>
    [JsonStringEnumMemberName("in-force")] InForce,
    /// <summary>Nothing in force; an upload is being processed.</summary>
    [JsonStringEnumMemberName("processing")] Processing,
    /// <summary>Nothing in force; every upload for the year was rejected (or failed).</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
    /// <summary>Nothing uploaded for the year.</summary>
    [JsonStringEnumMemberName("missing")] Missing,
    /// <summary>Nothing in force; an accepted workbook waits for HQ's review (the group workbook asks for review).</summary>
    [JsonStringEnumMemberName("awaiting-review")] AwaitingReview,
}

/// <summary>
/// One registered subsidiary's year. <paramref name="Overdue"/>: nothing in force and the deadline has passed.
/// <paramref name="FileInForce"/> is the officer's own file name; <paramref name="Warnings"/> that file's warnings.
/// <paramref name="AwaitingReview"/>: its workbooks for the year waiting for HQ's review; <paramref name="OpenQueries"/>: the
/// verifier's queries on the year not yet closed.
/// </summary>
public sealed record TrackerRow(
    string Code,
    string NameZh,
    string? NameEn,
    TrackerStatus Status,
    bool Overdue,
    string? FileInForce,
    string? SubmissionInForce,
    int? Warnings,
    bool Locked,
    string? Verifier,
    string? Statement,
    string? LockedBy,
    DateTimeOffset? LockedAt,
    DateTimeOffset? LastUploadAt,
    string? LastUploadFile,
    SubmissionStatus? LastUploadStatus,
    int AwaitingReview = 0,
    int OpenQueries = 0);

/// <summary>One line of the register in force, read-only; <paramref name="ProductionStageName"/> as the workbook's list shows it ("中文 English").</summary>
public sealed record RegisterRow(string Code, string NameZh, string? NameEn, string? ShortName, string Province, string ProductionStage,
    string ProductionStageName, decimal SharePercent, bool? Controlled, bool Active, string? GridFactorId);

/// <summary>
/// A lock or unlock of a subsidiary's period, from the audit table: who (the signed-in caller), when, and the verifier and
/// statement (lock) or the reason (unlock). An entry recorded before these were kept apart carries its text in <paramref name="Details"/>.
/// </summary>
public sealed record LockEvent(string Subsidiary, int Year, AuditAction Action, string By, DateTimeOffset At, string? Verifier, string? Statement,
    string? Reason, string? Details);
