using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace GhgReports.Storage;

/// <summary>
/// The one place a SAS is minted, for exactly one blob each: an account-key SAS where the client has the key
/// (emulator, connection string), a user-delegation SAS with the managed identity in Azure (no account keys there).
/// Every link starts five minutes back (clock skew between us and storage) and is HTTPS-only wherever storage is.
/// </summary>
internal static class SasLinks
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>One link; a missing right to delegate is the caller's error to handle.</summary>
    public static async Task<Uri> ForBlobAsync(GhgStorage storage, BlobClient blob, BlobSasPermissions permissions, DateTimeOffset now,
        DateTimeOffset expires, CancellationToken cancellationToken)
    {
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(Builder(blob, permissions, now, expires));
        }
        var key = await storage.Blobs.GetUserDelegationKeyAsync(now - ClockSkew, expires, cancellationToken).ConfigureAwait(false);
        return Delegated(storage, blob, Builder(blob, permissions, now, expires), key.Value);
    }

    /// <summary>
    /// Read links for many blobs with at most one delegation key (thousands of packs, one call); null where the
    /// identity has no right to delegate, so the documents are listed by path only.
    /// </summary>
    public static async Task<Func<BlobClient, Uri>?> ReadMinterAsync(GhgStorage storage, BlobContainerClient container, DateTimeOffset now,
        DateTimeOffset expires, CancellationToken cancellationToken)
    {
        if (container.CanGenerateSasUri)
        {
            return blob => blob.GenerateSasUri(Builder(blob, BlobSasPermissions.Read, now, expires));
        }
        UserDelegationKey key;
        try
        {
            key = (await storage.Blobs.GetUserDelegationKeyAsync(now - ClockSkew, expires, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException)
        {
            return null;
        }
        return blob => Delegated(storage, blob, Builder(blob, BlobSasPermissions.Read, now, expires), key);
    }

    private static BlobSasBuilder Builder(BlobClient blob, BlobSasPermissions permissions, DateTimeOffset now, DateTimeOffset expires) =>
        new(permissions, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now - ClockSkew,
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };

    private static Uri Delegated(GhgStorage storage, BlobClient blob, BlobSasBuilder sas, UserDelegationKey key) =>
        new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, storage.Blobs.AccountName) }.ToUri();
}
