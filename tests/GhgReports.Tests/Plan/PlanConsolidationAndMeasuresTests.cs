using System.Globalization;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;

namespace GhgReports.Tests.Plan;

/// <summary>What the plan says about the consolidation and about measures already in the base year, in 2023 and 2024.</summary>
public sealed class PlanConsolidationAndMeasuresTests
{
    private static PlanInputs Year2024(Language language)
    {
        var seed = PlanSamples.Seed(language);
        var later = LaterYearSamples.For(2024).ToDictionary(w => w.Entity.SubsidiaryCode);
        return seed with
        {
            Year = 2024,
            Subsidiaries = [.. seed.Subsidiaries.Select(s =>
            {
                var workbook = later[s.Registered.Code];
                var submission = $"{s.Registered.Code}-2024-0001";
                return new PlanSubsidiaryInput(s.Registered, new PlanSubsidiaryData(workbook, PlanSamples.Calculate(workbook, submission), submission))
                {
                    Earlier = [s.Current!.Inventory],
                };
            })],
        };
    }

    private static IReadOnlyList<string> Paragraphs(PlanDocument plan) =>
        [.. plan.Sections.SelectMany(s => s.Blocks).OfType<PlanParagraph>().Select(p => p.Text)];

    private static IReadOnlyList<IReadOnlyList<string>> TableRows(PlanDocument plan) =>
        [.. plan.Sections.SelectMany(s => s.Blocks).OfType<PlanTable>().SelectMany(t => t.Rows).Select(r => r.Cells)];

    private static decimal MeasuresTotal(PlanDocument plan)
    {
        var line = Paragraphs(plan).Single(p => p.StartsWith("Quantified measures save ", StringComparison.Ordinal));
        return decimal.Parse(line["Quantified measures save ".Length..line.IndexOf(" tCO2e", StringComparison.Ordinal)], NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public static TheoryData<int> Years => [2023, 2024];

    private static PlanInputs Inputs(int year) => year == 2023 ? PlanSamples.Seed(Language.En) : Year2024(Language.En);

    [Theory]
    [MemberData(nameof(Years))]
    public void Build_SampleGroup_DescribesTheConsolidationAndGivesEachStagesIntensity(int year)
    {
        var paragraphs = Paragraphs(PlanBuilder.Build(Inputs(year)));

        Assert.Contains(paragraphs, p => p.StartsWith("The group consolidates its subsidiaries' inventories under operational control: ", StringComparison.Ordinal)
            && p.Contains("(CP) controlled, counted at 100 %", StringComparison.Ordinal) && p.Contains("(NM) controlled, counted at 100 %", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("casting (YN, NM): scope 1+2 ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("semi-fabrication (CP, LW): scope 1+2 ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Blended intensity (all production stages together, not a pathway metric)", StringComparison.Ordinal)
            && p.Contains("bought within the group 0 t", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("at their shares", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Seed2023_CastingStageIntensityIsYnAndNmTogether()
    {
        var paragraphs = Paragraphs(PlanBuilder.Build(PlanSamples.Seed(Language.En)));

        // YN 16,697 + 8,814 = 25,511 (calculated 25,511.0…) and NM 15,205 + 31,271 = 46,476 → 71,987 tCO2e;
        // output 81,770 + 585,000 = 666,770 t; 71,987 ÷ 666,770 = 0.108
        Assert.Contains("casting (YN, NM): scope 1+2 71,987 tCO2e, output 666,770 t, intensity 0.108 tCO2e/t", paragraphs);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Build_PvInstalledBeforeTheBaseYear_IsShownButNotCountedAsAReduction(int year)
    {
        var inputs = Inputs(year);
        var undeclared = inputs with
        {
            Subsidiaries = [.. inputs.Subsidiaries.Select(s => s.Registered.Code != "CP" ? s : s with
            {
                Current = s.Current! with
                {
                    Workbook = s.Current.Workbook with { Measures = [.. s.Current.Workbook.Measures.Select(m => m with { Status = null })] },
                },
            })],
        };

        var plan = PlanBuilder.Build(inputs);
        var before = PlanBuilder.Build(undeclared);

        // CP's installed PV: 842.6 万kWh = 8,426 MWh × 0.5703 tCO2e/MWh = 4,805.3 tCO2e/yr, left out of the total
        Assert.Equal(4_805m, MeasuresTotal(before) - MeasuresTotal(plan));
        Assert.Contains(TableRows(plan), r => r.Contains("Rooftop PV (installed)") && r[^1] == "4,805 (operating before the base year; not a reduction)");
        Assert.Contains(TableRows(plan), r => r.Contains("Rooftop PV (being installed)") && r[^1] == "10,577");
    }

    [Fact]
    public void Build_SampleWithoutAMaterialColumn_SaysThePurchasedAluminiumIntensityCountsEveryPurchase()
    {
        var inputs = PlanSamples.Seed(Language.En);
        var cp = inputs.Subsidiaries.Single(s => s.Registered.Code == "CP");
        var workbook = cp.Current!.Workbook with { Sources = [.. cp.Current.Workbook.Sources.Select(l => l with { Material = null })] };
        var earlier = inputs with
        {
            Subsidiaries = [.. inputs.Subsidiaries.Select(s => s != cp ? s : s with
            {
                Current = new PlanSubsidiaryData(workbook, PlanSamples.Calculate(workbook, "CP-2023-0001"), "CP-2023-0001"),
            })],
        };

        var paragraphs = Paragraphs(PlanBuilder.Build(earlier));

        Assert.Contains(paragraphs, p => p.StartsWith("No scope 3 cat. 1 line (rows 6) declares its material", StringComparison.Ordinal));
        // 2,417,620 ÷ 147,400 t = 16.400 either way
        Assert.Contains(paragraphs, p => p.StartsWith("Purchased aluminium (primary ingot, alloy, scrap, billet): scope 3 cat. 1 2,417,620 tCO2e", StringComparison.Ordinal));
    }
}
