using Azure.Storage.Blobs;
using GhgReports.Intake;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using GhgReports.Triggers;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;

namespace GhgReports.Cli.Runner;

/// <summary>
/// The local runner's triggers: the Functions app's, from the same declaration (<see cref="AppTriggers"/>) and onto the
/// same one service call each. Run by the WebJobs SDK, the engine the Functions host itself is built on. The Event
/// Grid blob trigger has no local source; the polling one stands for it, as in local.settings.sample.json.
/// </summary>
internal sealed class RunnerFunctions(SubmissionIntake intake, GenerationRuns runs, UploadSweep sweep, TableExport backup, PoisonQueueWatch poison,
    Reminders.DeadlineReminders reminders, TimeProvider clock)
{
    [FunctionName(AppTriggers.ReconcileUploads)]
    public async Task ReconcileUploads([TimerTrigger(AppTriggers.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await sweep.SweepAsync(cancellationToken).ConfigureAwait(false);
        await poison.ReportAsync(cancellationToken).ConfigureAwait(false);
    }

    [FunctionName(AppTriggers.BackupTables)]
    public Task BackupTables([TimerTrigger(AppTriggers.BackupSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        backup.ExportAsync(cancellationToken);

    [FunctionName(AppTriggers.SendDeadlineReminders)]
    public Task SendDeadlineReminders([TimerTrigger(AppTriggers.ReminderSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        reminders.SendAsync(AppTriggers.ScheduledReportingYear(clock), cancellationToken);

    [FunctionName(AppTriggers.GeneratePlan)]
    public Task GeneratePlan([TimerTrigger(AppTriggers.PlanSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        runs.RunScheduledPlanAsync(cancellationToken);

    [FunctionName(AppTriggers.GeneratePacks)]
    public Task GeneratePacks([TimerTrigger(AppTriggers.PackSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        runs.StartScheduledPacksAsync(cancellationToken);

    [FunctionName(AppTriggers.BuildPack)]
    public Task BuildPack([QueueTrigger(AppTriggers.PackRequestQueue, Connection = AppTriggers.Connection)] string message, CancellationToken cancellationToken) =>
        runs.HandleAsync(message, cancellationToken);

    [FunctionName(AppTriggers.PoisonedPackRequest)]
    public Task PoisonedPackRequest([QueueTrigger(AppTriggers.PackRequestPoisonQueue, Connection = AppTriggers.Connection)] string message,
        CancellationToken cancellationToken) =>
        runs.RecordPoisonedAsync(message, cancellationToken);

    // The method keeps its first name: blob receipts are keyed by it, and a rename would ingest every stored upload again.
    [FunctionName(AppTriggers.SubmissionUploadedPolling)]
    public Task SubmissionUploaded(
        [BlobTrigger(AppTriggers.UploadsPath, Connection = AppTriggers.Connection)] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);

    [FunctionName(AppTriggers.PoisonedUpload)]
    public Task PoisonedUpload(
        [QueueTrigger(AppTriggers.BlobPoisonQueue, Connection = AppTriggers.Connection)] string message,
        CancellationToken cancellationToken)
    {
        var (blobName, reason) = PoisonMessage.Parse(message);
        return intake.RecordFailureAsync(blobName, reason, cancellationToken);
    }
}
