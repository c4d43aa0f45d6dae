using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>Raised when the same bytes under another name are still being written after a wait: the host retries later.</summary>
internal sealed class DuplicateInProgressException(string blobName, string original)
    : Exception($"{blobName} has the same bytes as {original}, which is still being processed; try again later.");

/// <summary>
/// Bytes seen before. Every upload gets its own history record and result (the page waits for its own blob name), and
/// both follow the first upload of those bytes: a duplicate of a superseded upload says so, and when the first is
/// superseded later its duplicates are too. A file refused only because its period was locked is processed again once
/// the period is unlocked: the refusal was about the period, not the bytes.
/// </summary>
public sealed partial class SubmissionIntake
{
    /// <summary>How long a duplicate waits for the first upload of its bytes to finish before handing back to the host.</summary>
    private static readonly TimeSpan DuplicateWait = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan DuplicatePoll = TimeSpan.FromSeconds(1);

    /// <summary>The history record of an upload whose bytes were first uploaded under another name.</summary>
    public static string DuplicateRowKey(string submissionId, string blobName) =>
        $"{submissionId}-d-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..16]}";

    /// <summary>
    /// The answer for bytes already recorded; otherwise claims them for this upload (a create-only <c>writing</c>
    /// record, so that of two uploads of the same bytes racing, one processes and the other becomes its duplicate) and
    /// returns null.
    /// </summary>
    private async Task<IntakeResult?> AnswerOrClaimAsync(string partition, string submissionId, UploadedBlob blob, CancellationToken cancellationToken)
    {
                for (var attempt = 0; ; attempt++)
        {
            var existing = await store.GetAsync(partition, submissionId, cancellationToken).ConfigureAwait(false);
            if (await AnswerKnownBytesAsync(existing, blob, cancellationToken).ConfigureAwait(false) is { } known)
            {
                if (existing is { Status: SubmissionStatus.Accepted, DuplicateOf: null } && existing.BlobName == blob.BlobName)
                {
                    // A redelivery of an accepted upload: the run before may have crashed before settling what it replaced.
                    await SettleOlderAcceptancesAsync(partition, existing.ReportingYear, existing, cancellationToken).ConfigureAwait(false);
                }
                return known;
            }
            if (existing?.BlobName == blob.BlobName)
            {
                // Its own record (a crashed run, or a lock lifted): already claimed.
                return null;
            }
            var claim = NewSubmission(partition, submissionId, blob, SubmissionStatus.Writing,
                new CheckReport(blob.BlobName, false, partition, null, null, null, null, 0, 0, []));
            try
            {
                if (existing is null)
                {
                    await storage.Submissions.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await storage.Submissions.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 5)
            {
                // Another upload of the same bytes claimed them first: answer as its duplicate on the next round.
            }
        }
    }

    private async Task ReleaseClaimAsync(string partition, string submissionId, UploadedBlob blob, CancellationToken cancellationToken)
    {
        var claim = await store.GetAsync(partition, submissionId, cancellationToken).ConfigureAwait(false);
        if (claim is { Status: SubmissionStatus.Writing } && claim.BlobName == blob.BlobName)
        {
            await storage.Submissions.DeleteEntityAsync(partition, submissionId, claim.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The answer for bytes already recorded, or null when they must be processed (again): first seen, still being
    /// written by this very blob (a crashed run), or refused for a lock that has since been lifted.
    /// </summary>
    private async Task<IntakeResult?> AnswerKnownBytesAsync(SubmissionEntity? existing, UploadedBlob blob, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            return null;
        }
        if (existing.Status == SubmissionStatus.Writing && existing.BlobName != blob.BlobName)
        {
            existing = await AwaitFinalAsync(existing, blob, cancellationToken).ConfigureAwait(false);
        }
        if (existing.Status is not (SubmissionStatus.Accepted or SubmissionStatus.Superseded or SubmissionStatus.Rejected
                or SubmissionStatus.AwaitingReview or SubmissionStatus.Returned) || existing.ResultPath is null)
        {
            return null;
        }
        if (existing.RefusedForLock && !await StillLockedAsync(existing, cancellationToken).ConfigureAwait(false))
        {
            if (existing.BlobName != blob.BlobName)
            {
                // Processed again under the new name; the first upload keeps its own record of the refusal it got.
                await KeepAsDuplicateAsync(existing, cancellationToken).ConfigureAwait(false);
            }
            return null;
        }
        return await AnswerDuplicateAsync(existing, blob, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SubmissionEntity> AwaitFinalAsync(SubmissionEntity writing, UploadedBlob blob, CancellationToken cancellationToken)
    {
                var until = clock.GetUtcNow() + DuplicateWait;
        var current = writing;
        while (current.Status == SubmissionStatus.Writing)
        {
            if (clock.GetUtcNow() >= until)
            {
                throw new DuplicateInProgressException(blob.BlobName, current.BlobName);
            }
            await Task.Delay(DuplicatePoll, clock, cancellationToken).ConfigureAwait(false);
            current = await store.GetAsync(current.PartitionKey, current.RowKey, cancellationToken).ConfigureAwait(false) ?? current;
        }
        return current;
    }

    private async Task<bool> StillLockedAsync(SubmissionEntity refused, CancellationToken cancellationToken) =>
        refused.ReportingYear is { } year
        && await _pointers.GetAsync(refused.PartitionKey, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false) is { Locked: true };

    private async Task KeepAsDuplicateAsync(SubmissionEntity first, CancellationToken cancellationToken)
    {
        first.DuplicateOf ??= first.RowKey;
        first.RowKey = DuplicateRowKey(first.RowKey, first.BlobName);
        await storage.Submissions.UpsertEntityAsync(first, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The same bytes again. Under the same name (a re-delivery): the first result. Under another name: a copy of the
    /// first upload's result as it stands now, and a history record of its own. If the first changes while the copy is
    /// written (superseded meanwhile), the copy is made again: whoever marks it superseded afterwards finds this record.
    /// </summary>
    private async Task<IntakeResult> AnswerDuplicateAsync(SubmissionEntity existing, UploadedBlob blob, CancellationToken cancellationToken)
    {
                for (var attempt = 0; ; attempt++)
        {
            var first = await ReadResultAsync(existing.ResultPath!, cancellationToken).ConfigureAwait(false);
            if (first.BlobName == blob.BlobName)
            {
                return first;
            }
            var copy = first with
            {
                DuplicateOf = first.BlobName,
                BlobName = blob.BlobName,
                FileName = blob.FileName,
                Uploader = blob.Uploader,
                UploadedAt = blob.CreatedOn,
                ProcessedAt = clock.GetUtcNow(),
            };
            var record = NewSubmission(existing.PartitionKey, DuplicateRowKey(existing.RowKey, blob.BlobName), blob, existing.Status, copy.Check);
            record.ReportingYear = existing.ReportingYear;
            record.PeriodStart = existing.PeriodStart;
            record.PeriodEnd = existing.PeriodEnd;
            record.ArchivePath = existing.ArchivePath;
            record.DetailRows = existing.DetailRows;
            record.SupersededBy = existing.SupersededBy;
            record.RefusedForLock = existing.RefusedForLock;
            record.DuplicateOf = existing.RowKey;
            record.ResultPath = await WriteResultAsync(existing.PartitionKey, blob, copy, cancellationToken).ConfigureAwait(false);
            await storage.Submissions.UpsertEntityAsync(record, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            var now = await store.GetAsync(existing.PartitionKey, existing.RowKey, cancellationToken).ConfigureAwait(false);
            if (now is null || now.ETag == existing.ETag || attempt == 5)
            {
                return copy;
            }
            existing = now;
        }
    }

    private async Task MarkSupersededAsync(string partition, string previousId, string newerId, string newerBlob, CancellationToken cancellationToken)
    {
                if (await store.GetAsync(partition, previousId, cancellationToken).ConfigureAwait(false) is not { } previous)
        {
            return;
        }
        previous.Status = SubmissionStatus.Superseded;
        previous.SupersededBy = newerId;
        await storage.Submissions.UpdateEntityAsync(previous, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await MarkResultSupersededAsync(previous.ResultPath, newerId, newerBlob, cancellationToken).ConfigureAwait(false);
        // Only now look for its duplicates: one recorded after this point copies the superseded state itself.
        var from = previousId + "-d-";
        var to = previousId + "-d.";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        await foreach (var duplicate in storage.Submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (duplicate.Status is not (SubmissionStatus.Accepted or SubmissionStatus.Superseded))
            {
                continue;
            }
            duplicate.Status = SubmissionStatus.Superseded;
            duplicate.SupersededBy = newerId;
            await storage.Submissions.UpdateEntityAsync(duplicate, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await MarkResultSupersededAsync(duplicate.ResultPath, newerId, newerBlob, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MarkResultSupersededAsync(string? path, string newerId, string newerBlob, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }
        var result = await ReadResultAsync(path, cancellationToken).ConfigureAwait(false);
        if (result.Status == SubmissionStatus.Superseded && result.SupersededBy == newerId)
        {
            return;
        }
        var updated = result with
        {
            Status = SubmissionStatus.Superseded,
            SupersededBy = newerId,
            Check = WithWarning(result.Check, Problems.Superseded.Create(newerBlob)),
        };
        await WriteResultBlobsAsync(path, updated, cancellationToken).ConfigureAwait(false);
    }
}
