using GhgReports.Pathways;

namespace GhgReports.Tests.Pathways;

public sealed class BaseYearFiguresTests
{
    private static SubsidiaryFigures Year(int year) =>
        new("CP", year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), 1000m + year, 500m, null, null, "grid");

    [Fact]
    public void Choose_DeclaredBaseYearStored_IsThatYearWhicheverYearIsReported()
    {
        var (figures, stored) = BaseYearFigures.Choose(2023, [Year(2022), Year(2023), Year(2024), Year(2025)]);

        Assert.Equal(2023, figures.ReportingYear);
        Assert.True(stored);
    }

    [Fact]
    public void Choose_DeclaredBaseYearNotStored_IsTheFirstYearStoredAndSaysSo()
    {
        var (figures, stored) = BaseYearFigures.Choose(2019, [Year(2024), Year(2023)]);

        Assert.Equal(2023, figures.ReportingYear);
        Assert.False(stored);
    }

    [Fact]
    public void Choose_NothingStored_IsRefused() =>
        Assert.Throws<ArgumentException>(() => BaseYearFigures.Choose(2023, []));
}
