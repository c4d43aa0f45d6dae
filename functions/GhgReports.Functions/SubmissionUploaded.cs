using Azure.Storage.Blobs;
using GhgReports.Intake;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// A workbook dropped into uploads/&lt;subsidiary&gt;/: hand it to intake. Two triggers over the same service, because
/// the trigger source is fixed at compile time: Event Grid in Azure (low latency, scales), polling where Event Grid
/// is absent. Exactly one is enabled, through AzureWebJobs.&lt;FunctionName&gt;.Disabled.
/// </summary>
public sealed class SubmissionUploaded(SubmissionIntake intake)
{
    [Function(AppTriggers.SubmissionUploaded)]
    public Task Run(
        [BlobTrigger(AppTriggers.UploadsPath, Source = BlobTriggerSource.EventGrid, Connection = AppTriggers.Connection)] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);
}

public sealed class SubmissionUploadedPolling(SubmissionIntake intake)
{
    [Function(AppTriggers.SubmissionUploadedPolling)]
    public Task Run(
        [BlobTrigger(AppTriggers.UploadsPath, Source = BlobTriggerSource.LogsAndContainerScan, Connection = AppTriggers.Connection)] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);
}
