using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace GhgReports.Reporting;

/// <summary>
/// The notification webhook that documents-ready notices and deadline reminders are posted to, over the app's named
/// HTTP client (<see cref="ClientName"/>), so connections are pooled and recycled by the client factory.
/// </summary>
public sealed class NotificationWebhook(IHttpClientFactory clients, IOptions<NotificationOptions> options)
{
    public const string ClientName = "notification-webhook";

    /// <summary>Null when no webhook is set: nothing is posted.</summary>
    public Uri? Address { get; } = options.Value.Webhook;

    public async Task<HttpResponseMessage> PostAsync<T>(T message, JsonTypeInfo<T> json, CancellationToken cancellationToken)
    {
        var address = Address ?? throw new InvalidOperationException("No notification webhook is set (NotificationWebhookUrl).");
        return await clients.CreateClient(ClientName).PostAsJsonAsync(address, message, json, cancellationToken).ConfigureAwait(false);
    }
}
