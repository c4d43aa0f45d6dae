using GhgReports.Access;
using GhgReports.Composition;
using GhgReports.Intake;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Pathways;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.Reporting.Runs;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GhgReports;

/// <summary>The one registration call every host makes (Functions app, local runner, command line).</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddGhgReports(this IServiceCollection services, IConfiguration configuration)
    {
        // Generation and publishing log what they did; a host's own logging (TryAdd) wins, a bare collection (the command
        // line, tests) gets loggers that write nowhere until a provider is added.
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGhgSettings(configuration);
        services.AddSingleton<IFactorCatalog>(_ => FactorCatalog.LoadEmbedded());
        services.AddSingleton(_ => GwpCatalog.LoadEmbedded());
        services.AddSingleton(_ => PathwayCurveCatalog.LoadEmbedded());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<GhgOptions>>().Value.ToCalculationSettings());
        services.AddSingleton(provider => provider.GetRequiredService<PathwayCurveCatalog>().Get(provider.GetRequiredService<IOptions<GhgOptions>>().Value.CurveSetId));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StorageNameOptions>>().Value.ToNames());
        services.AddGhgStorageClients();
        services.AddSingleton<GhgStorage>();
        services.AddSingleton<StorageProvisioning>();
        // Creates whatever is missing once the host starts. The provisioning is resolved lazily, so a storage setting
        // that cannot even build the clients is a logged warning too, not a host that fails to start.
        services.AddSingleton<Func<StorageProvisioning>>(provider => provider.GetRequiredService<StorageProvisioning>);
        services.AddHostedService<StorageProvisioningAtStart>();
        services.AddHttpClient(NotificationWebhook.ClientName);
        services.AddSingleton<NotificationWebhook>();
        services.AddSingleton<InventoryCalculator>();
        services.AddSingleton<CurrentPointers>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<InventoryRecords>();
        services.AddSingleton<Review.AuditTrail>();
        services.AddSingleton<Evidence.EvidenceStore>();
        services.AddSingleton<PeriodLocks>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<UploadSweep>();
        services.AddSingleton<TableExport>();
        services.AddSingleton<TableRestore>();
        services.AddSingleton<PoisonQueueWatch>();
        services.AddSingleton<YearDataReader>();
        services.AddSingleton<GroupBaseHistory>();
        services.AddSingleton<DocumentPublisher>();
        services.AddSingleton<Reminders.DeadlineReminders>();
        services.AddSingleton<InventoryRecalculation>();
        services.AddSingleton<DocumentVersions>();
        services.AddSingleton<PlanGenerator>();
        services.AddSingleton<IPackReportRenderer, PackReportRenderer>();
        services.AddSingleton<PackGenerator>();
        services.AddSingleton<RunRecords>();
        services.AddSingleton<RunViews>();
        services.AddSingleton<GenerationRuns>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<UploadLinks>();
        services.AddSingleton<EvidenceLinks>();
        // Whether the App Service principal header is trusted is each host's call (PrincipalHeaderTrust): only the host
        // knows whether a platform sets it and strips a client's (App Service authentication) or nothing does.
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<Tracker.YearTracker>();
        services.AddSingleton<Tracker.ManagementOverview>();
        services.AddSingleton<Review.VerifierQueries>();
        services.AddSingleton<Review.VerificationStatements>();
        services.AddSingleton<ReviewApi>();
        services.AddSingleton<WebApi>();
        return services;
    }

    /// <summary>
    /// A service provider over the app's composition with every setting checked first, for a process that runs no
    /// host (the command line): a host checks them itself when it starts.
    /// </summary>
    /// <exception cref="SettingsRefusedException">Every refused setting, whichever options type it belongs to.</exception>
    public static ServiceProvider BuildCheckedProvider(this IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException || (ex is AggregateException all && all.InnerExceptions.All(e => e is OptionsValidationException)))
        {
            provider.Dispose();
            var refused = ex is AggregateException aggregate ? aggregate.InnerExceptions.Cast<OptionsValidationException>() : [(OptionsValidationException)ex];
            throw new SettingsRefusedException([.. refused.SelectMany(r => r.Failures)]);
        }
        return provider;
    }
}
