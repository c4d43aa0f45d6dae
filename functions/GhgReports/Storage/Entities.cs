using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;

namespace GhgReports.Storage;

/// <summary>Where a submission stands. Whether it is the one in force is decided by the current pointer, not here.</summary>
/// <remarks>The names are the stored spelling (table column, result JSON, web API): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionStatus>))]
public enum SubmissionStatus
{
    /// <summary>Detail rows being written; readers never see it (the pointer has not moved).</summary>
    [JsonStringEnumMemberName("writing")] Writing,
    [JsonStringEnumMemberName("accepted")] Accepted,
    /// <summary>Accepted, but a newer upload for the same subsidiary and period holds the pointer.</summary>
    [JsonStringEnumMemberName("superseded")] Superseded,
    [JsonStringEnumMemberName("rejected")] Rejected,
    /// <summary>The host gave up after its retries (poison): an infrastructure fault, not the officer's.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
    /// <summary>Sound and stored, but the group reviews workbooks: not in force until HQ approves it (rows invisible till then).</summary>
    [JsonStringEnumMemberName("awaiting-review")] AwaitingReview,
    /// <summary>HQ sent it back with a comment instead of approving it; never in force. The officer uploads a corrected file.</summary>
    [JsonStringEnumMemberName("returned")] Returned,
}

/// <summary>One uploaded file: partition = subsidiary code, row = SHA-256 of its bytes (the submission id).</summary>
public sealed class SubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The status as the table holds it, in the column <c>Status</c>.</summary>
    [DataMember(Name = nameof(Status))]
    public string StoredStatus { get; set; } = StoredName.Of(SubmissionStatus.Writing);

    [IgnoreDataMember]
    public SubmissionStatus Status
    {
        get => StoredName.Parse<SubmissionStatus>(StoredStatus);
        set => StoredStatus = StoredName.Of(value);
    }

    public string BlobName { get; set; } = "";
    public string FileName { get; set; } = "";
    public string? Uploader { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
    public int? ReportingYear { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    public int DetailRows { get; set; }
    public string? ArchivePath { get; set; }
    public string? ResultPath { get; set; }
    public string? SupersededBy { get; set; }
    public string? Note { get; set; }
    /// <summary>Versions of the reference data the submission was checked against (lineage).</summary>
    public string? FactorVersion { get; set; }
    /// <summary>Rejected only because its period was locked: processed again when the same bytes come after an unlock.</summary>
    public bool RefusedForLock { get; set; }
    /// <summary>
    /// Set on the record of an upload whose bytes were first uploaded under another name: that submission's id. Such a
    /// record's row key is <c>{id}-d-{hash of its blob name}</c>; its status and result follow the first upload's.
    /// </summary>
    public string? DuplicateOf { get; set; }
    /// <summary>Why it replaces data in force, as the upload or the group workbook gave it: kept for an approval that is a base-year recalculation.</summary>
    public string? Reason { get; set; }
    /// <summary>Who approved or returned it under review, when, and HQ's comment to the officer.</summary>
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
}

/// <summary>
/// The submission in force for (subsidiary, reporting year). Moved only with an ETag condition, after every detail row
/// of the new submission is written. Also carries the verification lock of that period.
/// </summary>
public sealed class PointerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? SubmissionId { get; set; }
    public string? BlobName { get; set; }
    public DateTimeOffset? UploadedAt { get; set; }
    public bool Locked { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedAt { get; set; }
    public string? Verifier { get; set; }
    public string? StatementReference { get; set; }
}

/// <summary>One row of a submission's content, as JSON, under a partition of that submission's own.</summary>
public sealed class DetailRowEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string SubmissionId { get; set; } = "";
    public string Sheet { get; set; } = "";
    public int Row { get; set; }
    public string Data { get; set; } = "";
}

/// <summary>
/// Who did what to a subsidiary's data and when: locks, unlocks, recalculations (row key: inverted ticks, newest first),
/// and upload links issued (row key <c>link-{blob name}</c>, so that intake finds who was given the link and the name of
/// the file they chose with one point read).
/// </summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The action as the table holds it, in the column <c>Action</c>: a word, so filters on the column still find it.</summary>
    [DataMember(Name = nameof(Action))]
    public string StoredAction { get; set; } = "";

    [IgnoreDataMember]
    public AuditAction Action
    {
        get => StoredName.Parse<AuditAction>(StoredAction);
        set => StoredAction = StoredName.Of(value);
    }

    public string Actor { get; set; } = "";
    public int? ReportingYear { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Details { get; set; }
    /// <summary>For an upload link: the name of the file the officer chose, as their browser gave it.</summary>
    public string? FileName { get; set; }
    /// <summary>For a lock: the verifier and the verification statement's reference, as HQ gave them.</summary>
    public string? Verifier { get; set; }
    public string? StatementReference { get; set; }
    /// <summary>For an unlock: why. For a review or a verifier's query: the comment, question or answer.</summary>
    public string? Reason { get; set; }
    /// <summary>For a review or a query: the submission it is about.</summary>
    public string? SubmissionId { get; set; }

    public static string UploadLinkRowKey(string blobFileName) => "link-" + blobFileName;
}
