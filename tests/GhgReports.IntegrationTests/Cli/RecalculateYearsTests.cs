using GhgReports.Cli.Commands;

namespace GhgReports.IntegrationTests.Cli;

/// <summary>`ghg recalculate --years`: the years compared, as HQ types them.</summary>
public sealed class RecalculateYearsTests
{
    [Theory]
    [InlineData("2023-2025", new[] { 2023, 2024, 2025 })]
    [InlineData("2023,2024", new[] { 2023, 2024 })]
    [InlineData(" 2024 ", new[] { 2024 })]
    public void ParseYears_RangesAndLists_GiveEachYear(string text, int[] expected) =>
        Assert.Equal(expected, RecalculateCommand.Settings.ParseYears(text));

    [Fact]
    public void ParseYears_All_MeansEveryYearInForce() => Assert.Null(RecalculateCommand.Settings.ParseYears("ALL"));

    [Theory]
    [InlineData("2025-2023")]
    [InlineData("2023-")]
    [InlineData("twenty")]
    [InlineData("2023;2024")]
    public void ParseYears_Unreadable_GivesNoYear(string text) => Assert.Empty(RecalculateCommand.Settings.ParseYears(text)!);
}
