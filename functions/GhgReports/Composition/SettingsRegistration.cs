using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using GhgReports.Access;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GhgReports.Composition;

/// <summary>The settings bound once and checked when the host starts, and the storage clients they describe.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddGhgSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GhgOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GhgOptions>, GhgOptionsValidation>();
        services.AddOptions<StorageNameOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageNameOptions>, StorageNameValidation>();
        services.AddOptions<NotificationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidation>();
        services.AddOptions<SignInOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidation>();
        services.AddOptions<PrincipalHeaderTrust>();
        var connection = configuration.GetSection(StorageClients.ConnectionName);
        services.AddOptions<StorageConnectionOptions>().Bind(connection).Configure(options => options.ConnectionString ??= connection.Value);
        return services;
    }

    /// <summary>
    /// One blob, table and queue client for the whole app, from the storage connection setting. Not checked at start:
    /// a connection that cannot build the clients fails where they are first used (a logged provisioning warning, an
    /// API's 503), as storage that is down does.
    /// </summary>
    public static IServiceCollection AddGhgStorageClients(this IServiceCollection services)
    {
        services.AddAzureClients(clients =>
        {
            clients.UseCredential(provider => StorageClients.Credential(Connection(provider)));
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, provider) => StorageClients.Blobs(Connection(provider), options, credential));
            clients.AddClient<TableServiceClient, TableClientOptions>((options, credential, provider) => StorageClients.Tables(Connection(provider), options, credential));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, provider) => StorageClients.Queues(Connection(provider), options, credential));
        });
        return services;
    }

    private static StorageConnectionOptions Connection(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageConnectionOptions>>().Value;
}
