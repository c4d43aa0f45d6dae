using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using GhgReports.Storage;

namespace GhgReports.Reporting;

/// <summary>A document written to reports/, and a read-only link to it when one can be minted.</summary>
public sealed record PublishedDocument(string BlobName, string Sha256, long Bytes, Uri? ReadLink);

/// <summary>A notification that documents are ready: on the notifications queue and, if configured, to a webhook.</summary>
public sealed record DocumentsReady(string Kind, int Year, IReadOnlyList<PublishedDocument> Documents, DateTimeOffset LinksExpire);

/// <summary>
/// Writes finished documents in one upload each (a blob is never seen half-written) and tells people about them.
/// Links are read-only and short-lived: a user-delegation SAS in Azure (managed identity), an account SAS on the emulator.
/// </summary>
public sealed class DocumentPublisher(GhgStorage storage, TimeProvider clock, Uri? webhook = null, HttpClient? http = null)
{
    /// <summary>Every link we hand out lives an hour at most; a reader who needs the document later asks the page again.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public async Task<PublishedDocument> PublishAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var blob = storage.Reports.GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken).ConfigureAwait(false);
        var link = await ReadLinkAsync(blob, cancellationToken).ConfigureAwait(false);
        return new PublishedDocument(blobName, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), content.LongLength, link);
    }

    public async Task NotifyAsync(DocumentsReady message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(message, ReportingJson.Default.DocumentsReady);
        await storage.Notifications.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), cancellationToken).ConfigureAwait(false);
        if (webhook is not null && http is not null)
        {
            using var response = await http.PostAsJsonAsync(webhook, message, ReportingJson.Default.DocumentsReady, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }

    public DateTimeOffset LinksExpire => clock.GetUtcNow() + LinkLifetime;

    private async Task<Uri?> ReadLinkAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var expires = LinksExpire;
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(BlobSasPermissions.Read, expires);
        }
        try
        {
            var key = await storage.Blobs.GetUserDelegationKeyAsync(clock.GetUtcNow().AddMinutes(-5), expires, cancellationToken).ConfigureAwait(false);
            var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
            {
                BlobContainerName = blob.BlobContainerName,
                BlobName = blob.Name,
                Resource = "b",
            };
            return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, storage.Blobs.AccountName) }.ToUri();
        }
        catch (Azure.RequestFailedException)
        {
            // No right to delegate: the document is still there; the notification carries its path only.
            return null;
        }
    }
}
