using GhgReports.Access;
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
        services.AddSingleton(StorageNames.FromConfiguration(configuration));
        services.AddSingleton(provider =>
        {
            var (blobs, tables, queues) = StorageClients.FromConfiguration(configuration);
            return new GhgStorage(blobs, tables, queues, provider.GetRequiredService<StorageNames>());
        });
        services.AddSingleton<StorageProvisioning>();
        // Creates whatever is missing once the host starts. A factory, so a storage setting that cannot even build the
        // clients is a logged warning too, not a host that fails to start.
        services.AddHostedService(provider => new StorageProvisioningAtStart(
            provider.GetRequiredService<StorageProvisioning>,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<StorageProvisioningAtStart>>()));
        services.AddSingleton<IFactorCatalog>(_ => FactorCatalog.LoadEmbedded());
        services.AddSingleton(_ => GwpCatalog.LoadEmbedded());
        services.AddSingleton<InventoryCalculator>();
        services.AddSingleton(CalculationSettingsFrom(configuration));
        services.AddSingleton<CurrentPointers>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<PeriodLocks>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<UploadSweep>();
        services.AddSingleton<TableExport>();
        services.AddSingleton<PoisonQueueWatch>();
        services.AddSingleton(_ => PathwayCurveCatalog.LoadEmbedded().Get(configuration["PathwayCurveSet"] is { Length: > 0 } curves ? curves : DefaultCurveSet));
        services.AddSingleton<YearDataReader>();
        services.AddSingleton<GroupBaseHistory>();
        services.AddSingleton(provider => new DocumentPublisher(
            provider.GetRequiredService<GhgStorage>(),
            provider.GetRequiredService<TimeProvider>(),
            configuration["NotificationWebhookUrl"] is { Length: > 0 } webhook ? new Uri(webhook) : null,
            configuration["NotificationWebhookUrl"] is { Length: > 0 } ? new HttpClient() : null,
            provider.GetRequiredService<ILogger<DocumentPublisher>>()));
        services.AddSingleton(provider => new Reminders.DeadlineReminders(
            provider.GetRequiredService<SubmissionStore>(),
            provider.GetRequiredService<CurrentPointers>(),
            provider.GetRequiredService<GhgStorage>(),
            provider.GetRequiredService<TimeProvider>(),
            configuration["NotificationWebhookUrl"] is { Length: > 0 } reminderHook ? new Uri(reminderHook) : null,
            configuration["NotificationWebhookUrl"] is { Length: > 0 } ? new HttpClient() : null,
            provider.GetRequiredService<ILogger<Reminders.DeadlineReminders>>()));
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
        // WebApi needs a CallerResolver, which each host registers: only the host knows whether a platform sets the
        // principal header (App Service authentication) or nothing does (the local runner).
        services.AddSingleton<Tracker.YearTracker>();
        services.AddSingleton<Tracker.ManagementOverview>();
        services.AddSingleton<Review.VerifierQueries>();
        services.AddSingleton<Review.VerificationStatements>();
        services.AddSingleton<ReviewApi>();
        services.AddSingleton<WebApi>();
        return services;
    }

    /// <summary>The only curve set shipped so far (fitted to the 2023 plan, to be replaced by the ASI tool's values).</summary>
    public const string DefaultCurveSet = "seed-fitted";

    /// <summary>
    /// The GWP set is a deliberate, reported choice (ISO 14064-1 9.3.1 t): it must be in settings, never defaulted here.
    /// </summary>
    public static CalculationSettings CalculationSettingsFrom(IConfiguration configuration) => new()
    {
        GwpSetId = configuration["GwpSet"] is { Length: > 0 } gwp
            ? gwp
            : throw new InvalidOperationException("Setting 'GwpSet' (e.g. AR5 or AR6) is required: the GWP set used must be chosen and reported."),
        ResidualMix = configuration["ResidualMixFactor"] is { Length: > 0 } residual
            ? new ResidualMixChoice.Factor(residual)
            : new ResidualMixChoice.GridAverageProxy(),
    };
}
