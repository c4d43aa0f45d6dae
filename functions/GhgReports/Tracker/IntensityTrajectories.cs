using GhgReports.Inventory.Factors;
using GhgReports.Pathways;
using GhgReports.Plan;
using GhgReports.Reporting;

namespace GhgReports.Tracker;

/// <summary>One year's value on a chart, rounded as the page prints it.</summary>
public sealed record YearValue(int Year, decimal Value);

/// <summary>
/// A subsidiary's scope 1+2 intensity (tCO2e per tonne of output, location-based) in each year in force, beside the
/// process pathway the plan computes for it from its base year. <paramref name="Pathway"/> is empty when none can be
/// computed (no data, no output in the base year, or no curve for its stage and base year), and
/// <paramref name="NoPathway"/> says which.
/// </summary>
public sealed record IntensityTrajectory(string Code, string NameZh, string? NameEn, int? BaseYear, IReadOnlyList<YearValue> Actual,
    IReadOnlyList<YearValue> Pathway, string? NoPathway);

/// <summary>
/// The HQ home's small multiples: each registered subsidiary's intensity against its own pathway, by the plan's rules:
/// the base is the Entity sheet's base year in force, else the first year stored (PlanBuilder), the pathway is the
/// process pathway of <see cref="PlanConsistencyChecker.Pathways"/> up to <see cref="PlanBuilder.PathwayHorizon"/>.
/// </summary>
internal static class IntensityTrajectories
{
    /// <summary>Why a subsidiary has no pathway on its chart; the page words them in both languages.</summary>
    public const string NoData = "no-data";
    public const string NoOutput = "no-output";
    public const string NoCurve = "no-curve";

    private const int Decimals = 4;

    public static IReadOnlyList<IntensityTrajectory> Of(YearData data, PathwayCurveSet curves, IFactorCatalog factors) =>
        [.. Compute(data, curves, factors).Select(c => c.Trajectory)];

    /// <summary>Each subsidiary's trajectory with its pathway and its output in the year (for weighting a group pathway).</summary>
    internal static IReadOnlyList<(IntensityTrajectory Trajectory, Pathway? Pathway, decimal? OutputThisYear)> Compute(YearData data, PathwayCurveSet curves,
        IFactorCatalog factors)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(curves);
        var checker = new PlanConsistencyChecker(new PathwayEngine(curves), new MeasureEffects(factors));
        return [.. data.Subsidiaries.Select(s => Compute(s, curves, checker))];
    }

    private static (IntensityTrajectory, Pathway?, decimal?) Compute(SubsidiaryYearData s, PathwayCurveSet curves, PlanConsistencyChecker checker)
    {
        var registered = s.Registered;
        var inForce = s.Earlier.Concat(s.Current is { } c ? [c] : []).ToList();
        var figures = inForce.Select(i => SubsidiaryFigures.FromInventory(registered.Code, i.Inventory, registered.GridFactorId)).ToList();
        var actual = figures.Where(f => f.OutputTonnes > 0).Select(f => new YearValue(f.ReportingYear, Math.Round(f.ProcessIntensity, Decimals))).ToList();
        var thisYear = s.Current is null ? null : figures[^1];
        if (inForce.Count == 0)
        {
            return (new IntensityTrajectory(registered.Code, registered.NameZh, registered.NameEn, null, actual, [], NoData), null, null);
        }
        var latest = inForce[^1];
        var entity = latest.Workbook.Entity;
        var (baseFigures, _) = BaseYearFigures.Choose(entity.BaseYear, figures);
        string? reason = null;
        Pathway? pathway = null;
        if (!curves.Covers(entity.ProductionStage, baseFigures.ReportingYear))
        {
            reason = NoCurve;
        }
        else if (baseFigures.OutputTonnes <= 0)
        {
            reason = NoOutput;
        }
        else
        {
            pathway = checker.Pathways(new PlanSubsidiary(latest.Workbook, figures[^1]) { Base = baseFigures })
                .Select(p => p.Ours).FirstOrDefault(p => p.Kind == PathwayKind.Process);
            reason = pathway is null ? NoOutput : null;
        }
        var points = pathway?.Points.Where(p => p.Year <= PlanBuilder.PathwayHorizon).Select(p => new YearValue(p.Year, Math.Round(p.Target, Decimals))).ToList() ?? [];
        return (new IntensityTrajectory(registered.Code, registered.NameZh, registered.NameEn, pathway?.BaseYear, actual, points, reason), pathway,
            thisYear is { OutputTonnes: > 0 } ? thisYear.OutputTonnes : null);
    }
}
