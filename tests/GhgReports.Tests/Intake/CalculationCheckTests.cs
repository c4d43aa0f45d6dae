using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Gwp;
using GhgReports.Submissions;

namespace GhgReports.Tests.Intake;

/// <summary>Intake refuses, at the row, what the inventory calculation would refuse later.</summary>
public sealed class CalculationCheckTests
{
    private static readonly InventoryCalculator Calculator = new(SampleWorkbooks.Factors, GwpCatalog.LoadEmbedded());
    private static readonly CalculationSettings Ar5 = new() { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };

    private static WorkbookCheckResult Check(SubsidiaryWorkbook workbook)
    {
        using var stream = SampleWorkbooks.Write(workbook);
        return new WorkbookCheck(SampleWorkbooks.Factors, calculator: Calculator, settings: Ar5).Check(stream);
    }

    [Fact]
    public void Check_RefrigerantGroupWithoutAGwp_IsRejectedAtItsRow()
    {
        var sample = SeedSamples.ByCode("LW");
        var refrigerant = new EmissionSourceLine
        {
            Row = 7, LineNumber = "5", Category = 1, Subcategory = "1.4", SourceName = "空调补充冷媒 AC top-up", Gas = "HFCs",
            ActivityAmount = 12m, ActivityUnit = GhgReports.Inventory.Units.Unit.Kilogram, ActivityUnitText = "kg",
            CustomFactor = new CustomFactor(1m, "kg/kg", "维修记录 Service log"),
        };
        var workbook = sample with { Sources = [.. sample.Sources, refrigerant], Entity = sample.Entity with { DeclaredTotals = new Dictionary<int, decimal>() } };

        var result = Check(workbook);

        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(("cannot-calculate", "排放源 Sources", 7), (problem.Code, problem.Sheet, problem.Row));
        Assert.Contains("HFCs", problem.Message.En);
    }

    [Fact]
    public void Check_NamedRefrigerant_IsAccepted()
    {
        var sample = SeedSamples.ByCode("LW");
        var refrigerant = new EmissionSourceLine
        {
            Row = 7, LineNumber = "5", Category = 1, Subcategory = "1.4", SourceName = "空调补充冷媒 AC top-up", Gas = "R-410A",
            ActivityAmount = 12m, ActivityUnit = GhgReports.Inventory.Units.Unit.Kilogram, ActivityUnitText = "kg",
            CustomFactor = new CustomFactor(1m, "kg/kg", "维修记录 Service log"),
        };
        var workbook = sample with { Sources = [.. sample.Sources, refrigerant], Entity = sample.Entity with { DeclaredTotals = new Dictionary<int, decimal>() } };

        Assert.True(Check(workbook).Accepted);
    }
}
