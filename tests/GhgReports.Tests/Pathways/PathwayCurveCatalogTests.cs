using System.Text;
using GhgReports.Inventory.Reference;
using GhgReports.Pathways;

namespace GhgReports.Tests.Pathways;

public sealed class PathwayCurveCatalogTests
{
    private const string Valid = """
        {
          "setId": "test", "setVersion": "1", "provisional": true,
          "title": { "zh": "测试", "en": "test" },
          "provenance": { "zh": "测试", "en": "test" },
          "source": { "publisher": "p", "title": "t" },
          "curves": [
            { "id": "c/process", "pathway": "process", "unit": "tCO2e/t", "baseYear": 2023, "convergenceYear": 2050, "convergenceIntensity": 0.2,
              "points": [ { "year": 2030, "p": 0.5 }, { "year": 2050, "p": 0 } ] },
            { "id": "c/purchase", "pathway": "purchased-aluminium", "unit": "tCO2e/t", "baseYear": 2023, "convergenceYear": 2050, "convergenceIntensity": 0.8,
              "points": [ { "year": 2050, "p": 0 } ] }
          ],
          "stages": [ { "stage": "casting", "process": "c/process", "purchasedAluminium": "c/purchase" } ]
        }
        """;

    private static PathwayCurveCatalog Load(string json) =>
        PathwayCurveCatalog.Load([("pathways/test.json", new MemoryStream(Encoding.UTF8.GetBytes(json)))]);

    [Fact]
    public void LoadEmbedded_SeedFittedSet_IsProvisionalAndCoversEveryStage()
    {
        var set = SeedPlanFixtures.SeedCurves;

        Assert.True(set.Provisional);
        Assert.Contains("ASI", set.Provenance.En, StringComparison.Ordinal);
        Assert.Equal(["casting", "material-conversion", "primary", "remelting", "semi-fabrication"], set.Stages.Keys.Order(StringComparer.Ordinal));
        Assert.All(set.Stages.Values, s =>
        {
            Assert.Equal("seed-fitted/process", s.Process.Id);
            Assert.Equal("seed-fitted/purchased-aluminium", s.PurchasedAluminium.Id);
        });
        Assert.Equal("seed-fitted@2026.1", SeedPlanFixtures.Curves.Version);
    }

    [Fact]
    public void LoadEmbedded_ProcessCurve_HasTheFittedValues()
    {
        var curve = SeedPlanFixtures.SeedCurves.CurveFor("casting", PathwayKind.Process);

        Assert.Equal(0.228m, curve.ConvergenceIntensity);
        Assert.Equal([0.940m, 0.878m, 0.816m, 0.754m, 0.574m, 0m], curve.Points.Select(p => p.P));
        Assert.Equal([2024, 2025, 2026, 2027, 2030, 2050], curve.Points.Select(p => p.Year));
    }

    [Fact]
    public void Load_ValidFile_Loads()
    {
        var set = Load(Valid).Get("test");

        // Between 2023 (p = 1) and 2030 (p = 0.5): 2025 is 2/7 of the way, 1 − 0.5 × 2/7 = 0.857142…
        Assert.Equal(1m - 0.5m * 2m / 7m, set.CurveFor("casting", PathwayKind.Process).IndexAt(2025, out var origin), 10);
        Assert.Equal(PathwayPointOrigin.Interpolated, origin);
    }

    [Fact]
    public void Load_StageNamingUnknownCurve_ThrowsNamingFileAndStage()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace("\"process\": \"c/process\"", "\"process\": \"c/nothing\"", StringComparison.Ordinal)));

        Assert.Equal("pathways/test.json", e.File);
        Assert.Equal("stage 'casting'", e.EntryId);
        Assert.Contains("c/nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StageGivenCurveOfOtherKind_Throws()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace("\"purchasedAluminium\": \"c/purchase\"", "\"purchasedAluminium\": \"c/process\"", StringComparison.Ordinal)));

        Assert.Equal("stage 'casting'", e.EntryId);
    }

    [Fact]
    public void Load_UnknownStage_Throws()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace("\"stage\": \"casting\"", "\"stage\": \"smelting\"", StringComparison.Ordinal)));

        Assert.Equal("stage 'smelting'", e.EntryId);
    }

    [Theory]
    [InlineData("{ \"year\": 2030, \"p\": 0.5 }", "{ \"year\": 2030, \"p\": 1.2 }")]
    [InlineData("{ \"year\": 2050, \"p\": 0 } ] },\n    { \"id\": \"c/purchase\"", "{ \"year\": 2050, \"p\": 0.1 } ] },\n    { \"id\": \"c/purchase\"")]
    [InlineData("{ \"year\": 2030, \"p\": 0.5 }", "{ \"year\": 2020, \"p\": 0.5 }")]
    public void Load_BadPoints_ThrowsNamingCurve(string from, string to)
    {
        var json = Valid;
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);

        var e = Assert.Throws<ReferenceDataException>(() => Load(broken));

        Assert.Equal("pathways/test.json", e.File);
        Assert.Equal("curve 'c/process'", e.EntryId);
    }

    [Fact]
    public void Load_UnknownProperty_Throws()
    {
        Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace("\"provisional\": true", "\"provisional\": true, \"extra\": 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_MissingProvisionalFlag_Throws()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace("\"provisional\": true,", "", StringComparison.Ordinal)));

        Assert.Contains("provisional", e.Message, StringComparison.Ordinal);
    }
}
