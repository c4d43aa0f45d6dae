using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using Microsoft.Extensions.Logging;

namespace GhgReports.Reporting;

/// <summary>A document written to reports/, and a read-only link to it when one can be minted.</summary>
public sealed record PublishedDocument(string BlobName, string Sha256, long Bytes, Uri? ReadLink);

/// <summary>A notification that documents are ready: on the notifications queue and, if configured, to a webhook.</summary>
/// <remarks>
/// A run's notification also names the run (<c>GET /api/runs/{id}</c> has all of it), how it ended, how many documents it
/// published (a queue message holds at most 64 KB, so a large run lists only its first <see cref="DocumentPublisher.MaxListed"/>)
/// and the subsidiaries whose pack failed every retry.
/// </remarks>
public sealed record DocumentsReady(string Kind, int Year, IReadOnlyList<PublishedDocument> Documents, DateTimeOffset LinksExpire,
    string? RunId = null, RunStatus? Status = null, int? DocumentCount = null, IReadOnlyList<string>? Failed = null);

/// <summary>
/// Writes finished documents in one upload each (a blob is never seen half-written) and tells people about them.
/// Links are read-only and short-lived: a user-delegation SAS in Azure (managed identity), an account SAS on the emulator.
/// </summary>
public sealed partial class DocumentPublisher(GhgStorage storage, TimeProvider clock, NotificationWebhook? webhook = null,
    ILogger<DocumentPublisher>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>Every link we hand out lives an hour at most; a reader who needs the document later asks the page again.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public async Task<PublishedDocument> PublishAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var blob = storage.Reports.GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken).ConfigureAwait(false);
        var link = await ReadLinkAsync(blob, cancellationToken).ConfigureAwait(false);
        Log.Published(_logger, blobName, content.LongLength);
        return new PublishedDocument(blobName, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), content.LongLength, link);
    }

    /// <summary>
    /// A document written from a seekable stream (a pack built in a temporary file): hashed, then uploaded from the
    /// stream, never copied into memory whole.
    /// </summary>
    public async Task<PublishedDocument> PublishAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        var sha256 = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        var length = content.Length;
        content.Position = 0;
        var blob = storage.Reports.GetBlobClient(blobName);
        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken)
            .ConfigureAwait(false);
        var link = await ReadLinkAsync(blob, cancellationToken).ConfigureAwait(false);
        Log.Published(_logger, blobName, length);
        return new PublishedDocument(blobName, sha256, length, link);
    }

    /// <summary>How many documents a notification lists at most; the run's status lists them all.</summary>
    public const int MaxListed = 40;

    /// <summary>Fresh read links for documents already published (a run's status, asked for later).</summary>
    public async Task<IReadOnlyList<PublishedDocument>> WithReadLinksAsync(IReadOnlyList<PublishedDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return documents;
        }
        var mint = await SasLinks.ReadMinterAsync(storage, storage.Reports, clock.GetUtcNow(), LinksExpire, cancellationToken).ConfigureAwait(false);
        return [.. documents.Select(document => document with { ReadLink = mint?.Invoke(storage.Reports.GetBlobClient(document.BlobName)) })];
    }

    public async Task NotifyAsync(DocumentsReady message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(message, ReportingJson.Default.DocumentsReady);
        await storage.Notifications.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), cancellationToken).ConfigureAwait(false);
        if (webhook?.Address is not null)
        {
            using var response = await webhook.PostAsync(message, ReportingJson.Default.DocumentsReady, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Log.WebhookRefused(_logger, message.Kind, message.Year, message.RunId, (int)response.StatusCode);
            }
            response.EnsureSuccessStatusCode();
        }
        Log.Announced(_logger, message.Kind, message.Year, message.RunId, message.Status is { } status ? StoredName.Of(status) : null, message.DocumentCount ?? message.Documents.Count, webhook?.Address is not null);
    }

    public DateTimeOffset LinksExpire => clock.GetUtcNow() + LinkLifetime;

    /// <summary>The link a notification carries; null where the identity may not delegate (the path is still given).</summary>
    private async Task<Uri?> ReadLinkAsync(BlobClient blob, CancellationToken cancellationToken) =>
        (await SasLinks.ReadMinterAsync(storage, storage.Reports, clock.GetUtcNow(), LinksExpire, cancellationToken).ConfigureAwait(false))?.Invoke(blob);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Published {BlobName} ({Bytes} bytes)")]
        public static partial void Published(ILogger logger, string blobName, long bytes);

        [LoggerMessage(EventId = 3202, Level = LogLevel.Information,
            Message = "Announced {Kind} {Year} (run {RunId}, {Status}): {Documents} document(s); webhook {Webhook}")]
        public static partial void Announced(ILogger logger, string kind, int year, string? runId, string? status, int documents, bool webhook);

        [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "The notification webhook refused {Kind} {Year} (run {RunId}) with {StatusCode}")]
        public static partial void WebhookRefused(ILogger logger, string kind, int year, string? runId, int statusCode);
    }
}
