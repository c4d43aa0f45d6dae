using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using GhgReports.Storage;

namespace GhgReports.Access;

/// <summary>
/// Mints a SAS for exactly one blob: an account-key SAS where the client has the key (emulator, connection string),
/// a user-delegation SAS with the managed identity in Azure (no account keys there).
/// </summary>
internal static class SasLinks
{
    public static async Task<Uri> ForBlobAsync(GhgStorage storage, BlobClient blob, BlobSasPermissions permissions, DateTimeOffset now,
        DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var sas = new BlobSasBuilder(permissions, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now.AddMinutes(-5),
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }
        var key = await storage.Blobs.GetUserDelegationKeyAsync(now.AddMinutes(-5), expires, cancellationToken).ConfigureAwait(false);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, storage.Blobs.AccountName) }.ToUri();
    }
}
