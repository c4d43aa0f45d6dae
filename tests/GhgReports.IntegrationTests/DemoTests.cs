using GhgReports.Cli;
using GhgReports.Cli.Local;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>The README's main job, in process: Azurite, the runner's real blob trigger, the samples, the outputs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("ghg-demo-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task DemoRun_SamplesThroughTheRunner_AllAcceptedWithThePlansFigures()
    {
        var run = new DemoRun(fixture.Azurite.ConnectionString, StorageNames.Unique(), _out, _ => { });

        var outcome = await run.RunAsync(CancellationToken.None);

        Assert.Equal(["_group", "CP", "LW", "YN", "NM"], outcome.Results.Select(r => r.Subsidiary));
        Assert.All(outcome.Results, r => Assert.Equal(SubmissionStatus.Accepted, r.Status));
        var cp = outcome.Results.Single(r => r.Subsidiary == "CP").Figures!;
        Assert.Equal([11_678m, 60_579m, 6_630m, 2_417_620m], Enumerable.Range(1, 4).Select(c => Math.Round(cp.CategoryTotalsTco2e[c])));
        Assert.Contains(outcome.Files, f => f.EndsWith(Path.Combine("results", "NM", "NM-2023.xlsx.report.html"), StringComparison.Ordinal));
        Assert.Equal("ghg demo", outcome.Results.Single(r => r.Subsidiary == "NM").Uploader);
    }

    [Fact]
    public void DemoCommand_WithConnection_ExitsZeroAndPrintsTheSummary()
    {
        var console = new TestConsole().Width(200);

        var exit = GhgApp.Run(["demo", "--out", _out, "--connection", fixture.Azurite.ConnectionString], console);

        Assert.Equal(GhgApp.Ok, exit);
        Assert.Contains("2,417,620", console.Output);
        Assert.Contains("0.436", console.Output);
        Assert.True(File.Exists(Path.Combine(_out, "ghg-template.xlsx")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(_out, "samples"), "*.xlsx").Length);
    }

    [Fact]
    public void DemoCommand_ThroughTheSecondYear_PlansBothYearsAndPacksTheSecond()
    {
        var console = new TestConsole().Width(200);

        var exit = GhgApp.Run(["demo", "--out", _out, "--connection", fixture.Azurite.ConnectionString, "--through", "2024"], console);

        Assert.Equal(GhgApp.Ok, exit);
        // CP 2024 (synthetic): 4 % less energy for 3 % more output, 0.436 → 0.406 tCO2e/t.
        Assert.Matches(@"CP 2024\s*│\s*accepted.*0\.406", console.Output);
        foreach (var year in new[] { 2023, 2024 })
        {
            Assert.True(File.Exists(Path.Combine(_out, "reports", "plans", $"{year}", $"ghg-reduction-plan-{year}-en.pdf")), $"plan {year}");
        }
        Assert.True(File.Exists(Path.Combine(_out, "reports", "iso14064", "2024", "GROUP-2024-iso14064-pack.zip")));
        Assert.Equal(9, Directory.GetFiles(Path.Combine(_out, "samples"), "*.xlsx").Length);
    }
}
