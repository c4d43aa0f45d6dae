using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;

namespace GhgReports.Tests.Intake;

/// <summary>
/// A workbook's year must be the year its figures are for: a 2024 workbook whose reporting year was left at 2023 would
/// otherwise replace the 2023 base.
/// </summary>
public sealed class YearGuardTests
{
    private static WorkbookCheckResult Check(GhgReports.Submissions.SubsidiaryWorkbook workbook)
    {
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, [.. SampleWorkbooks.Factors.All.Select(f => f.Id)], workbook);
        stream.Position = 0;
        return new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);
    }

    [Fact]
    public void Check_ForgottenYear_2024FiguresDeclaredAs2023_IsRefusedAtTheYearCells()
    {
        var cp2024 = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        var forgotten = cp2024 with { Entity = cp2024.Entity with { ReportingYear = 2023 } };

        var result = Check(forgotten);

        Assert.False(result.Accepted);
        var period = Assert.Single(result.Problems, p => p.Code == "period-not-in-year");
        Assert.Equal(("基本信息 Entity", "2023"), (period.Sheet, period.ValueSeen));
        Assert.Contains("set the reporting year to 2024", period.Message.En, StringComparison.Ordinal);
        var energy = result.Problems.Where(p => p.Code == "energy-year-mismatch").ToList();
        Assert.Equal(cp2024.EnergyAndProduction.Count, energy.Count);
        Assert.All(energy, p => Assert.Equal("2024", p.ValueSeen));
    }

    [Fact]
    public void Check_SeptemberToAugustUnderItsStartYear_StaysValid_WithItsNote()
    {
        var result = Check(SeedSamples.ByCode("NM"));

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => p.Code)));
        Assert.Contains(result.Problems, p => p.Code == "period-year-mismatch" && !p.IsError);
    }

    [Fact]
    public void Check_LaterYearSamples_AreAccepted()
    {
        foreach (var sample in LaterYearSamples.For(2025))
        {
            var result = Check(sample);
            Assert.True(result.Accepted, sample.Entity.SubsidiaryCode + ": " + string.Join("; ", result.Problems.Where(p => p.IsError).Select(p => p.Code + " " + p.Cell)));
        }
    }
}
