using Azure.Data.Tables;
using GhgReports.Storage;
using Microsoft.Extensions.Logging;

namespace GhgReports.Intake;

/// <summary>What one sweep did: uploads processed, and uploads that failed again (left for the next sweep).</summary>
public sealed record SweepOutcome(int Processed, int Failed);

/// <summary>
/// No upload left behind: processes every upload that has no submission record, or whose record has been
/// <c>writing</c> for longer than a run takes (the run crashed or the host gave up mid-way). Run by the
/// <c>ReconcileUploads</c> timer in both hosts. Processing is the trigger's own call, so the submission id makes a
/// sweep racing the trigger harmless; the grace period keeps it from doing the trigger's work twice.
/// </summary>
public sealed partial class UploadSweep(GhgStorage storage, SubmissionIntake intake, TimeProvider clock, ILogger<UploadSweep> logger)
{
    /// <summary>Uploads younger than this are the trigger's.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>A record writing for longer than this is stuck: intake takes seconds, a 50 MB workbook about a minute.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(5);

    public Task<SweepOutcome> SweepAsync(CancellationToken cancellationToken) => SweepAsync(Grace, StuckAfter, cancellationToken);

    public async Task<SweepOutcome> SweepAsync(TimeSpan grace, TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settledByPartition = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var (processed, failed) = (0, 0);
        await foreach (var item in storage.Uploads.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (item.Properties.CreatedOn is not { } created || now - created < grace)
            {
                continue;
            }
            var partition = SubmissionIntake.PartitionOf(item.Name.Contains('/') ? item.Name[..item.Name.IndexOf('/')] : null);
            if (!settledByPartition.TryGetValue(partition, out var settled))
            {
                settled = await SettledBlobNamesAsync(partition, now - stuckAfter, cancellationToken).ConfigureAwait(false);
                settledByPartition[partition] = settled;
            }
            if (settled.Contains(item.Name))
            {
                continue;
            }
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["Subsidiary"] = partition, ["BlobName"] = item.Name });
            try
            {
                LogPickedUp(item.Name, item.Properties.CreatedOn);
                await intake.ProcessBlobAsync(storage.Uploads.GetBlobClient(item.Name), cancellationToken).ConfigureAwait(false);
                processed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever failed (storage, no register yet) is tried again by the next sweep; one file never stops the rest.
                LogFailed(ex, item.Name);
                failed++;
            }
        }
        if (processed + failed > 0)
        {
            LogSwept(processed, failed);
        }
        return new SweepOutcome(processed, failed);
    }

    /// <summary>
    /// Blob names with a record that needs nothing more: final with its result written, or last touched after
    /// <paramref name="stuckBefore"/> (a run in progress). A record marked superseded while its own run had crashed
    /// still lacks a result, so it is not settled.
    /// A period left with two acceptances (a run crashed after its pointer moved, and no redelivery came) is settled on
    /// the way.
    /// </summary>
    private async Task<HashSet<string>> SettledBlobNamesAsync(string partition, DateTimeOffset stuckBefore, CancellationToken cancellationToken)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        var acceptedByYear = new Dictionary<int, int>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var record in storage.Submissions.QueryAsync<SubmissionEntity>(filter,
                           select: [nameof(SubmissionEntity.BlobName), nameof(SubmissionEntity.Status), nameof(SubmissionEntity.ProcessedAt),
                               nameof(SubmissionEntity.ReportingYear), nameof(SubmissionEntity.DuplicateOf), nameof(SubmissionEntity.ResultPath)],
                           cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if ((record.Status != SubmissionStatus.Writing && record.ResultPath is not null) || record.ProcessedAt > stuckBefore)
            {
                settled.Add(record.BlobName);
            }
            if (record is { Status: SubmissionStatus.Accepted, DuplicateOf: null })
            {
                // The group register has no year: one key stands for it.
                var year = record.ReportingYear ?? 0;
                acceptedByYear[year] = acceptedByYear.GetValueOrDefault(year) + 1;
            }
        }
        foreach (var (year, accepted) in acceptedByYear.Where(y => y.Value > 1))
        {
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["Subsidiary"] = partition, ["Year"] = year });
            LogSettling(partition, year, accepted);
            await intake.SettlePeriodAsync(partition, year == 0 ? null : year, cancellationToken).ConfigureAwait(false);
        }
        return settled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep picked up {BlobName} (uploaded {UploadedAt:O}): no record, or stuck writing")]
    private partial void LogPickedUp(string blobName, DateTimeOffset? uploadedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep found {Accepted} acceptances for {Subsidiary} {Year}; the older ones are marked superseded")]
    private partial void LogSettling(string subsidiary, int year, int accepted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep could not process {BlobName}; the next sweep tries again")]
    private partial void LogFailed(Exception exception, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep processed {Processed} uploads the trigger had missed or left writing; {Failed} failed")]
    private partial void LogSwept(int processed, int failed);
}
