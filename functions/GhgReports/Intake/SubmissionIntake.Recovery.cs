using Azure.Data.Tables;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>
/// Healing after a crash. Each step of an acceptance is safe to repeat (the archive is create-only, rows are upserts,
/// the pointer move is conditional, the figures are recorded once), so a redelivery or the sweep finishes a submission;
/// what a crash can leave behind is an older acceptance of the same period still marked "accepted". The submission in
/// force settles those: "newer" is a total order, so an acceptance older than the one in force can never be in force.
/// </summary>
public sealed partial class SubmissionIntake
{
    /// <summary>
    /// For the sweep: settles a period that shows more than one acceptance, from the submission in force. Nothing to do
    /// when the period has no pointer or its submission is not (yet) recorded as accepted: its own run settles it.
    /// </summary>
    public async Task SettlePeriodAsync(string partition, int? year, CancellationToken cancellationToken)
    {
        var period = year is { } y ? CurrentPointers.PeriodKey(y) : CurrentPointers.GroupKey;
        if (await _pointers.GetAsync(partition, period, cancellationToken).ConfigureAwait(false) is not { SubmissionId: { } inForce }
            || await store.GetAsync(partition, inForce, cancellationToken).ConfigureAwait(false) is not
                { Status: SubmissionStatus.Accepted } current)
        {
            return;
        }
        await SettleOlderAcceptancesAsync(partition, year, current, cancellationToken).ConfigureAwait(false);
    }

    private async Task SettleOlderAcceptancesAsync(string partition, int? year, SubmissionEntity current, CancellationToken cancellationToken)
    {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Status eq {StoredName.Of(SubmissionStatus.Accepted)}");
        var stale = new List<SubmissionEntity>();
        await foreach (var record in storage.Submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (record.ReportingYear == year && record.RowKey != current.RowKey && record.DuplicateOf != current.RowKey)
            {
                stale.Add(record);
            }
        }
        foreach (var record in stale)
        {
            if (record.DuplicateOf is null)
            {
                if (CurrentPointers.IsNewer(current.UploadedAt, current.BlobName, record.UploadedAt, record.BlobName))
                {
                    await MarkSupersededAsync(partition, record.RowKey, current.RowKey, current.BlobName, cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            // A duplicate follows its first upload, whose own record decides its place in time.
            if (await store.GetAsync(partition, record.DuplicateOf, cancellationToken).ConfigureAwait(false) is not { } first)
            {
                continue;
            }
            if (first is { Status: SubmissionStatus.Superseded, SupersededBy: { } newerId })
            {
                var newer = await store.GetAsync(partition, newerId, cancellationToken).ConfigureAwait(false);
                await MarkSupersededAsync(partition, first.RowKey, newerId, newer?.BlobName ?? current.BlobName, cancellationToken).ConfigureAwait(false);
            }
            else if (CurrentPointers.IsNewer(current.UploadedAt, current.BlobName, first.UploadedAt, first.BlobName))
            {
                await MarkSupersededAsync(partition, first.RowKey, current.RowKey, current.BlobName, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
