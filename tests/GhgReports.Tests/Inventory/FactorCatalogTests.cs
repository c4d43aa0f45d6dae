using System.Text;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Reference;
using GhgReports.Inventory.Units;

namespace GhgReports.Tests.Inventory;

public sealed class FactorCatalogTests
{
    private static readonly string[] Regions = ["north", "northeast", "east", "central", "northwest", "south", "southwest"];

    private static readonly string[] Provinces =
        ["inner-mongolia", "yunnan", "hebei", "shanxi", "tianjin", "anhui", "fujian", "guangxi", "qinghai", "sichuan"];

    // Other code refers to these ids verbatim; renaming one is a breaking change.
    public static TheoryData<string> ExpectedIds()
    {
        var ids = new TheoryData<string>
        {
            "cn-grid/2022/national-carbon-market",
            "cn-grid/2021/national-average",
            "cn-grid/2022/national-average",
            "cn-grid/2023/national-average",
            "cn-fuel/natural-gas",
            "cn-fuel/diesel",
            "cn-fuel/gasoline",
            "cn-fuel/lpg",
            "cn-fuel/fuel-oil",
            "cn-fuel/raw-coal",
            "ipcc2006/stationary/natural-gas",
            "ipcc2006/stationary/diesel",
            "ipcc2006/stationary/gasoline",
            "ipcc2006/stationary/lpg",
            "ipcc2006/road/diesel",
            "ipcc2006/road/gasoline-uncontrolled",
            "ipcc2006/road/lpg",
            "ipcc2006/road/natural-gas",
        };
        foreach (var region in Regions)
        {
            ids.Add($"cn-grid/2022/region/{region}");
            ids.Add($"cn-grid/2023/region/{region}");
        }
        foreach (var province in Provinces)
        {
            ids.Add($"cn-grid/2022/province/{province}");
        }
        return ids;
    }

    private static readonly FactorCatalog Embedded = FactorCatalog.LoadEmbedded();

    [Fact]
    public void GetManifestResourceNames_ReferenceData_HasEveryJsonFileUnderTheProjectPrefix()
    {
        var names = typeof(FactorCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("GhgReports.ReferenceData.", StringComparison.Ordinal))
            .Select(n => n["GhgReports.ReferenceData.".Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            ["factors/cn-fuel.json", "factors/cn-grid.json", "factors/ipcc-2006.json", "gwp/ar4.json", "gwp/ar5.json", "gwp/ar6.json", "pathways/seed-fitted.json"],
            names);
    }

    [Theory]
    [MemberData(nameof(ExpectedIds))]
    public void TryGet_ExpectedId_Resolves(string id)
    {
        Assert.True(Embedded.TryGet(id, out var factor));
        Assert.Equal(id, factor.Id);
    }

    [Fact]
    public void LoadEmbedded_AllFactors_EveryIdResolvesAndCountMatchesExpectedIds()
    {
        Assert.All(Embedded.All, f => Assert.True(Embedded.TryGet(f.Id, out _)));
        Assert.Equal(ExpectedIds().Count, Embedded.All.Count);
    }

    [Fact]
    public void Version_Embedded_NamesEverySetWithItsVersion()
    {
        Assert.Equal(["cn-fuel", "cn-grid", "ipcc2006"], Embedded.Sets.Select(s => s.Id));
        Assert.Equal(string.Join(";", Embedded.Sets.Select(s => $"{s.Id}@{s.Version}")), Embedded.Version);
    }

    [Fact]
    public void All_GridFactors_AreCo2PerMWhWithRegionAndSourceUrl()
    {
        var grid = Embedded.All.Where(f => f.Id.StartsWith("cn-grid/", StringComparison.Ordinal)).ToList();

        Assert.Equal(4 + 7 + 7 + 10, grid.Count);
        Assert.All(grid, f =>
        {
            Assert.Equal("grid-electricity", f.Kind);
            Assert.Same(Unit.MWh, f.ActivityUnit);
            Assert.Equal(["CO2"], f.TonnesPerUnit.Keys);
            Assert.False(string.IsNullOrEmpty(f.Region));
            Assert.NotNull(f.Source.Url);
        });
    }

    [Fact]
    public void Get_NationalCarbonMarket2022_Is0_5703()
    {
        var factor = Embedded.Get("cn-grid/2022/national-carbon-market");

        // The 2022 factor the MEE notice sets for carbon-market reporting of 2023–2025.
        Assert.Equal(0.5703m, factor.TonnesPerUnit["CO2"]);
        Assert.Equal((2023, 2025), (factor.ValidFrom, factor.ValidTo));
    }

    [Fact]
    public void Get_Yunnan2022_Is0_1073()
    {
        var factor = Embedded.Get("cn-grid/2022/province/yunnan");

        Assert.Equal(0.1073m, factor.TonnesPerUnit["CO2"]);
        Assert.Equal("CN-YN", factor.Region);
    }

    [Fact]
    public void Get_Diesel_Is3_096PerTonneWithDensity0_86()
    {
        var factor = Embedded.Get("cn-fuel/diesel");

        // 42.652 GJ/t x 20.2 tC/TJ / 1000 x 0.98 x 44/12 = 3.0959 t CO2/t -> 3.096
        Assert.Equal(3.096m, factor.TonnesPerUnit["CO2"]);
        Assert.Same(Unit.Tonne, factor.ActivityUnit);
        Assert.Equal(0.86m, factor.DensityTonnesPerCubicMetre);
    }

    [Fact]
    public void Get_NaturalGas_MatchesNcvTimesCarbonContentTimesOxidation()
    {
        var factor = Embedded.Get("cn-fuel/natural-gas");

        // 389.31 GJ/10^4 m3 = 0.038931 GJ/m3; 0.038931 x 15.3 tC/TJ / 1000 = 0.0005956443 tC/m3;
        // x 0.99 = 0.000589687857; x 44/12 = 0.002162189 t CO2/m3, stored rounded as 0.002162.
        Assert.Equal(0.002162m, factor.TonnesPerUnit["CO2"]);
        Assert.Equal(0.002162189m, Math.Round(factor.Combustion!.TonnesCo2PerUnit, 9));
        Assert.Same(Unit.CubicMetre, factor.ActivityUnit);
    }

    [Fact]
    public void Get_Ipcc2006Diesel_HasThreeGasesPerTJ()
    {
        var factor = Embedded.Get("ipcc2006/stationary/diesel");

        Assert.Same(Unit.TJ, factor.ActivityUnit);
        Assert.Equal(74.1m, factor.TonnesPerUnit["CO2"]);
        Assert.Equal(0.003m, factor.TonnesPerUnit["CH4"]);
        Assert.Equal(0.0006m, factor.TonnesPerUnit["N2O"]);
    }

    [Fact]
    public void Get_Ipcc2006RoadDiesel_HasTable321Co2AndTable322MethaneAndNitrousOxide()
    {
        var factor = Embedded.Get("ipcc2006/road/diesel");

        // 74,100 kg CO2/TJ; 3.9 kg CH4/TJ; 3.9 kg N2O/TJ → t per TJ.
        Assert.Same(Unit.TJ, factor.ActivityUnit);
        Assert.Equal(74.1m, factor.TonnesPerUnit["CO2"]);
        Assert.Equal(0.0039m, factor.TonnesPerUnit["CH4"]);
        Assert.Equal(0.0039m, factor.TonnesPerUnit["N2O"]);
        Assert.Contains("Chapter 3", factor.Source.Title, StringComparison.Ordinal);
        // Activity in GJ converts; litres would need a calorific value, which is never guessed.
        Assert.True(factor.Accepts(Unit.GJ, out _));
        Assert.False(factor.Accepts(Unit.Litre, out var reason));
        Assert.Equal("needs a calorific value", reason!.En);
    }

    [Fact]
    public void Accepts_DieselFactorWithLitres_IsTrueThroughDensity()
    {
        var diesel = Embedded.Get("cn-fuel/diesel");

        Assert.True(diesel.Accepts(Unit.Litre, out var reason));
        Assert.Null(reason);
    }

    [Fact]
    public void Accepts_NaturalGasFactorWithMWh_IsFalseNeedsCalorificValue()
    {
        var gas = Embedded.Get("cn-fuel/natural-gas");

        Assert.False(gas.Accepts(Unit.MWh, out var reason));
        Assert.Equal("needs a calorific value", reason!.En);
        Assert.Equal("需要热值", reason.Zh);
    }

    [Fact]
    public void Accepts_GasolineFactorWithLitres_IsFalseNeedsDensity()
    {
        var gasoline = Embedded.Get("cn-fuel/gasoline");

        Assert.False(gasoline.Accepts(Unit.Litre, out var reason));
        Assert.Equal("needs a density", reason!.En);
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => Embedded.Get("cn-grid/1999/national-average"));
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_ThrowsNamingIdAndFile()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(
            ("a.json", FactorFile("test", Factor("test/x"))),
            ("b.json", FactorFile("test-b", Factor("test-b/y"), Factor("test-b/y")))));

        Assert.Equal("b.json", error.File);
        Assert.Equal("test-b/y", error.EntryId);
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownUnit_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("test/x", unit: "furlong")))));

        Assert.Equal("test/x", error.EntryId);
        Assert.Contains("furlong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativeValue_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("test/x", gases: """{"CO2": -0.5}""")))));

        Assert.Equal("test/x", error.EntryId);
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingSource_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("test/x", source: null)))));

        Assert.Equal("test/x", error.EntryId);
        Assert.Contains("'test/x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SourceKeyNotDefined_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("test/x", source: "nowhere")))));

        Assert.Equal("test/x", error.EntryId);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFromAfterValidTo_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("test/x", validFrom: 2024, validTo: 2022)))));

        Assert.Equal("test/x", error.EntryId);
    }

    [Fact]
    public void Load_ValueDisagreesWithCombustionParameters_ThrowsNamingId()
    {
        // 42.652 x 20.2 / 1000 x 0.98 x 44/12 = 3.096, so 3.69 (a transposition typo) must be caught.
        const string combustion = """, "combustion": {"netCalorificValueGJPerUnit": 42.652, "carbonContentTonnesCarbonPerTJ": 20.2, "oxidationFraction": 0.98}""";
        var error = Assert.Throws<ReferenceDataException>(() => Load(
            ("bad.json", FactorFile("test", Factor("test/diesel", unit: "t", gases: """{"CO2": 3.69}""", extra: combustion)))));

        Assert.Equal("test/diesel", error.EntryId);
    }

    [Fact]
    public void Load_MisspelledProperty_ThrowsNamingFile()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(
            ("bad.json", FactorFile("test", Factor("test/x", extra: """, "validTill": 2030""")))));

        Assert.Equal("bad.json", error.File);
        Assert.Contains("validTill", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GasListedTwice_ThrowsInsteadOfKeepingTheLastValue()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(
            ("bad.json", FactorFile("test", Factor("test/x", gases: """{"CO2": 0.5, "CO2": 0.05}""")))));

        Assert.Equal("bad.json", error.File);
    }

    [Fact]
    public void Load_IdOutsideItsSet_ThrowsNamingId()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(("bad.json", FactorFile("test", Factor("other/x")))));

        Assert.Equal("other/x", error.EntryId);
    }

    [Fact]
    public void Load_ValidFile_BuildsFactorWithSetVersion()
    {
        var catalog = Load(("ok.json", FactorFile("test", Factor("test/x"))));

        Assert.Equal("test@1", catalog.Version);
        Assert.Equal("1", catalog.Get("test/x").SetVersion);
        Assert.Equal("Publisher", catalog.Get("test/x").Source.Publisher);
    }

    private static FactorCatalog Load(params (string Name, string Json)[] files) =>
        FactorCatalog.Load(files.Select(f => (f.Name, (Stream)new MemoryStream(Encoding.UTF8.GetBytes(f.Json)))).ToList());

    private static string FactorFile(string setId, params string[] factors) => $$"""
        {
          "setId": "{{setId}}",
          "setVersion": "1",
          "title": {"zh": "测试", "en": "Test"},
          "sources": {"src": {"publisher": "Publisher", "title": "Title", "url": "https://example.org/", "published": "2024-01-31" } },
          "factors": [{{string.Join(",", factors)}}]
        }
        """;

    private static string Factor(
        string id, string unit = "MWh", string gases = """{"CO2": 0.5}""", string? source = "src",
        int validFrom = 2022, int? validTo = 2022, string extra = "")
    {
        var sourceJson = source is null ? "" : $$""", "source": "{{source}}" """;
        var validToJson = validTo is null ? "null" : validTo.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $$"""
            {"id": "{{id}}", "description": {"zh": "测试", "en": "Test"}, "kind": "grid-electricity", "activityUnit": "{{unit}}",
             "gases": {{gases}}, "validFrom": {{validFrom}}, "validTo": {{validToJson}}{{sourceJson}}{{extra}} }
            """;
    }
}
