using System.Net;
using System.Text.Json;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The charts' data in the later year 2024 on the local runner against Azurite: each subsidiary's intensity against its
/// pathway on the HQ home (GET /api/tracker/{year}), and management's view (GET /api/management/{year}): the year's plan
/// versions with what changed, the group's figures, and the group's intensity against the derived group pathway.
/// </summary>
public sealed class WebManagementTests(AzuriteFixture fixture) : WebRouteTest(fixture, "webmg")
{
    protected override async Task SeedAsync()
    {
        await Storage.UploadGroupAsync();
        foreach (var sample in SeedSamples.All)
        {
            await Storage.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2023.xlsx");
        }
        foreach (var sample in LaterYearSamples.For(2024).Where(w => w.Entity.SubsidiaryCode is "CP" or "LW"))
        {
            await Storage.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2024.xlsx");
        }
    }

    private static (int Year, decimal Value)[] Values(JsonElement series) =>
        [.. series.EnumerateArray().Select(v => (v.GetProperty("year").GetInt32(), v.GetProperty("value").GetDecimal()))];

    [Fact]
    public async Task Tracker2024_EachSubsidiaryHasItsIntensityAgainstItsPathwayFromTheBaseYear()
    {
        var trajectories = (await JsonAsync("/api/tracker/2024", Hq)).GetProperty("trajectories").EnumerateArray()
            .ToDictionary(t => t.GetProperty("code").GetString()!);

        Assert.Equal(["CP", "LW", "YN", "NM"], trajectories.Keys);
        var cp = trajectories["CP"];
        var actual = Values(cp.GetProperty("actual"));
        var pathway = Values(cp.GetProperty("pathway"));
        Assert.Equal([2023, 2024], actual.Select(a => a.Year));
        // The synthetic 2024 sample uses 4 % less energy for 3 % more output: its intensity falls.
        Assert.True(actual[1].Value < actual[0].Value);
        Assert.Equal(2023, cp.GetProperty("baseYear").GetInt32());
        Assert.Equal(Enumerable.Range(2023, 8), pathway.Select(p => p.Year));
        // The pathway starts at the base year's own intensity and never rises above it.
        Assert.Equal(actual[0].Value, pathway[0].Value);
        Assert.All(pathway, p => Assert.True(p.Value <= pathway[0].Value));
        // YN has only 2023 in force: one point, and its pathway all the same.
        Assert.Equal([2023], Values(trajectories["YN"].GetProperty("actual")).Select(a => a.Year));
        Assert.NotEmpty(Values(trajectories["YN"].GetProperty("pathway")));
        Assert.Equal(JsonValueKind.Null, trajectories["YN"].GetProperty("noPathway").ValueKind);
    }

    [Fact]
    public async Task Management2024_PlanVersionsKpisAndTheGroupAgainstTheDerivedPathway()
    {
        var plans = App.Services.GetRequiredService<PlanGenerator>();
        await plans.GenerateAsync(2024, [Language.Zh, Language.En], default);
        // YN's 2024 arrives later: the plan made again is version 2, which Names what changed.
        await Storage.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "YN")), "YN/2024.xlsx");
        await plans.GenerateAsync(2024, [Language.Zh, Language.En], default);

        var view = await JsonAsync("/api/management/2024", Management);

        var versions = view.GetProperty("planVersions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["en", "zh"], versions[0].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains(versions[0].GetProperty("changes").EnumerateArray(), c => c.GetProperty("en").GetString()!.Contains("YN", StringComparison.Ordinal));
        Assert.Empty(versions[1].GetProperty("changes").EnumerateArray());
        var kpis = view.GetProperty("kpis");
        Assert.Equal(["CP", "LW", "YN"], kpis.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        // The trend's last point is the year's group intensity, the figure the HQ home and the plan print.
        var trend = Values(view.GetProperty("groupIntensity"));
        Assert.Equal([2023, 2024], trend.Select(p => p.Year));
        Assert.Equal(Math.Round(kpis.GetProperty("intensity").GetDecimal(), 4), trend[1].Value);
        // The derived pathway weights the members with data this year; at 2024 it lies between theirs.
        Assert.Equal(["CP", "LW", "YN"], view.GetProperty("pathwayMembers").EnumerateArray().Select(m => m.GetString()));
        var derived = Values(view.GetProperty("derivedPathway"));
        Assert.Equal(2030, derived[^1].Year);
        var memberPathways = (await JsonAsync("/api/tracker/2024", Hq)).GetProperty("trajectories").EnumerateArray()
            .Where(t => t.GetProperty("code").GetString() is "CP" or "LW" or "YN")
            .Select(t => Values(t.GetProperty("pathway")).Single(p => p.Year == 2024).Value).ToList();
        var at2024 = derived.Single(p => p.Year == 2024).Value;
        Assert.InRange(at2024, memberPathways.Min(), memberPathways.Max());
    }

    [Fact]
    public async Task Management_OnlyManagementAndHq()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/management/2024", Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/management/2024", OfficerCp)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/management/2024", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/management/1800", Management)).StatusCode);
    }
}
