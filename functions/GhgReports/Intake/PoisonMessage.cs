using System.Text.Json;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>The host's poison message: {"FunctionId": …, "BlobType": …, "ContainerName": …, "BlobName": …, "ETag": …}.</summary>
public static class PoisonMessage
{
    public const string Queue = StorageNames.BlobTriggerPoisonQueue;

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
