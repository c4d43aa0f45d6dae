using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace GhgReports.Cli.Local;

/// <summary>
/// Lets the web page, served by the runner, PUT uploads and GET downloads straight to the emulator's blob service
/// through the links it hands out (in Azure the same rule is set on the storage account: see docs/web.md).
/// </summary>
internal static class LocalCors
{
    public static async Task AllowAsync(BlobServiceClient blobs, string origin, CancellationToken cancellationToken)
    {
        var properties = (await blobs.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value;
        properties.Cors =
        [
            new BlobCorsRule
            {
                AllowedOrigins = origin.TrimEnd('/'),
                AllowedMethods = "GET,PUT,HEAD,OPTIONS",
                AllowedHeaders = "*",
                ExposedHeaders = "*",
                MaxAgeInSeconds = 600,
            },
        ];
        await blobs.SetPropertiesAsync(properties, cancellationToken).ConfigureAwait(false);
    }
}
