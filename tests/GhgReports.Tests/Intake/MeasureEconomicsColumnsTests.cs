using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>The optional cost columns of the measures sheet, and the group's discount rate and energy prices, as real workbooks carry them.</summary>
public sealed class MeasureEconomicsColumnsTests
{
    [Fact]
    public void Check_LaterYearWorkbookWithCosts_ReadsThemBack()
    {
        var nm = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "NM");
        using var stream = SampleWorkbooks.Write(nm);

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        var furnace = result.Workbook!.Measures.Single(m => m.Row == 4);
        Assert.Equal((1_800_000m, 0m, 497_250m, "natural-gas", 10m),
            (furnace.CapexCny, furnace.OpexChangeCny, furnace.EnergySaved, furnace.EnergySavedItem, furnace.LifetimeYears));
        Assert.Equal(-60_000m, result.Workbook.Measures.Single(m => m.Row == 3).OpexChangeCny);
    }

    [Fact]
    public void Check_EnergySavedWithoutWhichEnergy_IsRefusedAtTheCell()
    {
        using var stream = SampleWorkbooks.Edited("NM", workbook =>
        {
            SampleWorkbooks.TableCell(workbook, S.Measures, 3, "energy_saved").Value = 52_650;
            SampleWorkbooks.TableCell(workbook, S.Measures, 3, "energy_saved_item").Value = "";
        });

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        var problem = Assert.Single(result.Problems, p => p.Code == "energy-item-missing");
        Assert.True(problem.IsError);
        Assert.Equal(S.Measures.TemplateName, problem.Sheet);
        Assert.Contains("52650", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GroupDiscountRateAndPrices_AreRead_AndSurviveStorage()
    {
        using var stream = new MemoryStream();
        GroupWorkbookWriter.Write(stream, [.. SampleWorkbooks.Factors.All.Select(f => f.Id)], SeedGroup.Workbook);
        stream.Position = 0;

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        var economics = result.Workbook!.Economics;
        Assert.Equal(8m, economics.DiscountRatePercent);
        Assert.Equal([("electricity", 650m), ("natural-gas", 3.6m), ("diesel", 7.8m)], economics.Prices.Select(p => (p.Energy, p.PriceCny)));
        var stored = SubmissionRows.ToGroupWorkbook(SubmissionRows.From("s1", result.Workbook)).Economics;
        Assert.Equal(economics.DiscountRatePercent, stored.DiscountRatePercent);
        Assert.Equal(economics.Prices, stored.Prices);
    }
}
