using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace GhgReports.Storage;

/// <summary>
/// Builds the SDK clients from the storage connection setting (<see cref="StorageConnectionOptions"/>), for
/// <c>AddAzureClients</c>: a connection string locally, the named user-assigned identity in Azure. Configuration alone
/// decides; the clients are registered once and shared.
/// </summary>
public static class StorageClients
{
    public const string ConnectionName = "GhgStorage";

    public static BlobServiceClient Blobs(StorageConnectionOptions connection, BlobClientOptions options, TokenCredential credential) =>
        connection.IsIdentityBased
            ? new BlobServiceClient(BlobEndpoint(connection), credential, options)
            : new BlobServiceClient(connection.ConnectionString, options);

    public static QueueServiceClient Queues(StorageConnectionOptions connection, QueueClientOptions options, TokenCredential credential) =>
        connection.IsIdentityBased
            ? new QueueServiceClient(new Uri(connection.QueueServiceUri ?? SiblingEndpoint(connection, ".queue.")), credential, options)
            : new QueueServiceClient(connection.ConnectionString, options);

    public static TableServiceClient Tables(StorageConnectionOptions connection, TableClientOptions options, TokenCredential credential) =>
        connection.IsIdentityBased
            ? new TableServiceClient(new Uri(connection.TableServiceUri ?? SiblingEndpoint(connection, ".table.")), credential, options)
            : new TableServiceClient(connection.ConnectionString, options);

    /// <summary>
    /// Used only by the identity-based shape (a connection string carries its own authorisation). In Azure a named
    /// user-assigned identity: deterministic, never falls through to another credential; otherwise only for the command
    /// line against a real account (developer sign-in).
    /// </summary>
    public static TokenCredential Credential(StorageConnectionOptions connection) =>
        connection.UsesManagedIdentity
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(connection.ClientId
                ?? throw new InvalidOperationException($"'{ConnectionName}__clientId' is required with credential=managedidentity.")))
            : new DefaultAzureCredential();

    /// <summary>For tests and the benchmark, which reach Azurite without the app's composition.</summary>
    public static (BlobServiceClient Blobs, TableServiceClient Tables, QueueServiceClient Queues) FromConnectionString(string connectionString) =>
        (new BlobServiceClient(connectionString), new TableServiceClient(connectionString), new QueueServiceClient(connectionString));

    private static Uri BlobEndpoint(StorageConnectionOptions connection) =>
        new(connection.BlobServiceUri ?? connection.ServiceUri ?? throw new InvalidOperationException(
            $"Storage connection '{ConnectionName}' is not configured: set '{ConnectionName}' to a connection string, or '{ConnectionName}__blobServiceUri', '__queueServiceUri' and '__tableServiceUri' with '__credential=managedidentity'."));

    private static string SiblingEndpoint(StorageConnectionOptions connection, string service) =>
        BlobEndpoint(connection).ToString().Replace(".blob.", service, StringComparison.Ordinal);
}
