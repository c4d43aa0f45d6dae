using Azure;
using Microsoft.Extensions.Logging;

namespace GhgReports.Storage;

/// <summary>
/// Storage has no per-queue length metric for an alert to watch, so the app measures its own poison queues: a warning
/// for each that holds messages, every time it is asked (the ReconcileUploads timer, every five minutes). The
/// infra's poison-queue alert fires on that warning, and stops once the queue has been dealt with.
/// </summary>
public sealed partial class PoisonQueueWatch(GhgStorage storage, ILogger<PoisonQueueWatch> logger)
{
    /// <summary>The poison queue of every trigger queue, with its approximate length.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReportAsync(CancellationToken cancellationToken)
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var queue in StorageNames.TriggerQueues.Select(StorageNames.PoisonQueueOf))
        {
            int length;
            try
            {
                length = (await storage.Queues.GetQueueClient(queue).GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Provisioning creates it; until then nothing can be in it.
                length = 0;
            }
            lengths[queue] = length;
            if (length > 0)
            {
                LogNotEmpty(queue, length);
            }
        }
        return lengths;
    }

    // The alert's query matches this text ("Poison queue … holds"): keep them together (infra/app/alerts.bicep).
    [LoggerMessage(Level = LogLevel.Warning, Message = "Poison queue {Queue} holds {Messages} messages that failed every retry; inspect and re-queue them (docs/storage.md, Queues)")]
    private partial void LogNotEmpty(string queue, int messages);
}
