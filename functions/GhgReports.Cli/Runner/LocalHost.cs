using System.Reflection;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhgReports.Cli.Runner;

/// <summary>
/// Hosts <see cref="RunnerFunctions"/> on the WebJobs SDK against a storage account (Azurite by default): real blob,
/// queue and timer triggers with blob receipts and poison handling, no Functions Core Tools needed.
/// </summary>
public static class LocalHost
{
    /// <summary>Pinned: blob receipts are keyed by host id, and a derived one would reprocess every blob after a rename.</summary>
    public const string DefaultHostId = "ghgreports-local";

    public static IHost Build(IConfiguration configuration, string hostId = DefaultHostId, LogLevel logLevel = LogLevel.Warning, IEnumerable<Type>? functionTypes = null)
    {
        var types = (functionTypes ?? [typeof(RunnerFunctions)]).ToArray();
        return new HostBuilder()
            .ConfigureAppConfiguration(config => config.AddConfiguration(configuration))
            .ConfigureWebJobs(webJobs =>
            {
                webJobs.UseHostId(hostId);
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageBlobs();
                webJobs.AddAzureStorageQueues(queues =>
                {
                    queues.MaxPollingInterval = TimeSpan.FromSeconds(2);
                });
                webJobs.AddTimers();
            })
            .ConfigureLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel)
                // The SDK logs every expected 404 (receipts, queues not yet created) as a warning: noise for a person.
                .AddFilter("Azure.Core", LogLevel.Error)
                .AddFilter("Azure.Storage", LogLevel.Error))
            .ConfigureServices(services =>
            {
                services.AddGhgReports(configuration);
                services.AddSingleton<ITypeLocator>(new FixedTypeLocator(types));
                // Extensions 3.0.6 registers a storage schedule monitor built against Host.Storage 3.x, which fails to
                // load next to the 5.x storage extensions; schedules live in memory for a local run.
                services.RemoveAll<ScheduleMonitor>();
                services.AddSingleton<ScheduleMonitor, InMemoryScheduleMonitor>();
            })
            .Build();
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
