using GhgReports.Cli;
using GhgReports.Intake.Samples;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>`ghg status` says each state in Chinese and English, as its headers are, never in the stored spelling alone.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliStatusWordsTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Status_SubmissionsAndRunsOf2024_ReadInBothLanguages()
    {
        var names = StorageNames.Unique("words");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        var cp = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP");
        await t.ProcessAsync(TestStorage.Workbook(cp), "CP/CP-2024-first.xlsx", DateTimeOffset.UtcNow.AddMinutes(-2));
        // A second upload for the same year wins: the first is superseded.
        await t.ProcessAsync(TestStorage.Workbook(cp with { Entity = cp.Entity with { Contact = "energy@cp.example.com" } }), "CP/CP-2024-second.xlsx",
            DateTimeOffset.UtcNow.AddMinutes(-1));
        // A factor the library does not have: rejected.
        var lw = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "LW");
        var badLine = lw.Sources.First(l => l.FactorId is not null);
        var rejected = await t.ProcessAsync(TestStorage.Workbook(lw with { Sources = [.. lw.Sources.Select(l => l == badLine ? l with { FactorId = "cn-fuel/no-such-fuel" } : l)] }),
            "LW/LW-2024.xlsx");
        Assert.Equal(SubmissionStatus.Rejected, rejected.Status);
        var runs = new RunRecords(t.Storage, TimeProvider.System);
        await runs.CreateAsync(RunKind.Packs, 2024, null, "hq@example.com", scheduled: false, ["CP"], default);
        await runs.CreateAsync(RunKind.Plan, 2024, null, "hq@example.com", scheduled: false, [], default);
        var console = new TestConsole().Width(320);

        var exit = GhgApp.Run(["status", "--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix], console);

        Assert.Equal(GhgApp.Ok, exit);
        var lines = console.Output.Split('\n');
        Assert.Contains("已通过 Accepted", Assert.Single(lines, l => l.Contains("CP-2024-second.xlsx", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("已被取代 Superseded", Assert.Single(lines, l => l.Contains("CP-2024-first.xlsx", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("已退回 Rejected", Assert.Single(lines, l => l.Contains("LW-2024.xlsx", StringComparison.Ordinal)), StringComparison.Ordinal);
        var packRun = Assert.Single(lines, l => l.Contains("ISO 14064-1 报告包 ISO 14064-1 packs", StringComparison.Ordinal));
        Assert.Contains("已请求 Requested", packRun, StringComparison.Ordinal);
        Assert.Contains("0 / 1", packRun, StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains("减排计划 Reduction plan", StringComparison.Ordinal) && l.Contains("已请求 Requested", StringComparison.Ordinal));
        // No cell holds a stored word alone.
        foreach (var stored in new[] { "accepted", "superseded", "rejected", "requested", "packs", "plan" })
        {
            Assert.DoesNotMatch($@"│\s*{stored}\s*│", console.Output);
        }
    }
}
