using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Units;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class RefusalTests
{
    private static readonly TestFactorCatalog Co2eOnly = new("test@1",
        Factor("test/ingot-supplier", Unit.Tonne, new Dictionary<string, decimal> { ["CO2e"] = 8.6m }, co2eBasis: "AR5"));

    [Fact]
    public void Calculate_Co2eOnlyFactorWithItsOwnGwpSet_MultipliesAsGiven()
    {
        var line = new InventoryCalculator(Co2eOnly, Gwps).Calculate(Workbook(Activity(3, 4, "4.1", "CO2e", 1_000m, Unit.Tonne, "test/ingot-supplier")), Ar5).Lines[0];

        // 1,000 t × 8.6 tCO2e/t (AR5 basis, AR5 requested) = 8,600 tCO2e
        Assert.Equal(8_600m, line.Tco2e);
    }

    [Fact]
    public void Calculate_Co2eOnlyFactorWithAnotherGwpSet_ThrowsBasisMismatch()
    {
        var calculator = new InventoryCalculator(Co2eOnly, Gwps);

        var error = Assert.Throws<Co2eGwpBasisMismatchException>(() =>
            calculator.Calculate(Workbook(Activity(3, 4, "4.1", "CO2e", 1_000m, Unit.Tonne, "test/ingot-supplier")), Ar6));

        Assert.Equal("AR5", error.FactorBasis);
        Assert.Equal("AR6", error.RequestedSet);
        Assert.Equal(3, error.Row);
        Assert.StartsWith("第 3 行", error.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CustomCo2eFactorWithAnotherStatedBasis_ThrowsBasisMismatch()
    {
        Assert.Throws<Co2eGwpBasisMismatchException>(() =>
            LibraryCalculator().Calculate(Workbook(Custom(3, 4, "4.1", "CO2e", 1m, Unit.Tonne, 8.6m, "tCO2e(AR4)/t")), Ar5));
    }

    [Fact]
    public void Calculate_VolumeAgainstPerEnergyFactor_RefusesToGuessACalorificValue()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Activity(3, 1, "1.1", "CO2", 10_000m, Unit.CubicMetre, "ipcc2006/stationary/natural-gas")), Ar5));

        Assert.Equal(RefusalReason.UnitCannotConvert, error.Reason);
    }

    [Fact]
    public void Calculate_LitresAgainstFactorWithoutDensity_Refuses()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Activity(3, 1, "1.2", "CO2", 1_000m, Unit.Litre, "cn-fuel/gasoline")), Ar5));

        Assert.Equal(RefusalReason.UnitCannotConvert, error.Reason);
    }

    [Fact]
    public void Calculate_CustomFactorOverAnotherDimension_Refuses()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Custom(3, 1, "1.1", "CO2", 1_000m, Unit.CubicMetre, 2m, "kgCO2/kg")), Ar5));

        Assert.Equal(RefusalReason.UnitCannotConvert, error.Reason);
    }

    [Theory]
    [InlineData("per tonne")]
    [InlineData("tCO2")]
    [InlineData("tCO2/furlong")]
    [InlineData("lbCO2/MWh")]
    [InlineData("tCO2(AR5)/MWh")]
    public void Calculate_CustomFactorUnitNotUnderstood_Refuses(string unit)
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Custom(3, 1, "1.1", "CO2", 1m, Unit.MWh, 1m, unit)), Ar5));

        Assert.Equal(RefusalReason.CustomFactorUnitNotUnderstood, error.Reason);
    }

    [Fact]
    public void Calculate_GasTheFactorDoesNotHave_Refuses()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Activity(3, 1, "1.4", "SF6", 1m, Unit.MWh, "cn-grid/2022/national-carbon-market")), Ar5));

        Assert.Equal(RefusalReason.GasNotInFactor, error.Reason);
    }

    [Fact]
    public void Calculate_GasGroupWithoutGwp_Refuses()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            LibraryCalculator().Calculate(Workbook(Custom(3, 1, "1.4", "HFCs", 5m, Unit.Kilogram, 1m, "kg/kg")), Ar5));

        Assert.Equal(RefusalReason.NoGwpForGas, error.Reason);
    }

    [Fact]
    public void Calculate_BiogenicLineWithCo2eOnlyFactor_Refuses()
    {
        var error = Assert.Throws<CalculationRefusedException>(() =>
            new InventoryCalculator(Co2eOnly, Gwps).Calculate(Workbook(Activity(3, 1, "1.1", "CO2e", 1m, Unit.Tonne, "test/ingot-supplier", biogenic: true)), Ar5));

        Assert.Equal(RefusalReason.BiogenicWithCo2eOnlyFactor, error.Reason);
    }

    [Fact]
    public void Calculate_LineWithoutQuantification_Refuses()
    {
        var line = Reported(3, 1, "1.1", 1m) with { ReportedTco2e = null };

        var error = Assert.Throws<CalculationRefusedException>(() => LibraryCalculator().Calculate(Workbook(line), Ar5));

        Assert.Equal(RefusalReason.NotQuantified, error.Reason);
    }

    [Fact]
    public void Calculate_FactorMissingFromCatalog_ThrowsAsABug()
    {
        Assert.Throws<InvalidOperationException>(() =>
            LibraryCalculator().Calculate(Workbook(Activity(3, 2, "2.1", "CO2", 1m, Unit.MWh, "cn-grid/1999/nowhere")), Ar5));
    }

    [Fact]
    public void Calculate_UnknownGwpSet_Throws()
    {
        var settings = Ar5 with { GwpSetId = "AR3" };

        Assert.Throws<KeyNotFoundException>(() => LibraryCalculator().Calculate(Workbook(Reported(3, 1, "1.1", 1m)), settings));
    }
}
