using GhgReports.Inventory.Calculation;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class UncertaintyAndCrossCheckTests
{
    [Fact]
    public void Calculate_EveryLineDeclaresUncertainty_CombinesInQuadratureWeightedByEmissions()
    {
        var inventory = LibraryCalculator().Calculate(Workbook(
            Reported(3, 1, "1.1", 100m, uncertainty: 10m),
            Reported(4, 2, "2.1", 300m, uncertainty: 5m)), Ar5);

        // √((10 × 100)² + (5 × 300)²) ÷ (100 + 300) = √(1,000,000 + 2,250,000) ÷ 400 = 1,802.7756 ÷ 400 = 4.50694 %
        Assert.True(inventory.Uncertainty.IsAssessed);
        Assert.Equal(4.50694m, Math.Round(inventory.Uncertainty.Percent!.Value, 5));
        Assert.Contains("4.51", inventory.Uncertainty.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_OneLineWithoutUncertainty_SaysNotAssessed()
    {
        var inventory = LibraryCalculator().Calculate(Workbook(
            Reported(3, 1, "1.1", 100m, uncertainty: 10m),
            Reported(4, 2, "2.1", 300m)), Ar5);

        Assert.Null(inventory.Uncertainty.Percent);
        Assert.False(inventory.Uncertainty.IsAssessed);
        Assert.StartsWith("未评估", inventory.Uncertainty.Text.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Not assessed: 1 line", inventory.Uncertainty.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_DeclaredTotalOffByMoreThanHalfAPercent_IsFlagged()
    {
        var entity = Entity(declared: new Dictionary<int, decimal> { [1] = 1_000m });

        var inventory = LibraryCalculator().Calculate(Workbook(entity, Reported(3, 1, "1.1", 1_006m)), Ar5);

        // |1,006 − 1,000| ÷ 1,000 = 0.6 % > 0.5 %
        var difference = Assert.Single(inventory.DeclaredTotalDifferences);
        Assert.Equal(1, difference.Category);
        Assert.Equal(0.006m, difference.RelativeDifference);
        Assert.Equal("Category 1: the declared total of 1,000 tCO2e differs from the calculated 1,006 tCO2e by 0.60%, more than 0.5 %; check it", difference.Text.En);
        Assert.StartsWith("类别 1", difference.Text.Zh, StringComparison.Ordinal);
    }

    [Theory]
    // |1,005 − 1,000| ÷ 1,000 = 0.5 %: at the limit, not over it
    [InlineData(1_005)]
    // |995 − 1,000| ÷ 1,000 = 0.5 %
    [InlineData(995)]
    // 0.2 %
    [InlineData(1_002)]
    public void Calculate_DeclaredTotalWithinHalfAPercent_IsNotFlagged(decimal calculated)
    {
        var entity = Entity(declared: new Dictionary<int, decimal> { [1] = 1_000m });

        var inventory = LibraryCalculator().Calculate(Workbook(entity, Reported(3, 1, "1.1", calculated)), Ar5);

        Assert.Empty(inventory.DeclaredTotalDifferences);
    }

    [Fact]
    public void Calculate_DeclaredTotalOfCategoryWithRemovals_ComparesNetFigure()
    {
        var entity = Entity(declared: new Dictionary<int, decimal> { [1] = 900m });

        var inventory = LibraryCalculator().Calculate(Workbook(entity,
            Reported(3, 1, "1.1", 1_000m),
            Reported(4, 1, "1.5", 100m, LineKind.Removal)), Ar5);

        // 1,000 − 100 = 900 = declared
        Assert.Empty(inventory.DeclaredTotalDifferences);
    }
}
