using System.Globalization;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Submissions;
using GhgReports.Tests.Intake;

namespace GhgReports.Tests.Plan;

/// <summary>
/// Measures whose saving is a mass of a non-CO2 gas: anode-effect PFCs (CF4), and a gas the GWP set in force has no
/// value for (HFC-23 in AR5). CP's workbook with those measures is written and read back as a file, in 2023 and 2024.
/// </summary>
public sealed class PlanGasMeasureTests
{
    private static readonly GwpCatalog Gwps = GwpCatalog.LoadEmbedded();
    private static readonly InventoryCalculator Calculator = new(SampleWorkbooks.Factors, Gwps);
    private static readonly CalculationSettings Ar5 = new() { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };

    public static TheoryData<int> Years => [2023, 2024];

    /// <summary>
    /// 2023 declares a year's CF4 avoided; 2024 a cut per tonne of output, as anode-effect performance is usually given.
    /// Both add HFC-23, which AR5 (as stored here) does not list.
    /// </summary>
    private static SubsidiaryWorkbook WithGasMeasures(int year)
    {
        var cp = year == 2023 ? SeedSamples.ByCode("CP") : LaterYearSamples.For(year).Single(w => w.Entity.SubsidiaryCode == "CP");
        var row = cp.Measures.Max(m => m.Row);
        ReductionMeasure[] added =
        [
            new()
            {
                Row = row + 1, Name = "阳极效应控制", NameEn = "Anode-effect control", Type = "other",
                AnnualAmount = year == 2023 ? 0.2m : 0.005m, AnnualUnit = year == 2023 ? "t CF4" : "kg CF4/t",
            },
            new() { Row = row + 2, Name = "冷库制冷剂替换", NameEn = "Cold-store refrigerant swap", Type = "other", AnnualAmount = 30m, AnnualUnit = "kg HFC-23" },
        ];
        return cp with { Measures = [.. cp.Measures, .. added] };
    }

    /// <summary>The workbook as a file, checked as intake checks it.</summary>
    private static WorkbookCheckResult Read(SubsidiaryWorkbook workbook)
    {
        using var stream = SampleWorkbooks.Write(workbook);
        return new WorkbookCheck(SampleWorkbooks.Factors, calculator: Calculator, settings: Ar5).Check(stream);
    }

    private static PlanDocument Plan(int year, Language language)
    {
        var read = Read(WithGasMeasures(year));
        Assert.True(read.Accepted);
        var inputs = year == 2023 ? PlanSamples.Seed(language) : PlanSamples.LaterYear(year, language);
        return PlanBuilder.Build(inputs with
        {
            Subsidiaries = [.. inputs.Subsidiaries.Select(s => s.Registered.Code == "CP"
                ? s with { Current = new PlanSubsidiaryData(read.Workbook!, read.Inventory!, s.Current!.SubmissionId) }
                : s)],
        });
    }

    private static IReadOnlyList<string> Paragraphs(PlanDocument plan) =>
        [.. plan.Sections.SelectMany(s => s.Blocks).OfType<PlanParagraph>().Select(p => p.Text)];

    private static IReadOnlyList<IReadOnlyList<string>> Rows(PlanDocument plan) =>
        [.. plan.Sections.SelectMany(s => s.Blocks).OfType<PlanTable>().SelectMany(t => t.Rows).Select(r => r.Cells)];

    [Theory]
    [MemberData(nameof(Years))]
    public void Build_MeasureSavingCf4_IsQuantifiedWithTheGwpOfTheInventorysSetAndCitesIt(int year)
    {
        var plan = Plan(year, Language.En);
        var output = Read(WithGasMeasures(year)).Inventory!.OutputTonnes;

        // AR5 CF4 = 6,630. 2023: 0.2 t × 6,630 = 1,326 tCO2e/yr. 2024: 0.005 kg/t × 6,630 = 33.15 kgCO2e/t × output / 1,000.
        var expected = year == 2023 ? 1_326m : 33.15m * output / 1000m;
        var row = Assert.Single(Rows(plan), r => r.Contains("Anode-effect control"));
        Assert.Equal(["gas mass saved × GWP", PlanNumbers.Saving(expected)], row.Skip(2));
        var note = Assert.Single(Paragraphs(plan), p => p.Contains("'Anode-effect control': ", StringComparison.Ordinal));
        Assert.Contains(year == 2023 ? "0.2 t CF4 × GWP 6630 (AR5@" : "0.005 kg CF4/t × GWP 6630 (AR5@", note, StringComparison.Ordinal);
        Assert.Contains(expected.ToString("0.#", CultureInfo.InvariantCulture) + " tCO2e/yr", note, StringComparison.Ordinal);
        // Cited beside the factors, with the set's version and source.
        var ar5 = Gwps.Get("AR5");
        var cited = Assert.Single(Rows(plan), r => r[0] == "GWP CF4 = 6630");
        Assert.Equal($"AR5@{ar5.Version}", cited[1]);
        Assert.Contains(ar5.Source.Title, cited[2], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Build_MeasureSavingInAGasTheSetLacks_SaysWhichGasAndWhatToDo_InBothEditions(int year)
    {
        foreach (var language in new[] { Language.En, Language.Zh })
        {
            var plan = Plan(year, language);
            var name = language == Language.En ? "Cold-store refrigerant swap" : "冷库制冷剂替换";

            var row = Assert.Single(Rows(plan), r => r.Contains(name));
            Assert.Equal(PlanDocumentTexts.NotQuantified.In(language), row[3]);
            var note = Assert.Single(Paragraphs(plan), p => p.Contains(name, StringComparison.Ordinal) && p.Contains("HFC-23", StringComparison.Ordinal));
            Assert.Contains(PlanTexts.MeasureGasNotInGwpSet.Format("HFC-23", "AR5").In(language), note, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Check_MeasureSavingInAGasTheSetLacks_WarnsAtItsUnitCell_AndIsStillAccepted(int year)
    {
        var workbook = WithGasMeasures(year);

        var result = Read(workbook);

        Assert.True(result.Accepted);
        var warning = Assert.Single(result.Problems, p => p.Code == "measure-gas-not-in-gwp-set");
        Assert.Equal((Severity.Warning, "减排措施 Measures", workbook.Measures[^1].Row, "kg HFC-23"), (warning.Severity, warning.Sheet, warning.Row, warning.ValueSeen));
        Assert.Contains("HFC-23", warning.Message.En, StringComparison.Ordinal);
        Assert.Contains("AR5", warning.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("CF4", warning.Expected!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MeasureSavingInAGasTheSetHas_GivesNoWarning()
    {
        var cp = SeedSamples.ByCode("CP");
        var sf6 = new ReductionMeasure { Row = cp.Measures.Max(m => m.Row) + 1, Name = "开关柜 SF6 回收", Type = "other", AnnualAmount = 12m, AnnualUnit = "kg SF6/年" };

        var result = Read(cp with { Measures = [.. cp.Measures, sf6] });

        Assert.DoesNotContain(result.Problems, p => p.Code == "measure-gas-not-in-gwp-set");
    }
}
