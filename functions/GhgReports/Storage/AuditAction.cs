using System.Text.Json.Serialization;

namespace GhgReports.Storage;

/// <summary>
/// What an entry of the audit table (<see cref="AuditEntity"/>) or a record of the inventories table
/// (<see cref="InventoryRecordEntity"/>) says was done.
/// </summary>
/// <remarks>
/// The names are the stored spelling (the <c>Action</c> column of both tables, the tracker's lock history in the web API):
/// never change one. Rows written before this enum hold exactly these words.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AuditAction>))]
public enum AuditAction
{
    /// <summary>Inventories table: the figures intake put in force.</summary>
    [JsonStringEnumMemberName("intake")] Intake,
    /// <summary>Inventories table: the figures of an explicit recalculation (new factor or GWP version).</summary>
    [JsonStringEnumMemberName("recalculation")] Recalculation,
    /// <summary>Audit table: that recalculation as an act, with who and why.</summary>
    [JsonStringEnumMemberName("recalculate")] Recalculate,
    [JsonStringEnumMemberName("lock")] Lock,
    [JsonStringEnumMemberName("unlock")] Unlock,
    /// <summary>An upload link minted for an officer; its row key names the blob it allows.</summary>
    [JsonStringEnumMemberName("upload-link")] UploadLink,
    [JsonStringEnumMemberName("evidence-link")] EvidenceLink,
    /// <summary>A deadline reminder claimed for a subsidiary and day, so it is posted once.</summary>
    [JsonStringEnumMemberName("deadline-reminder")] DeadlineReminder,
    /// <summary>Intake held an accepted workbook for HQ's review.</summary>
    [JsonStringEnumMemberName("review-awaiting")] ReviewAwaiting,
    [JsonStringEnumMemberName("review-approved")] ReviewApproved,
    [JsonStringEnumMemberName("review-returned")] ReviewReturned,
    /// <summary>An approval that found the period locked: the pointer stayed, the submission ends rejected for the lock.</summary>
    [JsonStringEnumMemberName("review-refused-locked")] ReviewRefusedForLock,
    [JsonStringEnumMemberName("query-raised")] QueryRaised,
    [JsonStringEnumMemberName("query-answered")] QueryAnswered,
    [JsonStringEnumMemberName("query-closed")] QueryClosed,
    [JsonStringEnumMemberName("statement-recorded")] StatementRecorded,
}
