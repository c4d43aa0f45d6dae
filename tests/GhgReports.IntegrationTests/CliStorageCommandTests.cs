using System.Net;
using System.Net.Http.Headers;
using GhgReports.Access;
using GhgReports.Cli;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>The operator's commands and the runner's HTTP routes, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliStorageCommandTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task StatusAndLock_Commands_ShowMissingSubsidiariesAndBlockALockedPeriod()
    {
        var names = StorageNames.Unique();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP-2023.xlsx");
        string[] storage = ["--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix];
        var status = new TestConsole().Width(250);
        var locking = new TestConsole().Width(250);

        Assert.Equal(GhgApp.Ok, GhgApp.Run(["status", "--year", "2023", .. storage], status));
        Assert.Equal(GhgApp.Ok, GhgApp.Run(["lock", "CP", "2023", "--verifier", "Verifier Ltd", "--statement", "VS-1", "--actor", "hq", .. storage], locking));
        var sample = SeedSamples.ByCode("CP");
        var blocked = await t.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 1m } }), "CP/fix.xlsx");

        Assert.Contains("LW, YN, NM", status.Output);
        Assert.Contains("CP-2023.xlsx", status.Output);
        Assert.Equal("period-locked", blocked.Check.Problems[0].Code);
    }

    [Fact]
    public async Task PlanAndPack_Commands_WriteTheDocumentsFromStoredData()
    {
        // Default container names (the commands' own), a table prefix of this test's.
        var names = new StorageNames { TablePrefix = StorageNames.Unique().TablePrefix };
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in SeedSamples.All)
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{sample.Entity.SubsidiaryCode}-2023.xlsx");
        }
        string[] storage = ["--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix];

        var downloads = Directory.CreateTempSubdirectory("ghg-cli-out-");
        try
        {
            Assert.Equal(GhgApp.Ok, GhgApp.Run(["plan", "--year", "2023", "--lang", "zh", "--out", downloads.FullName, .. storage], new TestConsole().Width(200)));
            Assert.Equal(GhgApp.Ok, GhgApp.Run(["pack", "--year", "2023", "--out", downloads.FullName, .. storage], new TestConsole().Width(200)));

            // --out: what was made is downloaded, byte for byte as published.
            var pdf = Path.Combine(downloads.FullName, "ghg-reduction-plan-2023-zh.pdf");
            Assert.Equal((await t.Storage.Reports.GetBlobClient("plans/2023/ghg-reduction-plan-2023-zh.pdf").DownloadContentAsync()).Value.Content.ToArray(),
                await File.ReadAllBytesAsync(pdf));
            Assert.Equal(["CP", "GROUP", "LW", "NM", "YN"],
                Directory.GetFiles(downloads.FullName, "*-2023-iso14064-pack.zip").Select(f => Path.GetFileName(f).Split('-')[0]).Order(StringComparer.Ordinal));
        }
        finally
        {
            downloads.Delete(recursive: true);
        }

        var plan = await t.Storage.Reports.GetBlobClient("plans/2023/ghg-reduction-plan-2023-zh.pdf").DownloadContentAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(plan.Value.Content.ToArray(), 0, 4));
        foreach (var code in new[] { "CP", "LW", "YN", "NM", "GROUP" })
        {
            Assert.True(await t.Storage.Reports.GetBlobClient($"iso14064/2023/{code}-2023-iso14064-pack.zip").ExistsAsync(), code);
        }
        var zip = await t.Storage.Reports.GetBlobClient("iso14064/2023/CP-2023-iso14064-pack.zip").DownloadContentAsync();
        using (var archive = new System.IO.Compression.ZipArchive(zip.Value.Content.ToStream()))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "report-zh.pdf");
            Assert.Contains(archive.Entries, e => e.FullName == "report-en.pdf");
            Assert.Contains(archive.Entries, e => e.FullName == "manifest.json");
        }
        var notifications = await t.Storage.Queues.GetQueueClient("notifications").PeekMessagesAsync(10);
        Assert.NotEmpty(notifications.Value);
    }

    [Fact]
    public void Lock_WithoutVerifier_IsAUsageError()
    {
        var console = new TestConsole();

        Assert.Equal(GhgApp.UsageOrIo, GhgApp.Run(["lock", "CP", "2023", "--connection", fixture.Azurite.ConnectionString], console));
    }

    [Fact]
    public async Task LocalHttp_LockRoute_LocksAndUnlocksThePeriodAsTheSignedInHq()
    {
        const string key = "cli-storage-tests-signing-key";
        var names = StorageNames.Unique();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await using var app = LocalHttp.Build(LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = key }), "http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Urls.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            new DevelopmentTokens(key, TimeProvider.System).Issue(new Caller("Li Hua (HQ)", [Roles.Hq], [], []), TimeSpan.FromHours(1)));

        var planWithoutRegister = await http.PostAsync("/api/plans/2023", null);
        await t.UploadGroupAsync();
        // A register alone is not enough: a year without any subsidiary's data gets no plan.
        var planWithoutData = await http.PostAsync("/api/plans/2023", null);
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP-2023.xlsx");
        var plan = await http.PostAsync("/api/plans/2023", null);
        // The routes alone (no queue trigger here): the plan run is recorded and queued, not made (GenerationRunTests makes it).
        var run = await http.GetAsync(plan.Headers.Location);
        var locked = await http.PostAsync("/api/periods/YN/2023/lock?verifier=V&statement=S-9", null);
        var bad = await http.PostAsync("/api/periods/YN/2023/lock?verifier=V", null);
        var unlocked = await http.DeleteAsync("/api/periods/YN/2023/lock?reason=correction");
        await app.StopAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK), (locked.StatusCode, bad.StatusCode, unlocked.StatusCode));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Accepted), (planWithoutRegister.StatusCode, planWithoutData.StatusCode, plan.StatusCode));
        Assert.Contains("no subsidiary has data in force", await planWithoutData.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal("requested", System.Text.Json.JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.False((await t.Pointers.GetAsync("YN", "2023", default))!.Locked);
        var history = await t.Locks.HistoryAsync("YN", default);
        Assert.Equal([(AuditAction.Unlock, "Li Hua (HQ)"), (AuditAction.Lock, "Li Hua (HQ)")], history.Select(a => (a.Action, a.Actor)));
    }
}
