using GhgReports.Intake;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// The blob trigger delivers at least once, but not always: Event Grid can drop an event during an outage, and a run
/// can crash after claiming a file. Every five minutes this processes any upload with no record, or stuck in writing,
/// and reports any poison queue holding messages (what the host gave up on), which the infra's alert watches.
/// </summary>
public sealed class ReconcileUploads(UploadSweep sweep, PoisonQueueWatch poison)
{
    [Function(AppTriggers.ReconcileUploads)]
    public async Task Run([TimerTrigger(AppTriggers.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await sweep.SweepAsync(cancellationToken).ConfigureAwait(false);
        await poison.ReportAsync(cancellationToken).ConfigureAwait(false);
    }
}
