using GhgReports.Intake;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports;

/// <summary>The one registration call every host makes (Functions app, local runner, command line).</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddGhgReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(StorageNames.FromConfiguration(configuration));
        services.AddSingleton(provider =>
        {
            var (blobs, tables, queues) = StorageClients.FromConfiguration(configuration);
            return new GhgStorage(blobs, tables, queues, provider.GetRequiredService<StorageNames>());
        });
        services.AddSingleton<IFactorCatalog>(_ => FactorCatalog.LoadEmbedded());
        services.AddSingleton(_ => GwpCatalog.LoadEmbedded());
        services.AddSingleton<CurrentPointers>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<PeriodLocks>();
        services.AddSingleton<SubmissionIntake>();
        return services;
    }
}
