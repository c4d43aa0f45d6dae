using GhgReports.Inventory.Units;

namespace GhgReports.Tests.Intake;

public sealed class UnitParserTests
{
    [Theory]
    [InlineData("万kWh", "万kWh")]
    [InlineData("万 KWH", "万kWh")]
    [InlineData("万千瓦时", "万kWh")]
    [InlineData("MWh", "MWh")]
    [InlineData("kWh", "kWh")]
    [InlineData("度", "kWh")]
    [InlineData("t", "t")]
    [InlineData("吨", "t")]
    [InlineData("m³", "m3")]
    [InlineData("ｍ3", "m3")]
    [InlineData("Nm3", "Nm3")]
    [InlineData("L", "L")]
    [InlineData("升", "L")]
    public void TryParse_OfficerSpellings_Resolve(string text, string symbol)
    {
        Assert.True(UnitParser.TryParse(text, out var unit));
        Assert.Equal(symbol, unit.Symbol);
    }

    [Fact]
    public void TryParse_UnknownUnit_Fails() => Assert.False(UnitParser.TryParse("barrels", out _));

    [Fact]
    public void Convert_TenThousandKWh_IsTenMWh()
    {
        // 842.6 万kWh = 842.6 × 10,000 kWh = 8,426,000 kWh = 8,426 MWh
        Assert.Equal(8_426m, Unit.TenThousandKWh.Convert(842.6m, Unit.MWh));
    }

    [Fact]
    public void Convert_AcrossDimensions_Refuses()
    {
        // m³ of gas to kWh needs a calorific value; the unit layer must not guess one.
        Assert.Throws<InvalidOperationException>(() => Unit.CubicMetre.Convert(1m, Unit.KWh));
    }

    [Fact]
    public void TryParsePerTonne_RateOfOutput_IsRecognised()
    {
        Assert.True(UnitParser.TryParsePerTonne("m³/t", out var unit, out var perTonne));
        Assert.Equal(Unit.CubicMetre, unit);
        Assert.True(perTonne);
    }
}
