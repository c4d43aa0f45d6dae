using GhgReports.Inventory.Consolidation;
using GhgReports.Pathways;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.Submissions;

namespace GhgReports.Tracker;

/// <summary>
/// The group's headline figures for a year as the plan states them: scope 1+2 (location-based) and output of the
/// members with data in force, consolidated by the register under the group's approach; the intensity against the
/// group base year's; the group target's required level, as <see cref="TargetProgress.AssessGroup"/> computes it for the
/// plan's progress section.
/// </summary>
/// <param name="Members">The subsidiaries counted (data in force for the year), in register order.</param>
/// <param name="IntensityChangePercent">Change of the intensity from the base year's, in percent (negative: lower).</param>
public sealed record GroupKpis(
    int Year,
    IReadOnlyList<string> Members,
    int Registered,
    decimal Scope12Tco2e,
    decimal OutputTonnes,
    decimal? Intensity,
    int BaseYear,
    decimal? BaseScope12Tco2e,
    decimal? BaseIntensity,
    decimal? IntensityChangePercent,
    GroupTargetKpi? Target)
{
    /// <summary>Null when no registered subsidiary has data in force for the year (nothing to add up), or the members mix GWP sets.</summary>
    public static GroupKpis? Of(YearData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var target = TargetBoundary.Headline(data.Group.Targets);
        var baseYear = PlanGenerator.GroupBaseYear(data);
        var years = GroupYearSeries.Of(
            data.Subsidiaries.Select(s => (s.Registered, s.Earlier.Select(e => e.Inventory).Concat(s.Current is { } c ? [c.Inventory] : []))),
            data.Group.Group.ConsolidationApproach, Math.Min(baseYear, data.Year), data.Year);
        if (!years.TryGetValue(data.Year, out var current))
        {
            return null;
        }
        var figures = current.Figures;
        var intensity = IntensityOf(figures);
        var baseline = years.GetValueOrDefault(baseYear);
        var baseIntensity = baseline is null ? null : IntensityOf(baseline.Figures);
        return new GroupKpis(data.Year, current.Members, data.Subsidiaries.Count, figures.Scope12Tco2e, figures.OutputTonnes, intensity,
            baseYear, baseline?.Figures.Scope12Tco2e, baseIntensity,
            intensity is { } now && baseIntensity is { } then && then != 0 ? Math.Round((now - then) / then * 100m, 1) : null,
            target is null ? null : GroupTargetKpi.Of(target, years, data.Year));
    }

    private static decimal? IntensityOf(SubsidiaryFigures figures) => figures.OutputTonnes > 0 ? figures.Scope12Tco2e / figures.OutputTonnes : null;
}

/// <summary>
/// The group target against this year: its metric, the level required this year and in the target year, and whether the
/// year meets it. Null fields where the target's metric is not one our figures carry or its base year is not stored.
/// </summary>
public sealed record GroupTargetKpi(
    int BaseYear,
    int TargetYear,
    decimal? ReductionPercent,
    string Boundary,
    string Metric,
    decimal? BaseValue,
    decimal? Actual,
    decimal? LevelThisYear,
    decimal? LevelAtTargetYear,
    bool? MeetsTarget)
{
    internal static GroupTargetKpi Of(TargetDeclaration target, IReadOnlyDictionary<int, GroupYear> years, int year)
    {
        var result = TargetProgress.MetricOf(target) is not null && years.ContainsKey(target.BaseYear)
            ? TargetProgress.AssessGroup(target, years.Where(y => y.Key >= target.BaseYear).Select(y => y.Value.Figures))
            : null;
        var now = result?.Years.FirstOrDefault(y => y.Year == year);
        return new GroupTargetKpi(target.BaseYear, target.TargetYear, target.ReductionPercent, target.Boundary, target.Metric,
            result?.BaseValue, now?.Actual, now?.TargetLevel, result?.TargetLevelAtTargetYear, now?.MeetsTarget);
    }
}
