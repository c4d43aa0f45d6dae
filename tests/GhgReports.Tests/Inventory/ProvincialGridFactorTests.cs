using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.ReportingPack;
using GhgReports.Tests.Inventory.Calculation;
using GhgReports.Tests.ReportingPack;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory;

/// <summary>A provincial grid factor for the subsidiary's province and year that its electricity does not use is said, in plan and pack.</summary>
public sealed class ProvincialGridFactorTests
{
    private static SubsidiaryInventory Yunnan(int year, IFactorCatalog catalog)
    {
        var sample = year <= 2023 ? SeedSamples.ByCode("YN") : LaterYearSamples.For(year).Single(w => w.Entity.SubsidiaryCode == "YN");
        // The carbon-market factor is valid from 2023; a 2022 inventory uses the 2022 national average.
        var workbook = sample with
        {
            Entity = sample.Entity with { ReportingYear = year, PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31) },
            Sources = [.. sample.Sources.Select(l => year < 2023 && l.Category == 2 ? l with { FactorId = "cn-grid/2022/national-average" } : l)],
        };
        return new InventoryCalculator(catalog, Gwps).Calculate(workbook, Ar5);
    }

    /// <summary>The library with a 2024 Yunnan factor added as the next MEE/NBS release would add it (test value).</summary>
    private static TestFactorCatalog WithYunnan2024() => new("test",
        [.. Library.All, Library.Get("cn-grid/2022/province/yunnan") with
        {
            Id = "cn-grid/2024/province/yunnan",
            Description = new Bilingual("2024年云南省级电力平均二氧化碳排放因子", "Yunnan provincial average electricity CO2 emission factor 2024"),
            TonnesPerUnit = new Dictionary<string, decimal> { ["CO2"] = 0.1m },
            ValidFrom = 2024,
            ValidTo = 2024,
        }]);

    [Fact]
    public void Unused_Yunnan2022AtTheCarbonMarketFactor_NamesTheProvincialFactor()
    {
        var inventory = Yunnan(2022, Library);

        var unused = ProvincialGridFactors.Unused(Library, "云南 Yunnan", inventory);

        Assert.NotNull(unused);
        Assert.Equal("cn-grid/2022/province/yunnan", unused.Factor.Id);
        Assert.Equal(["cn-grid/2022/national-average"], unused.UsedFactorIds);
        Assert.StartsWith("YN: purchased electricity is calculated with cn-grid/2022/national-average, while the library holds the provincial grid factor cn-grid/2022/province/yunnan (0.1073 tCO2/MWh",
            unused.Text.En, StringComparison.Ordinal);
        Assert.Contains("ghg recalculate", unused.Text.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("山东 Shandong", 2022)]
    [InlineData("云南 Yunnan", 2023)]
    public void Unused_NoProvincialFactorForThatProvinceAndYear_IsNull(string province, int year)
    {
        Assert.Null(ProvincialGridFactors.Unused(Library, province, Yunnan(year, Library)));
    }

    [Fact]
    public void Unused_ProvincialFactorInUse_IsNull()
    {
        var inventory = Yunnan(2022, Library);
        var provincial = inventory with { Lines = [.. inventory.Lines.Select(l => l.Category == 2 ? l with { FactorId = "cn-grid/2022/province/yunnan" } : l)] };

        Assert.Null(ProvincialGridFactors.Unused(Library, "云南 Yunnan", provincial));
    }

    [Fact]
    public void Pack2024_YunnanWithAProvincialFactorForTheYear_WarnsAndThePlanListsIt()
    {
        var catalog = WithYunnan2024();
        var inventory = Yunnan(2024, catalog);
        var workbook = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "YN");
        var inputs = PackFixtures.Inputs(workbook) with { Inventory = inventory, Factors = catalog };

        var pack = PackModelBuilder.ForSubsidiary(inputs);

        Assert.Contains(pack.Warnings, w => w.En.Contains("provincial grid factor cn-grid/2024/province/yunnan (0.1 tCO2/MWh", StringComparison.Ordinal));
        var plan = PlanSamples.Seed(Language.En) with
        {
            Year = 2024,
            Factors = catalog,
            Subsidiaries = [.. PlanSamples.Seed(Language.En).Subsidiaries.Where(s => s.Registered.Code == "YN")
                .Select(s => new PlanSubsidiaryInput(s.Registered, new PlanSubsidiaryData(workbook, inventory, "YN-2024-0001")) { Earlier = [s.Current!.Inventory] })],
        };
        var paragraphs = PlanBuilder.Build(plan).Sections.SelectMany(s => s.Blocks).OfType<PlanParagraph>().Select(p => p.Text);
        Assert.Contains(paragraphs, p => p.Contains("provincial grid factor cn-grid/2024/province/yunnan", StringComparison.Ordinal));
    }

    [Fact]
    public void All_FactorAndGwpSources_LinkToTheirPublishersOwnSite()
    {
        string[] official = ["www.mee.gov.cn", "www.ndrc.gov.cn", "www.stats.gov.cn", "www.ipcc-nggip.iges.or.jp", "www.ipcc.ch"];

        var hosts = Library.All.Select(f => f.Source).Concat(Gwps.All.Select(g => g.Source))
            .Select(s => new Uri(s.Url!).Host).Distinct().ToList();

        Assert.All(hosts, h => Assert.Contains(h, official));
        Assert.Contains("www.mee.gov.cn", hosts);
    }
}
