using GhgReports.Intake;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// The blob trigger delivers at least once, but not always: Event Grid can drop an event during an outage, and a run
/// can crash after claiming a file. Every five minutes this processes any upload with no record, or stuck in writing.
/// </summary>
public sealed class ReconcileUploads(UploadSweep sweep)
{
    [Function(AppTriggers.ReconcileUploads)]
    public Task Run([TimerTrigger(AppTriggers.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        sweep.SweepAsync(cancellationToken);
}
