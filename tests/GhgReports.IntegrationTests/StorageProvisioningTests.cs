using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Start-up provisioning: every name in <see cref="StorageNames"/> is created on an empty account, a second run is
/// harmless, the hosts run it through AddGhgReports, and storage that is down at start delays it instead of failing.
/// Each test has an emulator of its own: the trigger queues' names are fixed, so on the shared one they already exist.
/// </summary>
public sealed class StorageProvisioningTests
{
    [Fact]
    public async Task CreateMissing_FreshAccount_CreatesEveryName_AndASecondRunCreatesNothing()
    {
        await using var azurite = await Azurite.StartAsync();
        var names = StorageNames.Unique("prov");
        var (blobs, tables, queues) = StorageClients.FromConnectionString(azurite.ConnectionString);
        var provisioning = new StorageProvisioning(new GhgStorage(blobs, tables, queues, names));
        string[] every = [.. names.Containers, .. names.Tables, .. names.Queues];
        Assert.Empty(await ExistingAsync(blobs, tables, queues, names));

        var first = await provisioning.CreateMissingAsync(CancellationToken.None);
        var second = await provisioning.CreateMissingAsync(CancellationToken.None);

        // 6 containers (uploads, results, archive, evidence, reports, backups), 7 tables (with Runs and Verification), notifications + 2 trigger
        // queues + their 2 poison queues.
        Assert.Equal(18, every.Length);
        Assert.Equal(every.Order(), first.Order());
        Assert.Equal(every.Order(), (await ExistingAsync(blobs, tables, queues, names)).Order());
        Assert.Empty(second);
    }

    [Fact]
    public async Task RunnerHost_AtStart_ProvisionsThroughAddGhgReports()
    {
        await using var azurite = await Azurite.StartAsync();
        var names = StorageNames.Unique("host");
        var (blobs, tables, queues) = StorageClients.FromConnectionString(azurite.ConnectionString);

        using var host = LocalHost.Build(LocalSettings.For(azurite.ConnectionString, names));
        await host.StartAsync();
        var atStart = host.Services.GetServices<IHostedService>().OfType<StorageProvisioningAtStart>().Single();
        await atStart.Provisioned.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        string[] every = [.. names.Containers, .. names.Tables, .. names.Queues];
        Assert.Equal(every.Order(), (await ExistingAsync(blobs, tables, queues, names)).Order());
    }

    [Fact]
    public async Task AtStart_StorageDownAtFirst_WarnsAndRetriesUntilItIsUp()
    {
        var ports = FreePorts.ForAzurite();
        var connection = Azurite.ConnectionStringFor(ports);
        var names = StorageNames.Unique("late");
        // No client-side retries: each attempt fails at once, so the test sees several of the service's own.
        var storage = new GhgStorage(
            new BlobServiceClient(connection, new BlobClientOptions { Retry = { MaxRetries = 0 } }),
            new TableServiceClient(connection, new TableClientOptions { Retry = { MaxRetries = 0 } }),
            new QueueServiceClient(connection, new QueueClientOptions { Retry = { MaxRetries = 0 } }),
            names);
        var log = new WarningLog();
        var atStart = new StorageProvisioningAtStart(() => new StorageProvisioning(storage), TimeProvider.System, log,
            new ProvisioningBackoff(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)));

        // Start returns while storage is still down: nothing waits for it, nothing throws.
        await atStart.StartAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await log.WaitForAsync(warnings: 2, TimeSpan.FromSeconds(30));
        Assert.False(atStart.Provisioned.IsCompleted);

        await using var azurite = await Azurite.StartAsync(ports: ports);
        await atStart.Provisioned.WaitAsync(TimeSpan.FromSeconds(60));
        await atStart.StopAsync(CancellationToken.None);

        string[] every = [.. names.Containers, .. names.Tables, .. names.Queues];
        Assert.Equal(every.Order(), (await ExistingAsync(storage.Blobs, storage.Tables, storage.Queues, names)).Order());
    }

    [Fact]
    public async Task AtStart_StorageNeverUp_StopsPromptlyWithoutThrowing()
    {
        var connection = Azurite.ConnectionStringFor(FreePorts.ForAzurite());
        var log = new WarningLog();
        var atStart = new StorageProvisioningAtStart(() => new StorageProvisioning(new GhgStorage(
                new BlobServiceClient(connection, new BlobClientOptions { Retry = { MaxRetries = 0 } }),
                new TableServiceClient(connection), new QueueServiceClient(connection), StorageNames.Unique())),
            TimeProvider.System, log, ProvisioningBackoff.Default);

        await atStart.StartAsync(CancellationToken.None);
        await log.WaitForAsync(warnings: 1, TimeSpan.FromSeconds(30));
        // Waiting out the default backoff (5 s, then longer) would hold the host's shutdown; stopping cancels it.
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await atStart.StopAsync(CancellationToken.None);

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(2), $"stopping took {stopping.Elapsed}");
        Assert.False(atStart.Provisioned.IsCompleted);
        Assert.Contains("attempt 1", log.Warnings[0], StringComparison.Ordinal);
    }

    private static async Task<List<string>> ExistingAsync(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues, StorageNames names)
    {
        var existing = new List<string>();
        foreach (var container in names.Containers)
        {
            if (await blobs.GetBlobContainerClient(container).ExistsAsync())
            {
                existing.Add(container);
            }
        }
        foreach (var table in names.Tables)
        {
            await foreach (var found in tables.QueryAsync(t => t.Name == table))
            {
                existing.Add(found.Name);
            }
        }
        foreach (var queue in names.Queues)
        {
            if (await queues.GetQueueClient(queue).ExistsAsync())
            {
                existing.Add(queue);
            }
        }
        return existing;
    }

    /// <summary>The warnings logged, for the test to wait on.</summary>
    private sealed class WarningLog : ILogger<StorageProvisioningAtStart>
    {
        private readonly List<string> _warnings = [];

        public IReadOnlyList<string> Warnings
        {
            get
            {
                lock (_warnings)
                {
                    return [.. _warnings];
                }
            }
        }

        public async Task WaitForAsync(int warnings, TimeSpan timeout)
        {
            using var deadline = new CancellationTokenSource(timeout);
            while (Warnings.Count < warnings)
            {
                await Task.Delay(20, deadline.Token);
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                lock (_warnings)
                {
                    _warnings.Add(formatter(state, exception));
                }
            }
        }
    }
}
