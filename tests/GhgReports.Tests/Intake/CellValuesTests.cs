using GhgReports.Intake.Reading;

namespace GhgReports.Tests.Intake;

public sealed class CellValuesTests
{
    [Theory]
    [InlineData("11,678", 11678)]
    [InlineData("１１，６７８", 11678)]
    [InlineData(" 2,417,620 ", 2417620)]
    [InlineData("60 579", 60579)]
    [InlineData("0.436", 0.436)]
    [InlineData("－5", -5)]
    [InlineData("1.2E3", 1200)]
    public void TryNumber_TextAsOfficersTypeIt_ReadsInvariantly(string text, double expected)
    {
        Assert.True(CellValues.TryNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12kg")]
    [InlineData("")]
    [InlineData("1,2,3.4.5")]
    public void TryNumber_NotANumber_Fails(string text) => Assert.False(CellValues.TryNumber(text, out _));

    [Fact]
    public void TryNumber_NonFiniteDouble_FailsAndIsRecognised()
    {
        Assert.False(CellValues.TryNumber(double.NaN, out _));
        Assert.True(CellValues.LooksNonFinite(double.PositiveInfinity));
        Assert.True(CellValues.LooksNonFinite("NaN"));
    }

    [Fact]
    public void TryNumber_DoubleFromExcel_KeepsTheTypedDigits()
    {
        // 0.1 + 0.2 style binary noise must not leak: Excel's stored 842.6 reads as exactly 842.6.
        Assert.True(CellValues.TryNumber(842.6, out var value));
        Assert.Equal(842.6m, value);
    }

    [Theory]
    [InlineData("5%", false, 5)]
    [InlineData("5", false, 5)]
    public void TryNumber_Percent_AcceptsTrailingSign(string text, bool formatted, double expected)
    {
        Assert.True(CellValues.TryNumber(text, out var value, percent: true, percentFormatted: formatted));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void TryNumber_PercentFormattedFraction_ScalesToPercent()
    {
        // A cell showing 5% holds 0.05.
        Assert.True(CellValues.TryNumber(0.05, out var value, percent: true, percentFormatted: true));
        Assert.Equal(5m, value);
    }

    [Theory]
    [InlineData("2023.9", false, "2023-09-01")]
    [InlineData("2024.8", true, "2024-08-31")]
    [InlineData("2023-09", false, "2023-09-01")]
    [InlineData("2023年9月", true, "2023-09-30")]
    [InlineData("2023/9/1", false, "2023-09-01")]
    [InlineData("2023年9月1日", false, "2023-09-01")]
    [InlineData("2023.09.01", false, "2023-09-01")]
    [InlineData("45170", false, "2023-09-01")]
    public void TryDate_TextForms_Read(string text, bool end, string expected)
    {
        Assert.True(CellValues.TryDate(text, out var date, end));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData(2023.9, false, "2023-09-01")]
    [InlineData(2023.12, true, "2023-12-31")]
    [InlineData(2024.02, true, "2024-02-29")]
    [InlineData(45170.0, false, "2023-09-01")]
    public void TryDate_NumberCells_ReadAsYearMonthOrSerial(double raw, bool end, string expected)
    {
        Assert.True(CellValues.TryDate(raw, out var date, end));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30")]
    [InlineData("next year")]
    [InlineData("1999.9")]
    public void TryDate_Invalid_Fails(string text) => Assert.False(CellValues.TryDate(text, out _));

    [Theory]
    [InlineData("2023", 2023)]
    [InlineData("2023年", 2023)]
    [InlineData("２０２３", 2023)]
    public void TryYear_Forms_Read(string text, int expected)
    {
        Assert.True(CellValues.TryYear(text, out var year));
        Assert.Equal(expected, year);
    }

    [Theory]
    [InlineData("23")]
    [InlineData("2023.5")]
    [InlineData("3023")]
    public void TryYear_NotAYear_Fails(string text) => Assert.False(CellValues.TryYear(text, out _));
}
