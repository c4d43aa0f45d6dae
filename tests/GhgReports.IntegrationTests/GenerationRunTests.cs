using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Plan and pack runs on the local runner (the same services and queue trigger as the Functions app): the on-demand
/// routes answer 202 with the run's address, the run is followed to its end, the group pack is built once per run,
/// and a request that fails every retry is recorded in its run. On the synthetic 2024 data (LaterYearSamples).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GenerationRunTests(AzuriteFixture fixture)
{
    private const string Key = "generation-run-tests-signing-key";
    private const int Year = 2024;
    private static readonly DevelopmentTokens Tokens = new(Key, TimeProvider.System);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task PackRuns_Answer202WithLocation_EndDoneWithLinks_AndBuildTheGroupPackOncePerRun()
    {
        var (t, names) = await StorageWithYearAsync("runs");
        var renders = new CountingRenderer();
        await using var app = await StartRunnerAsync(names, renders);
        using var http = Client(app, Roles.Management);

        var first = await http.PostAsync($"/api/packs/{Year}", null);
        var firstRun = await FollowAsync(http, first);
        // Every pack exists now: a second run must still build the group pack once, not once per subsidiary pack.
        var second = await http.PostAsync($"/api/packs/{Year}", null);
        var secondRun = await FollowAsync(http, second);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Matches("^/api/runs/2024-[0-9]{19}-[0-9a-f]{8}$", first.Headers.Location!.OriginalString);
        foreach (var run in new[] { firstRun, secondRun })
        {
            Assert.Equal("done", run.GetProperty("status").GetString());
            Assert.Equal((4, 4, 0), (run.GetProperty("expected").GetInt32(), run.GetProperty("completed").GetInt32(), run.GetProperty("failed").GetInt32()));
            var documents = run.GetProperty("documents").EnumerateArray().ToList();
            // Four subsidiary packs and the group pack, each with a read link that works.
            Assert.Equal(["CP", "GROUP", "LW", "NM", "YN"], documents.Select(d => d.GetProperty("blobName").GetString()!.Split('/')[2].Split('-')[0]).Order());
            using var download = new HttpClient();
            var group = documents.Single(d => d.GetProperty("blobName").GetString()!.Contains("/GROUP-", StringComparison.Ordinal));
            var zip = await download.GetByteArrayAsync(group.GetProperty("readLink").GetString());
            Assert.Equal(group.GetProperty("bytes").GetInt64(), zip.LongLength);
        }
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        // One group pack per run: its two reports (中文, English) rendered once each per run.
        Assert.Equal(4, renders.Group);
        Assert.Equal(2 * 2 * 4, renders.Subsidiary);
        // Both runs announced alike, once each, naming the run and how it ended.
        var notified = await NotificationsAsync(t);
        Assert.Equal(new[] { firstRun.GetProperty("id").GetString(), secondRun.GetProperty("id").GetString() }.Order(),
            notified.Select(n => n.GetProperty("runId").GetString()).Order());
        Assert.All(notified, n => Assert.Equal(("done", 5), (n.GetProperty("status").GetString(), n.GetProperty("documentCount").GetInt32())));
    }

    [Fact]
    public async Task PlanRun_Answers202_AndEndsDoneWithBothEditions_AndOthersMayNotFollowIt()
    {
        var (_, names) = await StorageWithYearAsync("planrun");
        await using var app = await StartRunnerAsync(names, new CountingRenderer());
        using var hq = Client(app, Roles.Hq);
        using var compliance = Client(app, Roles.Compliance);
        using var anonymous = Client(app, null);

        var started = await hq.PostAsync($"/api/plans/{Year}", null);
        var run = await FollowAsync(hq, started);
        var byCompliance = await compliance.GetAsync(started.Headers.Location);
        var byNobody = await anonymous.GetAsync(started.Headers.Location);
        var unknown = await hq.GetAsync("/api/runs/2024-0000000000000000000-00000000");
        var malformed = await hq.GetAsync("/api/runs/..%2Fsecrets");
        var nothing = await hq.PostAsync("/api/plans/2031", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(("plan", "done"), (run.GetProperty("kind").GetString(), run.GetProperty("status").GetString()));
        Assert.Equal(["en", "zh"], run.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("blobName").GetString()![^6..^4]).Order());
        Assert.All(run.GetProperty("documents").EnumerateArray(), d => Assert.StartsWith("http", d.GetProperty("readLink").GetString(), StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (byCompliance.StatusCode, byNobody.StatusCode));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unknown.StatusCode, malformed.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Contains("2031", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackRun_WhoseSubsidiaryPackFailsEveryRetry_RecordsThePoisonedPart_AndEndsFailedWithoutAGroupPack()
    {
        var (t, names) = await StorageWithYearAsync("poison");
        // LW's archived workbook is gone: its pack cannot be built, however often the queue retries it.
        var lw = (await t.Store.HistoryAsync("LW", default)).Single(s => s.ReportingYear == Year);
        await t.Storage.Archive.DeleteBlobAsync(lw.ArchivePath);
        var renders = new CountingRenderer();
        await using var app = await StartRunnerAsync(names, renders);
        using var http = Client(app, Roles.Hq);

        var started = await http.PostAsync($"/api/packs/{Year}", null);
        var run = await FollowAsync(http, started);

        Assert.Equal(("failed", 3, 1), (run.GetProperty("status").GetString(), run.GetProperty("completed").GetInt32(), run.GetProperty("failed").GetInt32()));
        var failed = Assert.Single(run.GetProperty("parts").EnumerateArray(), p => p.GetProperty("status").GetString() == "failed");
        Assert.Equal("LW", failed.GetProperty("subsidiary").GetString());
        Assert.Equal(RunTexts.Poisoned.En, failed.GetProperty("errorEn").GetString());
        Assert.Equal(0, renders.Group);
        Assert.False(await t.Storage.Reports.GetBlobClient(PackAssembler.BlobName(PackGenerator.GroupCode, Year)).ExistsAsync());
        var notified = Assert.Single(await NotificationsAsync(t));
        Assert.Equal(("failed", "LW"), (notified.GetProperty("status").GetString(), Assert.Single(notified.GetProperty("failed").EnumerateArray()).GetString()));

        // ghg status shows the run and why LW failed.
        var console = new TestConsole().Width(400);
        var exit = GhgReports.Cli.GhgApp.Run(["status", "--year", "2024", "--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix],
            console);
        Assert.Equal(GhgReports.Cli.GhgApp.Ok, exit);
        Assert.Contains(run.GetProperty("id").GetString()!, console.Output, StringComparison.Ordinal);
        Assert.Contains("LW: " + RunTexts.Poisoned.Zh[..8], console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledPackRun_IsRecordedAndAnnouncedLikeAnOnDemandRun()
    {
        var (t, names) = await StorageWithYearAsync("sched");
        // January 2025: the pack timer reports on 2024.
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 15, 2, 0, 0, TimeSpan.Zero));
        await using var app = await StartRunnerAsync(names, new CountingRenderer(), services => services.AddSingleton<TimeProvider>(clock));

        // What the GeneratePacks timer calls, on both hosts.
        var started = await app.Services.GetRequiredService<GhgReports.Reporting.Runs.GenerationRuns>().StartScheduledPacksAsync(default);
        var notified = Assert.Single(await NotificationsAsync(t));

        var run = await new GhgReports.Reporting.Runs.RunRecords(t.Storage, TimeProvider.System).GetAsync(started!.Id, default);
        Assert.Equal((Year, true, "schedule", GhgReports.Reporting.Runs.RunStatus.Done), (run!.Year, run.Scheduled, run.RequestedBy, run.Status));
        Assert.Equal((started.Id, "done", 5, "iso14064-pack"), (notified.GetProperty("runId").GetString(), notified.GetProperty("status").GetString(),
            notified.GetProperty("documentCount").GetInt32(), notified.GetProperty("kind").GetString()));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The group workbook, and 2023 and 2024 for the four subsidiaries.</summary>
    private async Task<(TestStorage Storage, StorageNames Names)> StorageWithYearAsync(string tag)
    {
        var names = StorageNames.Unique(tag);
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2023).Concat(LaterYearSamples.For(Year)))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{sample.Entity.ReportingYear}.xlsx");
        }
        return (t, names);
    }

    private async Task<Microsoft.AspNetCore.Builder.WebApplication> StartRunnerAsync(StorageNames names, CountingRenderer renders,
        Action<IServiceCollection>? more = null)
    {
        var app = LocalHost.Build(LocalSettings.For(fixture.Azurite.ConnectionString, names, new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = Key }),
            new LocalHostOptions
            {
                HostId = "runs-" + names.TablePrefix.ToLowerInvariant(),
                Services = services =>
                {
                    services.AddSingleton<IPackReportRenderer>(renders);
                    more?.Invoke(services);
                },
            });
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(Microsoft.AspNetCore.Builder.WebApplication app, string? role)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        if (role is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                Tokens.Issue(new Caller(role + " tester", [role], [], []), TimeSpan.FromHours(1)));
        }
        return http;
    }

    /// <summary>Follows a 202's Location as the page does, until the run is done or failed.</summary>
    private static async Task<JsonElement> FollowAsync(HttpClient http, HttpResponseMessage started)
    {
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        using var timeout = new CancellationTokenSource(RunTimeout);
        while (true)
        {
            var answer = await http.GetAsync(started.Headers.Location, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var run = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(timeout.Token)).RootElement;
            if (run.GetProperty("status").GetString() is "done" or "failed" && run.GetProperty("finishedAt").ValueKind != JsonValueKind.Null)
            {
                return run;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
        }
    }

    private static async Task<List<JsonElement>> NotificationsAsync(TestStorage t)
    {
        // Announced after the run's status is written: give the last announcement a moment to land.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var found = new List<JsonElement>();
        while (true)
        {
            var messages = await t.Storage.Notifications.PeekMessagesAsync(32, timeout.Token);
            found = [.. messages.Value.Select(m => JsonDocument.Parse(Convert.FromBase64String(m.MessageText)).RootElement)];
            var runs = await new GhgReports.Reporting.Runs.RunRecords(t.Storage, TimeProvider.System).ListAsync(Year, timeout.Token);
            if (runs.All(r => r.Notified))
            {
                return found;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }

    /// <summary>Counts report renders by kind of pack and writes a stand-in PDF: what is counted is how often each pack is built.</summary>
    private sealed class CountingRenderer : IPackReportRenderer
    {
        private int _group;
        private int _subsidiary;

        public int Group => Volatile.Read(ref _group);
        public int Subsidiary => Volatile.Read(ref _subsidiary);

        public void Render(PackModel pack, Language language, Stream output, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref pack.Kind == PackKind.Group ? ref _group : ref _subsidiary);
            output.Write("%PDF-1.4\n%%EOF\n"u8);
        }
    }
}
