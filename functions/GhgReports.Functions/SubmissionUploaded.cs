using Azure.Storage.Blobs;
using GhgReports.Intake;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// A workbook dropped into uploads/&lt;subsidiary&gt;/: hand it to intake. Two triggers over the same service, because
/// the trigger source is fixed at compile time: Event Grid in Azure (low latency, scales), polling where Event Grid
/// is absent. Exactly one is enabled, through AzureWebJobs.&lt;FunctionName&gt;.Disabled.
/// </summary>
public sealed class SubmissionUploaded(SubmissionIntake intake)
{
    [Function(nameof(SubmissionUploaded))]
    public Task Run(
        [BlobTrigger("%UploadsContainer%/{subsidiary}/{name}", Source = BlobTriggerSource.EventGrid, Connection = "GhgStorage")] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);
}

public sealed class SubmissionUploadedPolling(SubmissionIntake intake)
{
    [Function(nameof(SubmissionUploadedPolling))]
    public Task Run(
        [BlobTrigger("%UploadsContainer%/{subsidiary}/{name}", Source = BlobTriggerSource.LogsAndContainerScan, Connection = "GhgStorage")] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);
}
