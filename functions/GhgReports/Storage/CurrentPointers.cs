using Azure;
using Azure.Data.Tables;

namespace GhgReports.Storage;

/// <summary>
/// The outcome of trying to make a submission the one in force. <paramref name="LockedPeriod"/> is set when the period
/// was locked at the moment of the move: the pointer stayed where it was.
/// </summary>
public sealed record PointerMove(bool IsCurrent, string? Previous, string? NewerSubmission, string? NewerBlobName, PointerEntity? LockedPeriod = null)
{
    public bool IsLocked => LockedPeriod is not null;
}

/// <summary>
/// Current pointers: (subsidiary, reporting year) → submission in force. The newer upload (blob creation time, then
/// name) wins whatever order uploads are processed in; the check and the move are one ETag-conditional write, so two
/// racing intakes cannot both win. The period's lock lives on the same entity, so the same condition covers it: a lock
/// set after the intake read the pointer changes the ETag, the move fails, and the re-read sees the lock.
/// </summary>
public sealed class CurrentPointers(GhgStorage storage)
{
    private const int MaxAttempts = 10;

    public static string PeriodKey(int reportingYear) => reportingYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The group workbook has one pointer, not one per year.</summary>
    public const string GroupKey = "register";

    public async Task<PointerEntity?> GetAsync(string partition, string period, CancellationToken cancellationToken)
    {
        var response = await storage.Pointers.GetEntityIfExistsAsync<PointerEntity>(partition, period, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<PointerEntity>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var list = new List<PointerEntity>();
        await foreach (var pointer in storage.Pointers.QueryAsync<PointerEntity>(p => p.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(pointer);
        }
        return list;
    }

    public async Task<PointerMove> MoveAsync(string partition, string period, string submissionId, DateTimeOffset uploadedAt, string blobName,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await GetAsync(partition, period, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                try
                {
                    await storage.Pointers.AddEntityAsync(new PointerEntity
                    {
                        PartitionKey = partition, RowKey = period, SubmissionId = submissionId, UploadedAt = uploadedAt, BlobName = blobName,
                    }, cancellationToken).ConfigureAwait(false);
                    return new(true, null, null, null);
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    continue;
                }
            }
            if (existing.SubmissionId == submissionId)
            {
                return new(true, null, null, null);
            }
            if (existing.Locked)
            {
                return new(false, null, null, null, existing);
            }
            if (existing.SubmissionId is not null && IsNewer(existing.UploadedAt, existing.BlobName, uploadedAt, blobName))
            {
                return new(false, null, existing.SubmissionId, existing.BlobName);
            }
            var previous = existing.SubmissionId;
            existing.SubmissionId = submissionId;
            existing.UploadedAt = uploadedAt;
            existing.BlobName = blobName;
            try
            {
                await storage.Pointers.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new(true, previous, null, null);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Lost the race: read again and decide again.
            }
        }
        throw new InvalidOperationException($"Could not move the pointer {partition}/{period} after {MaxAttempts} attempts.");
    }

    /// <summary>
    /// Whether the upload in force is newer than the candidate: uploaded later, to the millisecond (the upload time intake
    /// recorded: the page's link, `ghg upload`, else the blob's creation); the same millisecond falls to the blob name,
    /// the ordinally greater one being newer, so the outcome never depends on the order of processing.
    /// </summary>
    public static bool IsNewer(DateTimeOffset? existingAt, string? existingName, DateTimeOffset candidateAt, string candidateName)
    {
        if (existingAt is not { } existing)
        {
            return false;
        }
        var (at, candidate) = (ToMillisecond(existing), ToMillisecond(candidateAt));
        return at > candidate || (at == candidate && string.CompareOrdinal(existingName, candidateName) > 0);
    }

    /// <summary>Upload times compare to the millisecond: finer digits differ between clocks and stores, not between uploads.</summary>
    public static DateTimeOffset ToMillisecond(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
