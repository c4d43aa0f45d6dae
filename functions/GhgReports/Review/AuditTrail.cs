using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>The actions review, queries and sign-off leave in the audit table, beside lock and unlock.</summary>
internal static class ReviewActions
{
    /// <summary>Intake held an accepted workbook for HQ's review.</summary>
    public const string Awaiting = "review-awaiting";
    public const string Approved = "review-approved";
    public const string Returned = "review-returned";
    /// <summary>An approval that found the period locked: the pointer stayed, the submission ends rejected for the lock.</summary>
    public const string RefusedForLock = "review-refused-locked";
    public const string QueryRaised = "query-raised";
    public const string QueryAnswered = "query-answered";
    public const string QueryClosed = "query-closed";
    public const string StatementRecorded = "statement-recorded";
}

/// <summary>One entry of a subsidiary's audit trail (newest first by row key), for the steps of review, queries and sign-off.</summary>
public sealed class AuditTrail(GhgStorage storage)
{
    public Task AddAsync(string subsidiary, string action, string actor, int? year, DateTimeOffset at, string? submissionId, string? details,
        CancellationToken cancellationToken, string? text = null) =>
        storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = subsidiary,
            RowKey = TableKeys.Descending(at) + "-" + Guid.NewGuid().ToString("N")[..8],
            Action = action,
            Actor = actor,
            ReportingYear = year,
            At = at,
            Details = details,
            SubmissionId = submissionId,
            Reason = text is { Length: > 1000 } ? text[..1000] : text,
        }, cancellationToken);
}
