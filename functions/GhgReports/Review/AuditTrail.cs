using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>One entry of a subsidiary's audit trail (newest first by row key), for the steps of review, queries and sign-off.</summary>
public sealed class AuditTrail(GhgStorage storage)
{
    public Task AddAsync(string subsidiary, AuditAction action, string actor, int? year, DateTimeOffset at, string? submissionId, string? details,
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
