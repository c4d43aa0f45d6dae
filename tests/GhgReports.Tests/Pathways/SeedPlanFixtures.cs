using GhgReports.Intake.Samples;
using GhgReports.Inventory.Factors;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Tests.Pathways;

/// <summary>The four seed subsidiaries as the plan sees them, with figures taken from the plan's own totals.</summary>
internal static class SeedPlanFixtures
{
    public static readonly FactorCatalog Factors = FactorCatalog.LoadEmbedded();
    public static readonly PathwayCurveCatalog Curves = PathwayCurveCatalog.LoadEmbedded();
    public static readonly PathwayCurveSet SeedCurves = Curves.Get("seed-fitted");
    public static readonly PathwayEngine Engine = new(SeedCurves);
    public static readonly MeasureEffects Measures = new(Factors);
    public static readonly PlanConsistencyChecker Checker = new(Engine, Measures);

    /// <summary>The plan's group target: −5 % scope 1+2 intensity by end-2025 against 2023.</summary>
    public static readonly TargetDeclaration GroupTarget = new()
    {
        Row = 0,
        Boundary = "scope1+2",
        Metric = "intensity",
        BaseYear = 2023,
        TargetYear = 2025,
        ReductionPercent = 5m,
        Wording = "较基准年 2023 年相比，2025 年末实现单位产量碳排放量（范围 1+2）较基线年下降 5%",
    };

    public static SubsidiaryFigures Figures(SubsidiaryWorkbook workbook)
    {
        var e = workbook.Entity;
        var totals = SeedSamples.PlanCategoryTotals[e.SubsidiaryCode];
        // The purchased-aluminium base is the table's own base-year value: the plan gives no other source for it.
        var purchasedBase = workbook.DeclaredPathway.First(p => p.Pathway == "purchased-aluminium" && p.Year == e.BaseYear).Value;
        return new SubsidiaryFigures(e.SubsidiaryCode, e.ReportingYear, e.PeriodStart, e.PeriodEnd,
            totals[0] + totals[1], e.OutputTonnes, totals[3], e.PurchasedAluminiumTonnes, SeedSamples.GridFactor, purchasedBase);
    }

    public static PlanSubsidiary Subsidiary(string code) => Subsidiary(SeedSamples.ByCode(code));

    public static PlanSubsidiary Subsidiary(SubsidiaryWorkbook workbook) => new(workbook, Figures(workbook));

    public static IReadOnlyList<PlanSubsidiary> All => [.. SeedSamples.All.Select(Subsidiary)];
}
