using Azure.Storage.Blobs;
using GhgReports.Intake;
using Microsoft.Azure.WebJobs;

namespace GhgReports.Cli.Runner;

/// <summary>
/// The local runner's triggers, mirroring the Functions app's: the same paths, the same %Setting% names and
/// connection, the same one service call each. Run by the WebJobs SDK, the engine the Functions host itself is built on.
/// </summary>
public sealed class RunnerFunctions(SubmissionIntake intake)
{
    [FunctionName("SubmissionUploaded")]
    public Task SubmissionUploaded(
        [BlobTrigger("%UploadsContainer%/{subsidiary}/{name}", Connection = "GhgStorage")] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);

    [FunctionName("PoisonedUpload")]
    public Task PoisonedUpload(
        [QueueTrigger(PoisonMessage.Queue, Connection = "GhgStorage")] string message,
        CancellationToken cancellationToken)
    {
        var (blobName, reason) = PoisonMessage.Parse(message);
        return intake.RecordFailureAsync(blobName, reason, cancellationToken);
    }
}
