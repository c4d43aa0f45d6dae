using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace GhgReports.Storage;

/// <summary>
/// Builds the SDK clients from the same connection setting the Functions bindings use, in either of its two shapes:
/// a connection string (<c>GhgStorage=UseDevelopmentStorage=true</c> locally), or identity-based
/// (<c>GhgStorage__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>,
/// <c>__clientId</c>) in Azure. No account keys in settings; configuration alone decides.
/// </summary>
public static class StorageClients
{
    public const string ConnectionName = "GhgStorage";

    public static (BlobServiceClient Blobs, TableServiceClient Tables, QueueServiceClient Queues) FromConfiguration(
        IConfiguration configuration, string connectionName = ConnectionName)
    {
        if (configuration[connectionName] is { Length: > 0 } connectionString)
        {
            return FromConnectionString(connectionString);
        }
        var section = configuration.GetSection(connectionName);
        var blobUri = section["blobServiceUri"] ?? section["serviceUri"];
        if (blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string, or '{connectionName}__blobServiceUri', '__queueServiceUri' and '__tableServiceUri' with '__credential=managedidentity'.");
        }
        var credential = CredentialFrom(section);
        var blobs = new BlobServiceClient(new Uri(blobUri), credential);
        var queues = new QueueServiceClient(new Uri(section["queueServiceUri"] ?? blobUri.Replace(".blob.", ".queue.", StringComparison.Ordinal)), credential);
        var tables = new TableServiceClient(new Uri(section["tableServiceUri"] ?? blobUri.Replace(".blob.", ".table.", StringComparison.Ordinal)), credential);
        return (blobs, tables, queues);
    }

    public static (BlobServiceClient Blobs, TableServiceClient Tables, QueueServiceClient Queues) FromConnectionString(string connectionString) =>
        (new BlobServiceClient(connectionString), new TableServiceClient(connectionString), new QueueServiceClient(connectionString));

    private static TokenCredential CredentialFrom(IConfigurationSection section) =>
        section["credential"]?.Equals("managedidentity", StringComparison.OrdinalIgnoreCase) == true
            // A named user-assigned identity: deterministic, never falls through to another credential.
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(section["clientId"]
                ?? throw new InvalidOperationException($"'{section.Path}__clientId' is required with credential=managedidentity.")))
            // Only for the command line against a real account (developer sign-in).
            : new DefaultAzureCredential();
}
