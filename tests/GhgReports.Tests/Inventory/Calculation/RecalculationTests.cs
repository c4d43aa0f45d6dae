using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Units;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class RecalculationTests
{
    private static readonly TestFactorCatalog Version1 = new("grid@2026.1",
        Factor("grid/national", Unit.MWh, new Dictionary<string, decimal> { ["CO2"] = 0.5703m }, setVersion: "2026.1"));

    // A corrected value under the same id comes with a new set version, never in place.
    private static readonly TestFactorCatalog Version2 = new("grid@2026.2",
        Factor("grid/national", Unit.MWh, new Dictionary<string, decimal> { ["CO2"] = 0.5366m }, setVersion: "2026.2"));

    private static readonly RecalculationRequest Request =
        new("group sustainability team", "MEE/NBS 2022 factor replaces the carbon-market default", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private static SubsidiaryWorkbook Electricity() =>
        Workbook(Reported(3, 1, "1.1", 100m), Activity(4, 2, "2.1", "CO2", 1_000m, Unit.MWh, "grid/national"));

    [Fact]
    public void Recalculate_NewFactorVersion_KeepsOldFiguresAndRecordsBoth()
    {
        var previous = new InventoryCalculator(Version1, Gwps).Calculate(Electricity(), Ar5);

        var outcome = new InventoryCalculator(Version2, Gwps).Recalculate(previous, Electricity(), Ar5, Request);

        // Old: 1,000 MWh × 0.5703 = 570.3; new: 1,000 × 0.5366 = 536.6; scope 1+2 670.3 → 636.6
        Assert.Same(previous, outcome.Previous);
        Assert.Equal(570.3m, previous.CategoryEmissions(2, Scope2Method.LocationBased));
        Assert.Equal(536.6m, outcome.Recalculated.CategoryEmissions(2, Scope2Method.LocationBased));
        Assert.Equal("2026.1", previous.Lines[1].FactorSetVersion);
        Assert.Equal("2026.2", outcome.Recalculated.Lines[1].FactorSetVersion);

        var record = outcome.Record;
        Assert.Equal("grid@2026.1", record.FromFactorCatalogVersion);
        Assert.Equal("grid@2026.2", record.ToFactorCatalogVersion);
        Assert.Equal(670.3m, record.OldTotals.Scope12LocationBasedTco2e);
        Assert.Equal(636.6m, record.NewTotals.Scope12LocationBasedTco2e);
        Assert.Equal(Request.Who, record.Who);
        Assert.Equal(Request.Reason, record.Reason);
        Assert.Equal(Request.When, record.When);
    }

    [Fact]
    public void Calculate_WithNewCatalog_DoesNotTouchAnInventoryAlreadyCalculated()
    {
        var stored = new InventoryCalculator(Version1, Gwps).Calculate(Electricity(), Ar5);

        _ = new InventoryCalculator(Version2, Gwps).Calculate(Electricity(), Ar5);

        Assert.Equal("grid@2026.1", stored.FactorCatalogVersion);
        Assert.Equal(670.3m, stored.TotalScope12(Scope2Method.LocationBased));
    }

    [Fact]
    public void Recalculate_AnotherGwpSet_RecordsBothSets()
    {
        var workbook = Workbook(Custom(3, 1, "1.4", "HFC-134a", 12m, Unit.Kilogram, 1m, "kg/kg"));
        var calculator = LibraryCalculator();
        var previous = calculator.Calculate(workbook, Ar5);

        var outcome = calculator.Recalculate(previous, workbook, Ar6, Request);

        // 0.012 t HFC-134a × 1,300 (AR5) = 15.6 → × 1,530 (AR6) = 18.36
        Assert.Equal("AR5@2026.1", outcome.Record.FromGwpSet);
        Assert.Equal("AR6@2026.1", outcome.Record.ToGwpSet);
        Assert.Equal(15.6m, outcome.Record.OldTotals.Categories[0].LocationBasedTco2e);
        Assert.Equal(18.36m, outcome.Record.NewTotals.Categories[0].LocationBasedTco2e);
        Assert.Equal(15.6m, previous.CategoryEmissions(1, Scope2Method.LocationBased));
    }

    [Fact]
    public void Recalculate_WithoutReason_Throws()
    {
        var previous = LibraryCalculator().Calculate(Workbook(Reported(3, 1, "1.1", 1m)), Ar5);

        Assert.Throws<ArgumentException>(() =>
            LibraryCalculator().Recalculate(previous, Workbook(Reported(3, 1, "1.1", 1m)), Ar5, Request with { Reason = " " }));
    }

    [Fact]
    public void Recalculate_WorkbookOfAnotherSubsidiary_Throws()
    {
        var previous = LibraryCalculator().Calculate(Workbook(Reported(3, 1, "1.1", 1m)), Ar5);
        var other = Workbook(Entity("T2"), Reported(3, 1, "1.1", 1m));

        Assert.Throws<ArgumentException>(() => LibraryCalculator().Recalculate(previous, other, Ar5, Request));
    }
}
