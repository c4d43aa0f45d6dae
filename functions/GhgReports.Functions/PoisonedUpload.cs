using GhgReports.Intake;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// After its retries the host puts a failing blob on the poison queue; record which file and why, so it is never lost
/// silently.
/// </summary>
public sealed class PoisonedUpload(SubmissionIntake intake)
{
    [Function(AppTriggers.PoisonedUpload)]
    public async Task Run(
        [QueueTrigger(AppTriggers.BlobPoisonQueue, Connection = AppTriggers.Connection)] string message,
        CancellationToken cancellationToken)
    {
        var (blobName, reason) = PoisonMessage.Parse(message);
        await intake.RecordFailureAsync(blobName, reason, cancellationToken).ConfigureAwait(false);
    }
}
