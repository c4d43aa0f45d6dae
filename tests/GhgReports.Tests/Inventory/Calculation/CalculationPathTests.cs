using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Units;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class CalculationPathTests
{
    private readonly InventoryCalculator calculator = LibraryCalculator();

    [Fact]
    public void Calculate_GridElectricityInMWh_MultipliesByGridCo2Factor()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 2, "2.1", "CO2", 1_000m, Unit.MWh, "cn-grid/2022/national-carbon-market")), Ar5).Lines[0];

        // 1,000 MWh × 0.5703 tCO2/MWh × GWP(CO2) 1 = 570.3 tCO2e
        Assert.Equal(570.3m, line.Tco2e);
        Assert.Equal(570.3m, line.GasTonnes["CO2"]);
        Assert.Equal(1m, line.GwpUsed["CO2"]);
        Assert.Null(line.ConversionNote);
        Assert.Equal("cn-grid/2022/national-carbon-market", line.FactorId);
        Assert.Equal("cn-grid", line.FactorSetId);
        Assert.Equal("2026.1", line.FactorSetVersion);
        Assert.Equal(0.5703m, line.FactorPerGas["CO2"]);
        Assert.Equal("AR5", line.GwpSetId);
        Assert.Equal(Scope.Scope2, line.Scope);
        Assert.Null(line.Scope3Category);
        Assert.Equal(CalculationPath.LibraryFactor, line.Path);
    }

    [Fact]
    public void Calculate_ElectricityInTenThousandKWh_ConvertsToMWhAndSaysSo()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 2, "2.1", "CO2", 842.6m, Unit.TenThousandKWh, "cn-grid/2022/national-carbon-market")), Ar5).Lines[0];

        // 842.6 万kWh × 10 MWh/万kWh = 8,426 MWh; × 0.5703 = 4,805.3478 tCO2e
        Assert.Equal(8_426m, line.AmountInFactorUnit);
        Assert.Equal(4_805.3478m, line.Tco2e);
        Assert.Equal("842.6 万kWh → 8,426 MWh", line.ConversionNote);
    }

    [Fact]
    public void Calculate_NaturalGasInCubicMetres_UsesChineseDefault()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 1, "1.1", "CO2", 10_000m, Unit.CubicMetre, "cn-fuel/natural-gas")), Ar5).Lines[0];

        // 10,000 m³ × 0.002162 tCO2/m³ = 21.62 tCO2e
        Assert.Equal(21.62m, line.Tco2e);
        Assert.Equal(Scope.Scope1, line.Scope);
    }

    [Fact]
    public void Calculate_DieselInLitres_ConvertsThroughDensityAndRecordsIt()
    {
        var line = calculator.Calculate(Workbook(Activity(4, 1, "1.2", "CO2", 70_000m, Unit.Litre, "cn-fuel/diesel")), Ar5).Lines[0];

        // 70,000 L = 70 m³; × 0.86 t/m³ = 60.2 t; × 3.096 tCO2/t = 186.3792 tCO2e
        Assert.Equal(60.2m, line.AmountInFactorUnit);
        Assert.Equal("t", line.FactorUnit);
        Assert.Equal(186.3792m, line.Tco2e);
        Assert.Equal("70,000 L → 60.2 t at 0.86 t/m³", line.ConversionNote);
    }

    [Fact]
    public void Calculate_IpccFactorWithAr5_WeighsEachGasByItsAr5Gwp()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 1, "1.1", "CO2", 2m, Unit.TJ, "ipcc2006/stationary/natural-gas")), Ar5).Lines[0];

        // CO2 2 TJ × 56.1 t/TJ = 112.2 t; CH4 2 × 0.001 = 0.002 t × 28 = 0.056; N2O 2 × 0.0001 = 0.0002 t × 265 = 0.053
        // 112.2 + 0.056 + 0.053 = 112.309 tCO2e
        Assert.Equal(112.309m, line.Tco2e);
        Assert.Equal(28m, line.GwpUsed["CH4"]);
        Assert.Equal(265m, line.GwpUsed["N2O"]);
        Assert.Equal(0.002m, line.GasTonnes["CH4"]);
    }

    [Fact]
    public void Calculate_IpccFactorWithAr6_WeighsEachGasByItsAr6Gwp()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 1, "1.1", "CO2", 2m, Unit.TJ, "ipcc2006/stationary/natural-gas")), Ar6).Lines[0];

        // 112.2 + 0.002 × 27.9 + 0.0002 × 273 = 112.2 + 0.0558 + 0.0546 = 112.3104 tCO2e (AR5 gave 112.309)
        Assert.Equal(112.3104m, line.Tco2e);
        Assert.Equal("AR6", line.GwpSetId);
        Assert.Equal(27.9m, line.GwpUsed["CH4"]);
    }

    [Theory]
    // 500 MWh × 0.6 tCO2/MWh = 300 tCO2e
    [InlineData(500, "MWh", 0.6, "tCO2/MWh", 300)]
    // 10,000 m³ × 2.0 kgCO2/m³ = 20,000 kg = 20 tCO2e
    [InlineData(10_000, "m3", 2.0, "kgCO2/m3", 20)]
    // 2,000 kWh × 500 gCO2/kWh = 1,000,000 g = 1 tCO2e
    [InlineData(2_000, "kWh", 500, "gCO2/kWh", 1)]
    // 50 万kWh = 500 MWh; × 0.4 tCO2/MWh = 200 tCO2e (activity converted to the factor's unit)
    [InlineData(50, "万kWh", 0.4, "t CO₂ / MWh", 200)]
    public void Calculate_CustomCo2Factor_ParsesUnitAndMultiplies(decimal amount, string unitText, decimal value, string factorUnit, decimal expected)
    {
        Assert.True(UnitParser.TryParse(unitText, out var unit));
        var line = calculator.Calculate(Workbook(Custom(3, 1, "1.1", "CO2", amount, unit, value, factorUnit)), Ar5).Lines[0];

        Assert.Equal(expected, line.Tco2e);
        Assert.Equal(CalculationPath.CustomFactor, line.Path);
        Assert.Null(line.FactorId);
        Assert.NotNull(line.CustomFactor);
    }

    [Fact]
    public void Calculate_CustomCo2eFactorWithoutBasis_TakesItAsGivenWithANote()
    {
        var line = calculator.Calculate(Workbook(Custom(3, 4, "4.1", "CO2e", 1_000m, Unit.Tonne, 16_400m, "kgCO2e/t")), Ar5).Lines[0];

        // 1,000 t × 16,400 kgCO2e/t = 16,400,000 kg = 16,400 tCO2e; no GWP applied
        Assert.Equal(16_400m, line.Tco2e);
        Assert.Empty(line.GwpUsed);
        Assert.Equal(Scope3Category.PurchasedGoodsAndServices, line.Scope3Category);
        Assert.Contains(line.Notes, n => n.En.Contains("does not state its GWP basis", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_CustomCo2eFactorWithMatchingBasis_IsAccepted()
    {
        var line = calculator.Calculate(Workbook(Custom(3, 4, "4.1", "CO2e", 10m, Unit.Tonne, 8.6m, "tCO2e(AR5)/t")), Ar5).Lines[0];

        // 10 t × 8.6 tCO2e/t = 86 tCO2e
        Assert.Equal(86m, line.Tco2e);
        Assert.Empty(line.Notes);
    }

    [Fact]
    public void Calculate_RefrigerantReleasedAsKgPerKg_MultipliesMassByTheGasGwp()
    {
        var workbook = Workbook(Custom(3, 1, "1.4", "R-134a", 12m, Unit.Kilogram, 1m, "kg/kg"));

        var ar5 = calculator.Calculate(workbook, Ar5).Lines[0];
        var ar6 = calculator.Calculate(workbook, Ar6).Lines[0];

        // 12 kg × 1 kg/kg = 12 kg = 0.012 t HFC-134a; AR5: × 1,300 = 15.6 tCO2e; AR6: × 1,530 = 18.36 tCO2e
        Assert.Equal(15.6m, ar5.Tco2e);
        Assert.Equal(18.36m, ar6.Tco2e);
        Assert.Equal(0.012m, ar5.GasTonnes["R-134a"]);
        Assert.Equal(1_300m, ar5.GwpUsed["R-134a"]);
    }

    [Fact]
    public void Calculate_LeakRateOfNamedGas_AppliesThatGasGwp()
    {
        var line = calculator.Calculate(Workbook(Custom(3, 1, "1.4", "SF6", 200m, Unit.Kilogram, 0.005m, "kgSF6/kg")), Ar5).Lines[0];

        // 200 kg charge × 0.005 kg SF6/kg = 1 kg = 0.001 t SF6; × 23,500 = 23.5 tCO2e
        Assert.Equal(23.5m, line.Tco2e);
    }

    [Fact]
    public void Calculate_ReportedFigure_PassesThroughWithEvidence()
    {
        var inventory = calculator.Calculate(Workbook(Reported(5, 3, "3.1", 6_630m)), Ar5);
        var line = inventory.Lines[0];

        // Reported 6,630 tCO2e is used as given: 6,630
        Assert.Equal(6_630m, line.Tco2e);
        Assert.Equal(CalculationPath.Reported, line.Path);
        Assert.Equal("verification statement (test)", line.Evidence);
        Assert.Equal(Scope3Category.UpstreamTransportation, line.Scope3Category);
        Assert.Contains(line.Notes, n => n.En.Contains("verification statement (test)", StringComparison.Ordinal));
        Assert.Equal(6_630m, inventory.CategoryEmissions(3, Scope2Method.LocationBased));
    }

    [Fact]
    public void Calculate_RemovalLine_IsReportedApartFromEmissions()
    {
        var inventory = calculator.Calculate(Workbook(
            Reported(3, 1, "1.1", 100m),
            Reported(4, 1, "1.5", 40m, LineKind.Removal)), Ar5);

        // Category 1 emissions = 100 (the 40 t removal does not reduce them); removals = 40
        Assert.Equal(100m, inventory.CategoryEmissions(1, Scope2Method.LocationBased));
        Assert.Equal(40m, inventory.GetCategory(1).RemovalsTco2e);
        Assert.Equal(40m, inventory.RemovalsTco2e);
        Assert.Equal(100m, inventory.TotalAllCategories(Scope2Method.LocationBased));
    }

    [Fact]
    public void Calculate_BiogenicCustomCo2_KeepsCo2OutsideTotals()
    {
        var inventory = calculator.Calculate(Workbook(
            Custom(3, 1, "1.1", "CO2", 100m, Unit.Tonne, 1.8m, "tCO2/t", biogenic: true),
            Reported(4, 1, "1.1", 10m)), Ar5);

        // 100 t pellets × 1.8 tCO2/t = 180 t biogenic CO2, outside the totals; category 1 = 10 (the reported line only)
        Assert.Equal(0m, inventory.Lines[0].Tco2e);
        Assert.Equal(180m, inventory.Lines[0].BiogenicCo2Tonnes);
        Assert.Equal(180m, inventory.BiogenicCo2Tonnes);
        Assert.Equal(10m, inventory.CategoryEmissions(1, Scope2Method.LocationBased));
    }

    [Fact]
    public void Calculate_BiogenicPerGasFactor_CountsCh4AndN2OButNotCo2()
    {
        var line = calculator.Calculate(Workbook(Activity(3, 1, "1.1", "CO2", 1m, Unit.TJ, "ipcc2006/stationary/natural-gas", biogenic: true)), Ar5).Lines[0];

        // CO2 1 × 56.1 = 56.1 t biogenic (apart); CH4 0.001 × 28 = 0.028; N2O 0.0001 × 265 = 0.0265; tCO2e = 0.0545
        Assert.Equal(56.1m, line.BiogenicCo2Tonnes);
        Assert.Equal(0.0545m, line.Tco2e);
    }

    [Fact]
    public void Calculate_BiogenicReportedFigure_IsBiogenicCo2Only()
    {
        var inventory = calculator.Calculate(Workbook(Reported(3, 1, "1.1", 250m, biogenic: true, gas: "CO2")), Ar5);

        // Reported 250 t of biogenic CO2: 250 t apart, 0 in category 1
        Assert.Equal(250m, inventory.BiogenicCo2Tonnes);
        Assert.Equal(0m, inventory.CategoryEmissions(1, Scope2Method.LocationBased));
    }

    [Fact]
    public void Calculate_ScopeThreeCategory_ComesFromLineOrElseFromSubcategory()
    {
        var inventory = calculator.Calculate(Workbook(
            Reported(3, 4, "4.1", 1m),
            Reported(4, 4, "4.3", 1m),
            Reported(5, 4, "4.1", 1m, scope3: 2)), Ar5);

        Assert.Equal(Scope3Category.PurchasedGoodsAndServices, inventory.Lines[0].Scope3Category);
        Assert.Equal(Scope3Category.WasteGenerated, inventory.Lines[1].Scope3Category);
        Assert.Equal(Scope3Category.CapitalGoods, inventory.Lines[2].Scope3Category);
        Assert.All(inventory.Lines, l => Assert.Equal(Scope.Scope3, l.Scope));
    }

    [Fact]
    public void Calculate_Intensities_DivideScope12ByOutputAndPurchasesByTonnesPurchased()
    {
        var entity = Entity(output: 2_000m, purchased: 500m);
        var inventory = calculator.Calculate(Workbook(entity,
            Reported(3, 1, "1.1", 300m),
            Activity(4, 2, "2.1", "CO2", 1_000m, Unit.MWh, "cn-grid/2022/national-carbon-market"),
            Reported(5, 4, "4.1", 8_000m, scope3: 1),
            Reported(6, 4, "4.3", 50m)), Ar5);

        // Scope 1+2 = 300 + 1,000 × 0.5703 = 870.3; ÷ 2,000 t = 0.43515 tCO2e/t
        Assert.Equal(0.43515m, inventory.Scope12Intensity(Scope2Method.LocationBased));
        // Scope 3 cat 1 = 8,000 (waste is cat 5); ÷ 500 t purchased = 16 tCO2e/t
        Assert.Equal(16m, inventory.PurchasedAluminiumIntensity);
    }

    [Fact]
    public void Calculate_Lines_CarryLineageOfSubsidiaryAndSubmission()
    {
        var settings = Ar5 with { SubmissionId = "sha256:abc" };
        var inventory = calculator.Calculate(Workbook(Reported(7, 1, "1.1", 1m)), settings);

        Assert.Equal("T1", inventory.Lines[0].SubsidiaryCode);
        Assert.Equal("sha256:abc", inventory.Lines[0].SubmissionId);
        Assert.Equal(7, inventory.Lines[0].Row);
        Assert.Equal(Library.Version, inventory.FactorCatalogVersion);
        Assert.Equal("AR5", inventory.GwpSetId);
        Assert.Equal(6, inventory.Categories.Count);
    }
}
