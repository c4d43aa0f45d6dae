using System.Globalization;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using Xunit.Abstractions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class ConsolidationTests(ITestOutputHelper output)
{
    private static SubsidiaryInventory Inventory(string code, decimal cat1, decimal cat2, decimal cat4, decimal output, decimal purchased, decimal intraGroup,
        DateOnly? start = null, DateOnly? end = null) =>
        LibraryCalculator().Calculate(Workbook(Entity(code, start, end, output, purchased, intraGroup),
            Reported(3, 1, "1.1", cat1),
            Reported(4, 2, "2.1", cat2),
            Reported(5, 4, "4.1", cat4, scope3: 1)), Ar5);

    private static GroupInventory HandBuiltGroup() => GroupConsolidator.Consolidate(
        [
            (Inventory("A", 100m, 200m, 1_000m, output: 1_000m, purchased: 100m, intraGroup: 20m), 1m),
            (Inventory("B", 50m, 50m, 400m, output: 400m, purchased: 50m, intraGroup: 10m, new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31)), 0.5m),
            (Inventory("C", 999m, 999m, 999m, output: 1m, purchased: 1m, intraGroup: 0m), 0m),
        ],
        "equity share", 2023);

    [Fact]
    public void Consolidate_Shares_WeighEachMembersCategories()
    {
        var group = HandBuiltGroup();

        // Category 1: A 100 × 1 + B 50 × 0.5 = 125; C has share 0
        Assert.Equal(125m, group.CategoryEmissions(1, Scope2Method.LocationBased));
        // Category 2: 200 × 1 + 50 × 0.5 = 225
        Assert.Equal(225m, group.CategoryEmissions(2, Scope2Method.MarketBased));
        // Scope 1+2 = 350; output 1,000 × 1 + 400 × 0.5 = 1,200 t, less intra-group tonnes 20 × 1 + 10 × 0.5 = 25 t
        // (counted once, as the seller's output); blended intensity 350 ÷ 1,175 = 0.297872…
        Assert.Equal(350m, group.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(1_200m, group.OutputTonnes);
        Assert.Equal(1_175m, group.BlendedOutputTonnes);
        Assert.Equal(0.2979m, Math.Round(group.Scope12Intensity(Scope2Method.LocationBased)!.Value, 4));
    }

    [Fact]
    public void Consolidate_IntraGroupPurchases_AreEliminatedFromCategoryFourAtTheBuyersIntensity()
    {
        var group = HandBuiltGroup();

        // A: 20 t × (1,000 ÷ 100 = 10 tCO2e/t) × 1 = 200; B: 10 t × (400 ÷ 50 = 8) × 0.5 = 40
        // Category 4 = 1,000 × 1 + 400 × 0.5 − 200 − 40 = 960
        Assert.Equal(960m, group.CategoryEmissions(4, Scope2Method.LocationBased));
        Assert.Equal(240m, group.Categories.Single(c => c.Category == 4).EliminatedTco2e);
        Assert.Equal([200m, 40m], group.Eliminations.Select(e => e.EliminatedTco2e));
        Assert.Equal(0m, group.Categories.Single(c => c.Category == 1).EliminatedTco2e);
        Assert.StartsWith("集团内采购铝 20 t", group.Eliminations[0].Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Consolidate_MemberWithZeroShare_IsListedAsExcluded()
    {
        var group = HandBuiltGroup();

        Assert.Equal(["A", "B"], group.Included.Select(m => m.SubsidiaryCode));
        var excluded = Assert.Single(group.Excluded);
        Assert.Equal("C", excluded.SubsidiaryCode);
        Assert.Equal("Share under equity share is 0; not consolidated", excluded.ExclusionReason!.En);
    }

    [Fact]
    public void Consolidate_NonCalendarPeriod_WarnsNamingTheSubsidiaryAndItsDates()
    {
        var group = HandBuiltGroup();

        var warning = Assert.IsType<PeriodAlignmentWarning>(group.PeriodWarning);
        var member = Assert.Single(warning.Subsidiaries);
        Assert.Equal("B", member.SubsidiaryCode);
        Assert.Contains("测试子公司 B (B) 2023-09-01..2024-08-31", warning.Text.Zh, StringComparison.Ordinal);
        Assert.StartsWith("These subsidiaries do not report the calendar year 2023", warning.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Consolidate_AllCalendarYear_HasNoPeriodWarning()
    {
        var group = GroupConsolidator.Consolidate([(Inventory("A", 1m, 1m, 1m, 1m, 1m, 0m), 1m)], "operational control", 2023);

        Assert.Null(group.PeriodWarning);
    }

    [Fact]
    public void Consolidate_DifferentGwpSets_Refuses()
    {
        var ar6 = LibraryCalculator().Calculate(Workbook(Entity("B"), Reported(3, 1, "1.1", 1m)), Ar6);

        Assert.Throws<InvalidOperationException>(() =>
            GroupConsolidator.Consolidate([(Inventory("A", 1m, 1m, 1m, 1m, 1m, 0m), 1m), (ar6, 1m)], "operational control", 2023));
    }

    [Fact]
    public void Consolidate_ShareAboveOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GroupConsolidator.Consolidate([(Inventory("A", 1m, 1m, 1m, 1m, 1m, 0m), 1.2m)], "equity share", 2023));
    }

    /// <summary>
    /// The group figure for the plan's four subsidiaries: each sample calculated with AR5 and the grid average as the
    /// residual proxy, consolidated under operational control (every share 1, as all four are the group's own
    /// operations), no intra-group purchases declared. NM's Sep 2023 – Aug 2024 period is consolidated with a warning.
    /// </summary>
    [Fact]
    public void Consolidate_SeedSamples_GivesGroupFigureWithNmPeriodWarning()
    {
        var inventories = SeedSamples.All.Select(w => (LibraryCalculator().Calculate(w, Ar5), 1m)).ToList();

        var group = GroupConsolidator.Consolidate(inventories, "operational control", 2023);

        decimal Rounded(int category) => Math.Round(group.CategoryEmissions(category, Scope2Method.LocationBased), 0, MidpointRounding.AwayFromZero);
        foreach (var category in group.Categories)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"category {category.Category}: {category.LocationBasedTco2e:#,##0.###} location, {category.MarketBasedTco2e:#,##0.###} market"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scope 1+2 {group.TotalScope12(Scope2Method.LocationBased):#,##0.###}; output {group.OutputTonnes:#,##0}; intensity {group.Scope12Intensity(Scope2Method.LocationBased):0.#####}"));
        output.WriteLine(group.PeriodWarning!.Text.ToString());

        // Category 1: 11,678 + 330 + (16,510.6211 + 186.3792) + (14,805.6160 + 399.384) = 43,910.0003 → 43,910 (the plan's 11,678 + 330 + 16,697 + 15,205)
        Assert.Equal(43_910m, Rounded(1));
        // Category 2: (106,223 + 15,958 + 15,455 + 54,833) MWh = 192,469 MWh × 0.5703 = 109,765.0707 → 109,765
        Assert.Equal(109_765m, Rounded(2));
        // Category 3: 6,630 + 266 + 4,444 + 7,607 = 18,947 (all reported)
        Assert.Equal(18_947m, Rounded(3));
        // Category 4: 2,417,620 + 85,419 + 3,409,015 + 9,093,705 = 15,005,759 (all reported; no intra-group tonnes declared)
        Assert.Equal(15_005_759m, Rounded(4));
        // Scope 1+2 = 43,910.0003 + 109,765.0707 = 153,675.071 → 153,675; output 165,700 + 2,916 + 81,770 + 585,000 = 835,386 t
        // Intensity 153,675.071 ÷ 835,386 = 0.18396 → 0.184
        Assert.Equal(153_675m, Math.Round(group.TotalScope12(Scope2Method.LocationBased), 0, MidpointRounding.AwayFromZero));
        Assert.Equal(835_386m, group.OutputTonnes);
        Assert.Equal(0.184m, Math.Round(group.Scope12Intensity(Scope2Method.LocationBased)!.Value, 3, MidpointRounding.AwayFromZero));
        Assert.Empty(group.Eliminations);
        var warning = Assert.IsType<PeriodAlignmentWarning>(group.PeriodWarning);
        Assert.Equal("NM", Assert.Single(warning.Subsidiaries).SubsidiaryCode);
        Assert.Contains("内蒙古创新新材料有限公司 (NM) 2023-09-01..2024-08-31", warning.Text.Zh, StringComparison.Ordinal);
    }
}
