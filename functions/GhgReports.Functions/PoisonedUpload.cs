using System.Text.Json;
using GhgReports.Intake;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// After its retries the host puts a failing blob on the poison queue; record which file and why, so it is never lost
/// silently.
/// </summary>
public sealed class PoisonedUpload(SubmissionIntake intake)
{
    [Function(nameof(PoisonedUpload))]
    public async Task Run(
        [QueueTrigger("webjobs-blobtrigger-poison", Connection = "GhgStorage")] string message,
        CancellationToken cancellationToken)
    {
        var (blobName, reason) = PoisonMessage.Parse(message);
        await intake.RecordFailureAsync(blobName, reason, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The host's poison message: {"FunctionId": …, "BlobType": …, "ContainerName": …, "BlobName": …, "ETag": …}.</summary>
public static class PoisonMessage
{
    public static (string BlobName, string Reason) Parse(string message)
    {
        try
        {
            using var json = JsonDocument.Parse(message);
            var root = json.RootElement;
            var blobName = root.TryGetProperty("BlobName", out var name) ? name.GetString() ?? "" : "";
            var function = root.TryGetProperty("FunctionId", out var id) ? id.GetString() : null;
            return (blobName, $"retries exhausted in {function ?? "the blob trigger"}");
        }
        catch (JsonException)
        {
            return ("", "unreadable poison message");
        }
    }
}
