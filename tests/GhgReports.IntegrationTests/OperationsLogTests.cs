using System.Collections.Concurrent;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Reporting;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The structured logs operations read, through the services as the hosts register them: a poison queue holding
/// messages (which the infra's alert matches), a lock and an unlock scoped by subsidiary and year, an access denial.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperationsLogTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task PoisonQueueWatch_AMessageLeftInAPoisonQueue_IsAWarningTheAlertMatches()
    {
        var (services, log, _) = await ServicesAsync();
        var poison = services.GetRequiredService<GhgStorage>().Queues.GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.PackRequestsQueue));
        var sent = (await poison.SendMessageAsync("{\"year\":2024,\"subsidiary\":\"CP\"}")).Value;
        try
        {
            var lengths = await services.GetRequiredService<PoisonQueueWatch>().ReportAsync(default);

            Assert.True(lengths["pack-requests-poison"] >= 1);
            var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("pack-requests-poison", StringComparison.Ordinal));
            // infra/app/alerts.bicep: traces | where message startswith "Poison queue " and message has " holds "
            Assert.StartsWith("Poison queue ", warning.Message, StringComparison.Ordinal);
            Assert.Contains(" holds ", warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            await poison.DeleteMessageAsync(sent.MessageId, sent.PopReceipt);
        }
    }

    [Fact]
    public async Task PoisonedPackRequest_ThePartOfARunTheHostGaveUpOn_IsRecordedAndLoggedAsTheAlertMatches()
    {
        // The PoisonedPackRequest function empties pack-requests-poison as it records each message, so the watch above
        // would rarely find one there: the record's own log line is what the alert sees.
        var (services, log, _) = await ServicesAsync();
        var run = await services.GetRequiredService<RunRecords>().CreateAsync(RunKind.Packs, 2024, "CP", "hq", scheduled: false, ["CP"], default);

        await services.GetRequiredService<GenerationRuns>().RecordPoisonedAsync(
            System.Text.Json.JsonSerializer.Serialize(new PackRequest(2024, "CP", run.Id), ReportingJson.Default.PackRequest), default);
        await services.GetRequiredService<GenerationRuns>().RecordPoisonedAsync("not a request", default);

        var step = Assert.Single(await services.GetRequiredService<RunRecords>().StepsAsync(run.Id, default));
        Assert.Equal(RunStatus.Failed, step.Status);
        var entries = log.Entries.Where(e => e.Level >= LogLevel.Warning && e.Message.Contains("pack-requests-poison", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, entries.Count);
        // infra/app/alerts.bicep: traces | where message startswith "Poison queue " and message has " holds "
        Assert.All(entries, e => Assert.StartsWith("Poison queue pack-requests-poison holds ", e.Message, StringComparison.Ordinal));
        Assert.Contains(run.Id, entries[0].Message, StringComparison.Ordinal);
        Assert.Equal(("CP", (object)2024), (entries[0].Scope["Subsidiary"], entries[0].Scope["Year"]));
    }

    [Fact]
    public async Task LockAndUnlock_2024_AreLoggedWithWhoAndWhy_ScopedBySubsidiaryAndYear()
    {
        var (services, log, storage) = await ServicesAsync();
        await storage.UploadGroupAsync();
        await storage.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("LW")), "LW/LW-2023.xlsx");
        await storage.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "LW")), "LW/LW-2024.xlsx");
        var locks = services.GetRequiredService<PeriodLocks>();

        await locks.LockAsync("LW", 2024, "Verifier Ltd", "VS-2025-003", "Li Hua (HQ)", default);
        await locks.UnlockAsync("LW", 2024, "Li Hua (HQ)", "correction after verification", default);

        var locked = Assert.Single(log.Entries, e => e.Message.StartsWith("Period LW 2024 locked", StringComparison.Ordinal));
        var unlocked = Assert.Single(log.Entries, e => e.Message.StartsWith("Period LW 2024 unlocked", StringComparison.Ordinal));
        Assert.Contains("Li Hua (HQ)", locked.Message, StringComparison.Ordinal);
        Assert.Contains("VS-2025-003", locked.Message, StringComparison.Ordinal);
        Assert.Contains("correction after verification", unlocked.Message, StringComparison.Ordinal);
        Assert.All(new[] { locked, unlocked }, e => Assert.Equal(("LW", (object)2024), (e.Scope["Subsidiary"], e.Scope["Year"])));
    }

    [Fact]
    public async Task WebApi_AnOfficerLockingAPeriod_IsDeniedAndLogged_AnAnonymousCallerIsNot()
    {
        var (services, log, _) = await ServicesAsync();
        var api = services.GetRequiredService<WebApi>();
        var officer = new Caller("Wang Fang", [Roles.Officer], ["CP"], []);

        var denied = await api.LockAsync(officer, "CP", 2024, "Verifier Ltd", "VS-1", default);
        var anonymous = await api.LockAsync(null, "CP", 2024, "Verifier Ltd", "VS-1", default);

        Assert.Equal((403, 401), (denied.Status, anonymous.Status));
        var entry = Assert.Single(log.Entries, e => e.Message.StartsWith("Access denied", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("Wang Fang (officer) may not lock a period CP 2024", entry.Message, StringComparison.Ordinal);
        Assert.Equal(("CP", (object?)2024), (entry.Scope["Subsidiary"], entry.Scope["Year"]));
    }

    private async Task<(ServiceProvider Services, RecordingLog Log, TestStorage Storage)> ServicesAsync()
    {
        var names = StorageNames.Unique("ops");
        var storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        var log = new RecordingLog();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log))
            .AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names))
            .AddSingleton(new CallerResolver(null, false))
            .BuildServiceProvider();
        return (services, log, storage);
    }

    internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Every entry with the scope values around it, from every category.</summary>
    internal sealed class RecordingLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new();
        private readonly AsyncLocal<ImmutableScope?> _scope = new();

        public IReadOnlyList<LogEntry> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed record ImmutableScope(IReadOnlyDictionary<string, object?> Values, ImmutableScope? Parent);

        private sealed class Logger(RecordingLog log) : ILogger
        {
            public IDisposable BeginScope<TState>(TState state) where TState : notnull
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value)
                    : state is IEnumerable<KeyValuePair<string, object>> plain ? plain.ToDictionary(p => p.Key, p => (object?)p.Value)
                    : [];
                var parent = log._scope.Value;
                log._scope.Value = new ImmutableScope(values, parent);
                return new Pop(() => log._scope.Value = parent);
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                for (var s = log._scope.Value; s is not null; s = s.Parent)
                {
                    foreach (var (key, value) in s.Values)
                    {
                        scope.TryAdd(key, value);
                    }
                }
                log._entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), scope));
            }
        }

        private sealed class Pop(Action pop) : IDisposable
        {
            public void Dispose() => pop();
        }
    }
}
