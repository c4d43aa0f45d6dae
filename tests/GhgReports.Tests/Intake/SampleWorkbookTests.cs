using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Factors;

namespace GhgReports.Tests.Intake;

public sealed class SampleWorkbookTests
{
    public static TheoryData<string> Codes => new() { "CP", "LW", "YN", "NM" };

    private static WorkbookCheckResult Check(string code)
    {
        using var stream = SampleWorkbooks.Write(code);
        return new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Check_SeedSample_IsAcceptedWithoutErrors(string code)
    {
        var result = Check(code);

        Assert.True(result.Accepted, string.Join("\n", result.Problems.Select(p => $"{p.Location} {p.Code} {p.Message.En}")));
        Assert.DoesNotContain(result.Problems, p => p.IsError);
    }

    [Fact]
    public void Check_NonCalendarPeriodSample_WarnsOnlyAboutThePeriod()
    {
        var result = Check("NM");

        var warning = Assert.Single(result.Problems);
        Assert.Equal("period-year-mismatch", warning.Code);
        Assert.Equal("基本信息 Entity", warning.Sheet);
        Assert.Equal(new DateOnly(2023, 9, 1), result.Workbook!.Entity.PeriodStart);
        Assert.Equal(new DateOnly(2024, 8, 31), result.Workbook.Entity.PeriodEnd);
        Assert.Equal(2023, result.Workbook.Entity.ReportingYear);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Check_SeedSample_CategoriesReproduceThePlanToWholeTonnes(string code)
    {
        var workbook = Check(code).Workbook!;
        var expected = SeedSamples.PlanCategoryTotals[code];

        for (var category = 1; category <= 4; category++)
        {
            var total = workbook.Sources.Where(s => s.Category == category).Sum(Tco2e);
            Assert.Equal(expected[category - 1], Math.Round(total, 0, MidpointRounding.AwayFromZero));
        }
    }

    [Theory]
    [InlineData("CP", 0.436)]
    [InlineData("LW", 3.234)]
    [InlineData("YN", 0.312)]
    public void Check_SeedSample_Scope12IntensityMatchesThePlan(string code, double intensity)
    {
        var workbook = Check(code).Workbook!;
        var scope12 = workbook.Sources.Where(s => s.Category <= 2).Sum(Tco2e);

        Assert.Equal((decimal)intensity, Math.Round(scope12 / workbook.Entity.OutputTonnes, 3));
    }

    [Fact]
    public void Check_NmSample_IntensityPrintsAsThePlansPointZeroEight()
    {
        // 46,476 tCO2e / 585,000 t = 0.07945 → "0.08" at the plan's two decimals, 0.079 at three (its pathway's base).
        var workbook = Check("NM").Workbook!;
        var intensity = workbook.Sources.Where(s => s.Category <= 2).Sum(Tco2e) / workbook.Entity.OutputTonnes;

        Assert.Equal(0.08m, Math.Round(intensity, 2));
        Assert.Equal(0.079m, Math.Round(intensity, 3));
    }

    [Fact]
    public void Read_CpSample_ReturnsThePlansTargetsPathwayAndMeasures()
    {
        var workbook = Check("CP").Workbook!;

        Assert.Equal(165_700m, workbook.Entity.OutputTonnes);
        Assert.Equal(147_400m, workbook.Entity.PurchasedAluminiumTonnes);
        Assert.Equal([0.436m, 0.424m, 0.411m, 0.398m, 0.385m, 0.347m],
            workbook.DeclaredPathway.Where(p => p.Pathway == "process").OrderBy(p => p.Year).Select(p => p.Value));
        Assert.Equal([16.4m, 15.8m, 15.3m, 14.5m, 14.4m, 12.1m],
            workbook.DeclaredPathway.Where(p => p.Pathway == "purchased-aluminium").OrderBy(p => p.Year).Select(p => p.Value));
        var target = Assert.Single(workbook.Targets);
        Assert.Equal(("scope1+2", "intensity", "per-year", 5m), (target.Boundary, target.Metric, target.Cadence, target.ReductionPercent));
        Assert.Contains(workbook.Measures, m => m.Capacity == 8.0256m && m.AnnualAmount == 842.6m && m.AnnualUnit == "万kWh");
        Assert.Contains(workbook.Measures, m => m.Capacity == 16.58349m && m.AnnualAmount == 1_854.57m);
        Assert.Contains("35%", workbook.Goals.MidTerm);
    }

    [Fact]
    public void Read_CpSample_KeepsTheGoalsInBothLanguages()
    {
        var goals = Check("CP").Workbook!.Goals;

        Assert.Equal(SeedSamples.ByCode("CP").Goals, goals);
        Assert.StartsWith("建立全面的碳排放监测体系", goals.In(GhgReports.Localization.Language.Zh).ShortTerm, StringComparison.Ordinal);
        Assert.StartsWith("Build a complete carbon monitoring system", goals.In(GhgReports.Localization.Language.En).ShortTerm, StringComparison.Ordinal);
        // No English given: the English document keeps the Chinese rather than print nothing.
        Assert.Equal(goals.Explanation, goals.In(GhgReports.Localization.Language.En).Explanation);
    }

    [Fact]
    public void Read_NmSample_ReturnsDeclaredMeasureSavings()
    {
        var workbook = Check("NM").Workbook!;

        Assert.Contains(workbook.Measures, m => m.AnnualAmount == 0.85m && m.AnnualUnit == "m3/t" && m.DeclaredReduction == 1.84m);
        Assert.Contains(workbook.Measures, m => m.AnnualAmount == 0.09m && m.AnnualUnit == "L/t" && m.DeclaredReduction == 0.24m);
        Assert.Equal(12, workbook.DeclaredPathway.Count);
    }

    [Fact]
    public void Read_YnSample_DieselInLitresUsesTheFactorsDensity()
    {
        var workbook = Check("YN").Workbook!;
        var diesel = workbook.Sources.Single(s => s.FactorId == SeedSamples.DieselFactor);

        // 70,000 L = 70 m³ × 0.86 t/m³ = 60.2 t; × 3.096 tCO2/t = 186.3792 tCO2
        Assert.Equal(186.3792m, Tco2e(diesel));
    }

    /// <summary>The samples' lines need no GWP: reported CO2e, or CO2-only library factors.</summary>
    private static decimal Tco2e(GhgReports.Submissions.EmissionSourceLine line)
    {
        if (line.ReportedTco2e is { } reported)
        {
            return reported;
        }
        Assert.True(SampleWorkbooks.Factors.TryGet(line.FactorId!, out var factor));
        var amount = FactorActivity.ToFactorUnit(line.ActivityAmount!.Value, line.ActivityUnit!, factor);
        return amount!.Value * factor.TonnesPerUnit["CO2"];
    }
}
