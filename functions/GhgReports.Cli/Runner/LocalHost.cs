using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhgReports.Cli.Runner;

/// <summary>What a local host runs and where it listens.</summary>
internal sealed record LocalHostOptions
{
    /// <summary>Pinned: blob receipts are keyed by host id, and a derived one would reprocess every blob after a rename.</summary>
    public string HostId { get; init; } = LocalHost.DefaultHostId;

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Where the HTTP routes listen; the loopback address only, since there are no function keys locally.</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    /// <summary>The trigger classes to run; none serves the HTTP routes alone.</summary>
    public IReadOnlyList<Type> FunctionTypes { get; init; } = [typeof(RunnerFunctions)];

    /// <summary>Registrations after the app's own: a test replaces a service here (the last registration wins).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}

/// <summary>
/// The local runner: one host, one service container, for everything the Functions app runs. Its blob, queue and
/// timer triggers (<see cref="RunnerFunctions"/>) run on the WebJobs SDK against a storage account (Azurite by
/// default), with blob receipts and poison handling; its HTTP routes (<see cref="LocalHttp"/>) on ASP.NET Core, like
/// `func start` on port 7071. No Functions Core Tools needed.
/// </summary>
internal static class LocalHost
{
    public const string DefaultHostId = "ghgreports-local";

    public static WebApplication Build(IConfiguration configuration, LocalHostOptions? options = null)
    {
        options ??= new LocalHostOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(options.Url);
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.UseHostId(options.HostId);
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs();
            webJobs.AddAzureStorageQueues(queues => queues.MaxPollingInterval = TimeSpan.FromSeconds(2));
            webJobs.AddTimers();
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(options.LogLevel)
            // The SDK logs every expected 404 (receipts, queues not yet created) as a warning: noise for a person.
            .AddFilter("Azure.Core", LogLevel.Error)
            .AddFilter("Azure.Storage", LogLevel.Error)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        // Nothing in front of the runner sets or strips X-MS-CLIENT-PRINCIPAL, so it is never trusted here (the default
        // of PrincipalHeaderTrust): callers sign in with a development token (ghg signin), accepted only when
        // DevSignInKey is set.
        services.AddGhgReports(configuration);
        services.AddSingleton<ITypeLocator>(new FixedTypeLocator([.. options.FunctionTypes]));
        // Extensions 3.0.6 registers a storage schedule monitor built against Host.Storage 3.x, which fails to load next
        // to the 5.x storage extensions; schedules live in memory for a local run.
        services.RemoveAll<ScheduleMonitor>();
        services.AddSingleton<ScheduleMonitor, InMemoryScheduleMonitor>();
        services.AddOutageTolerantTriggers();
        options.Services?.Invoke(services);
        var app = builder.Build();
        app.Use(LocalHttp.AnswerStorageOutages);
        LocalHttp.Map(app);
        return app;
    }

    private sealed class FixedTypeLocator(Type[] types) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => types;
    }

    private sealed class InMemoryScheduleMonitor : ScheduleMonitor
    {
        private readonly Dictionary<string, ScheduleStatus> _status = new(StringComparer.Ordinal);

        public override Task<ScheduleStatus> GetStatusAsync(string timerName)
        {
            lock (_status)
            {
                return Task.FromResult(_status.GetValueOrDefault(timerName)!);
            }
        }

        public override Task UpdateStatusAsync(string timerName, ScheduleStatus status)
        {
            lock (_status)
            {
                _status[timerName] = status;
            }
            return Task.CompletedTask;
        }
    }
}
