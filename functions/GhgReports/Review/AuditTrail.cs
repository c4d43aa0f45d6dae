using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>
/// The stored words of the actions review, queries and sign-off leave in the audit table (<see cref="AuditAction"/>), for
/// comparisons and filters on its <c>Action</c> column.
/// </summary>
internal static class ReviewActions
{
    public static readonly string Awaiting = StoredName.Of(AuditAction.ReviewAwaiting);
    public static readonly string Approved = StoredName.Of(AuditAction.ReviewApproved);
    public static readonly string Returned = StoredName.Of(AuditAction.ReviewReturned);
    public static readonly string RefusedForLock = StoredName.Of(AuditAction.ReviewRefusedForLock);
    public static readonly string QueryRaised = StoredName.Of(AuditAction.QueryRaised);
    public static readonly string QueryAnswered = StoredName.Of(AuditAction.QueryAnswered);
    public static readonly string QueryClosed = StoredName.Of(AuditAction.QueryClosed);
    public static readonly string StatementRecorded = StoredName.Of(AuditAction.StatementRecorded);
}

/// <summary>One entry of a subsidiary's audit trail (newest first by row key), for the steps of review, queries and sign-off.</summary>
public sealed class AuditTrail(GhgStorage storage)
{
    public Task AddAsync(string subsidiary, AuditAction action, string actor, int? year, DateTimeOffset at, string? submissionId, string? details,
        CancellationToken cancellationToken, string? text = null) =>
        storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = subsidiary,
            RowKey = TableKeys.Descending(at) + "-" + Guid.NewGuid().ToString("N")[..8],
            Kind = action,
            Actor = actor,
            ReportingYear = year,
            At = at,
            Details = details,
            SubmissionId = submissionId,
            Reason = text is { Length: > 1000 } ? text[..1000] : text,
        }, cancellationToken);
}
