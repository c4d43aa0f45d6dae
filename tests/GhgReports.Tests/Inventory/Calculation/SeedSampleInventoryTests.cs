using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

/// <summary>The four sample workbooks, calculated, must give back the group plan's inventory table and intensities.</summary>
public sealed class SeedSampleInventoryTests
{
    public static TheoryData<string> Codes() => ["CP", "LW", "YN", "NM"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Calculate_SeedSample_ReproducesPlanCategoriesOneToFourInWholeTonnes(string code)
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode(code), Ar5);

        var expected = SeedSamples.PlanCategoryTotals[code];
        var actual = Enumerable.Range(1, 4)
            .Select(c => Math.Round(inventory.CategoryEmissions(c, Scope2Method.LocationBased), 0, MidpointRounding.AwayFromZero))
            .ToArray();
        Assert.Equal(expected, actual);
        Assert.Empty(inventory.DeclaredTotalDifferences);
    }

    [Theory]
    // CP: (11,678 + 106,223 MWh × 0.5703 = 60,578.9769) ÷ 165,700 t = 0.43607 → 0.436
    [InlineData("CP", 3, 0.436)]
    // LW: (330 + 15,958 × 0.5703 = 9,100.8474) ÷ 2,916 t = 3.23418 → 3.234
    [InlineData("LW", 3, 3.234)]
    // YN: (7,636,735 m³ × 0.002162 = 16,510.6211 + 70 m³ × 0.86 × 3.096 = 186.3792 + 15,455 × 0.5703 = 8,813.9865) ÷ 81,770 = 0.31199 → 0.312
    [InlineData("YN", 3, 0.312)]
    // NM: (6,848,111 × 0.002162 = 14,805.6160 + 150 × 0.86 × 3.096 = 399.384 + 54,833 × 0.5703 = 31,271.2599) ÷ 585,000 = 0.07945 → 0.08
    [InlineData("NM", 2, 0.08)]
    public void Calculate_SeedSample_ReproducesPlanScope12Intensity(string code, int decimals, decimal expected)
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode(code), Ar5);

        var intensity = inventory.Scope12Intensity(Scope2Method.LocationBased)!.Value;

        Assert.Equal(expected, Math.Round(intensity, decimals, MidpointRounding.AwayFromZero));
    }

    [Theory]
    // CP 2,417,620 ÷ 147,400 = 16.4016 → 16.4; LW 85,419 ÷ 5,215 = 16.3795 → 16.38; NM 9,093,705 ÷ 531,800 = 17.0999 → 17.1
    [InlineData("CP", 1, 16.4)]
    [InlineData("LW", 2, 16.38)]
    [InlineData("NM", 1, 17.1)]
    public void Calculate_SeedSample_ReproducesPlanPurchasedAluminiumIntensity(string code, int decimals, decimal expected)
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode(code), Ar5);

        Assert.Equal(expected, Math.Round(inventory.PurchasedAluminiumIntensity!.Value, decimals, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Calculate_YunnanDieselRow_RecordsTheDensityConversion()
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode("YN"), Ar5);

        var diesel = inventory.Lines.Single(l => l.FactorId == SeedSamples.DieselFactor);
        Assert.Equal("70,000 L → 60.2 t at 0.86 t/m³", diesel.ConversionNote);
        Assert.Equal("YN", diesel.SubsidiaryCode);
        Assert.Equal(4, diesel.Row);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Calculate_SeedSample_HasNoInstrumentsSoBothScope2MethodsAgree(string code)
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode(code), Ar5);

        Assert.Equal(inventory.TotalScope12(Scope2Method.LocationBased), inventory.TotalScope12(Scope2Method.MarketBased));
        // Every sample line declares an uncertainty, so the inventory's is assessed.
        Assert.True(inventory.Uncertainty.IsAssessed);
        Assert.Equal(0m, inventory.BiogenicCo2Tonnes);
    }

    [Fact]
    public void Calculate_LwSample_CombinesItsDeclaredUncertaintiesInQuadrature()
    {
        var inventory = LibraryCalculator().Calculate(SeedSamples.ByCode("LW"), Ar5);

        // 330 × 5 %, 15,958 MWh × 0.5703 = 9,100.8474 × 2 %, 266 × 20 %, 85,419 × 30 %:
        // √(1,650² + 18,201.69² + 5,320² + 2,562,570²) = 2,562,640.69 ÷ 95,115.8474 t = 26.94 %
        Assert.Equal(26.94m, Math.Round(inventory.Uncertainty.Percent!.Value, 2));
    }
}
