using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Units;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class CustomFactorUnitTests
{
    [Theory]
    [InlineData("tCO2/MWh", 1, "CO2", null, "MWh")]
    [InlineData("kgCO2/m3", 0.001, "CO2", null, "m3")]
    [InlineData("kgCO2e/t", 0.001, "CO2e", null, "t")]
    [InlineData("kg CO2e (AR6) / t", 0.001, "CO2e", "AR6", "t")]
    [InlineData("gCO2/kWh", 0.000001, "CO2", null, "kWh")]
    [InlineData("kgCH4/TJ", 0.001, "CH4", null, "TJ")]
    [InlineData("千克CO2/立方米", 0.001, "CO2", null, "m3")]
    [InlineData("kg/kg", 0.001, null, null, "kg")]
    public void TryParse_KnownShapes_ReadsMassGasBasisAndActivityUnit(string text, decimal tonnes, string? gas, string? basis, string per)
    {
        Assert.True(CustomFactorUnit.TryParse(text, out var unit));

        Assert.Equal(tonnes, unit.TonnesPerMassUnit);
        Assert.Equal(gas, unit.Gas);
        Assert.Equal(basis, unit.GwpBasis);
        Assert.Equal(per, unit.PerUnit.Symbol);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tCO2")]
    [InlineData("/MWh")]
    [InlineData("tCO2/")]
    [InlineData("CO2/MWh")]
    [InlineData("tCO2/MWh/year")]
    [InlineData("kgN2O(AR5)/TJ")]
    public void TryParse_OtherShapes_Refuses(string text)
    {
        Assert.False(CustomFactorUnit.TryParse(text, out _));
    }

    [Fact]
    public void Calculate_UnderAnotherCulture_WritesTheSameNotes()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var workbook = Workbook(Activity(4, 1, "1.2", "CO2", 70_000m, Unit.Litre, "cn-fuel/diesel"));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var line = LibraryCalculator().Calculate(workbook, Ar5).Lines[0];

            Assert.Equal("70,000 L → 60.2 t at 0.86 t/m³", line.ConversionNote);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
