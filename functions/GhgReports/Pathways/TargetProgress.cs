using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>What a target is measured in, as far as our figures carry it.</summary>
internal enum TargetMetricKind
{
    /// <summary>Scope 1+2 tCO2e per tonne of output.</summary>
    ProcessIntensity,

    /// <summary>Scope 3 category 1 tCO2e per tonne of purchased aluminium.</summary>
    PurchasedAluminiumIntensity,

    /// <summary>Scope 1+2 tCO2e.</summary>
    AbsoluteScope12,
}

/// <summary>
/// One stored year against its target level and pathway. Gaps are actual − required: positive means behind, in the
/// metric's unit, in tCO2e (an intensity gap × that year's tonnes) and in % of the required level.
/// </summary>
internal sealed record TargetYearProgress(
    int Year,
    decimal Actual,
    decimal TargetLevel,
    decimal GapToTarget,
    decimal GapToTargetTco2e,
    decimal GapToTargetPercent,
    bool MeetsTarget,
    decimal? PathwayLevel,
    decimal? GapToPathwayTco2e,
    decimal? GapToPathwayPercent,
    bool? MeetsPathway);

/// <summary>
/// The simple forecast: the latest stored year's scope 1+2 less the annual savings of the measures not yet in it, at
/// that year's output. No growth, no grid change, no overlap between measures: <see cref="Assumption"/> says so in print.
/// </summary>
internal sealed record TargetForecast(
    int FromYear,
    int TargetYear,
    decimal AnnualSavingsTco2,
    IReadOnlyList<MeasureEffect> MeasuresCounted,
    decimal ForecastValue,
    decimal TargetLevel,
    decimal GapTco2e,
    decimal GapPercent,
    bool MeetsTarget,
    Bilingual Assumption);

internal sealed record TargetProgressResult(
    string SubsidiaryCode,
    TargetDeclaration Target,
    TargetMetricKind Metric,
    decimal BaseValue,
    decimal TargetLevelAtTargetYear,
    IReadOnlyList<TargetYearProgress> Years,
    TargetForecast? Forecast);

/// <summary>Progress of stored years against a target and its pathway, and a forecast to the target year.</summary>
internal static class TargetProgress
{
    public const string GroupCode = "GROUP";

    /// <summary>The metric a target is on, or null when our figures do not carry it (scope 1 or 2 alone, all categories).</summary>
    public static TargetMetricKind? MetricOf(TargetDeclaration target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return (target.Boundary, target.Metric) switch
        {
            (TargetBoundary.Scope12, "intensity") => TargetMetricKind.ProcessIntensity,
            (TargetBoundary.Scope12, "absolute") => TargetMetricKind.AbsoluteScope12,
            (TargetBoundary.Scope3PurchasedAluminium, "intensity") => TargetMetricKind.PurchasedAluminiumIntensity,
            _ => null,
        };
    }

    /// <summary>
    /// The level the target requires in <paramref name="year"/>. "per-year" compounds each year up to the target year.
    /// A "vs-base" target (or a target value) says nothing about the years before it, so those get a straight line
    /// from the base: the simplest expectation, and the one a reader checks by eye. Null when the target has neither a
    /// percentage nor a value.
    /// </summary>
    public static decimal? LevelAt(TargetDeclaration target, decimal baseValue, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (year <= target.BaseYear)
        {
            return baseValue;
        }
        if (target.TargetValue is null && target.ReductionPercent is { } perYear && target.Cadence == "per-year")
        {
            var level = baseValue;
            for (var y = target.BaseYear; y < Math.Min(year, target.TargetYear); y++)
            {
                level *= 1m - perYear / 100m;
            }
            return level;
        }
        decimal? end = target.TargetValue ?? (target.ReductionPercent is { } r ? baseValue * (1m - r / 100m) : null);
        if (end is not { } final)
        {
            return null;
        }
        if (year >= target.TargetYear || target.TargetYear <= target.BaseYear)
        {
            return final;
        }
        return baseValue + (final - baseValue) * (year - target.BaseYear) / (target.TargetYear - target.BaseYear);
    }

    /// <summary>
    /// Progress of every stored year after the base. Null when the target's metric is not in our figures, the base year
    /// is not stored, or the target has no level. <paramref name="pathway"/> adds the pathway columns; the forecast counts
    /// the quantified scope 1+2 measures in <paramref name="measures"/> that start after the latest stored period (or
    /// carry no start date): pass only those not already reflected in the stored figures.
    /// </summary>
    public static TargetProgressResult? Assess(string subsidiaryCode, TargetDeclaration target, IEnumerable<SubsidiaryFigures> figures,
        Pathway? pathway = null, IEnumerable<MeasureEffect>? measures = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(figures);
        if (MetricOf(target) is not { } metric)
        {
            return null;
        }
        var stored = figures.OrderBy(f => f.ReportingYear).ToList();
        var baseFigures = stored.Find(f => f.ReportingYear == target.BaseYear);
        if (baseFigures is null || Value(metric, baseFigures) is not { } baseValue || LevelAt(target, baseValue, target.TargetYear) is not { } finalLevel)
        {
            return null;
        }

        var years = new List<TargetYearProgress>();
        foreach (var year in stored.Where(f => f.ReportingYear > target.BaseYear))
        {
            if (Value(metric, year) is not { } actual || LevelAt(target, baseValue, year.ReportingYear) is not { } level)
            {
                continue;
            }
            var tonnes = Tonnes(metric, year);
            var gap = actual - level;
            decimal? pathwayLevel = metric == TargetMetricKind.AbsoluteScope12 ? null : pathway?.At(year.ReportingYear)?.Target;
            years.Add(new TargetYearProgress(
                year.ReportingYear, actual, level, gap, gap * tonnes, Percent(gap, level), actual <= level,
                pathwayLevel,
                pathwayLevel is { } p ? (actual - p) * tonnes : null,
                pathwayLevel is { } q ? Percent(actual - q, q) : null,
                pathwayLevel is { } s ? actual <= s : null));
        }

        return new TargetProgressResult(subsidiaryCode, target, metric, baseValue, finalLevel, years,
            Forecast(metric, target, stored[^1], finalLevel, measures));
    }

    /// <summary>
    /// The group's progress: each year's figures are the group consolidation of that year (the register's approach and
    /// shares, <see cref="SubsidiaryFigures.FromGroup"/>), assessed like one entity, so that plan, pack and progress
    /// count members alike. Comparability across years (the same members) is the caller's to state.
    /// </summary>
    public static TargetProgressResult? AssessGroup(TargetDeclaration target, IEnumerable<SubsidiaryFigures> groupYears,
        IEnumerable<MeasureEffect>? measures = null) =>
        Assess(GroupCode, target, groupYears, null, measures);

    private static TargetForecast? Forecast(TargetMetricKind metric, TargetDeclaration target, SubsidiaryFigures latest, decimal finalLevel,
        IEnumerable<MeasureEffect>? measures)
    {
        // Measures are quantified in scope 1+2 tCO2e; they say nothing about purchased-aluminium intensity, and a target
        // year already stored needs its actual figure, not a forecast.
        if (metric == TargetMetricKind.PurchasedAluminiumIntensity || latest.ReportingYear >= target.TargetYear)
        {
            return null;
        }
        var counted = (measures ?? [])
            .Where(m => m.ReductionTco2e is not null)
            .Where(m => m.Start is null || m.Start > latest.PeriodEnd)
            .ToList();
        var savings = counted.Sum(m => m.ReductionTco2e!.Value);
        var emissions = latest.Scope12Tco2e - savings;
        var value = metric == TargetMetricKind.AbsoluteScope12 ? emissions : emissions / latest.OutputTonnes;
        var gap = value - finalLevel;
        return new TargetForecast(latest.ReportingYear, target.TargetYear, savings, counted, value, finalLevel,
            gap * Tonnes(metric, latest), Percent(gap, finalLevel), value <= finalLevel,
            PlanTexts.ForecastAssumption.Format(latest.ReportingYear, target.TargetYear));
    }

    private static decimal? Value(TargetMetricKind metric, SubsidiaryFigures f) => metric switch
    {
        TargetMetricKind.ProcessIntensity => f.OutputTonnes > 0 ? f.ProcessIntensity : null,
        TargetMetricKind.AbsoluteScope12 => f.Scope12Tco2e,
        TargetMetricKind.PurchasedAluminiumIntensity => f.PurchasedAluminiumIntensity,
        _ => null,
    };

    /// <summary>What turns a gap in the metric into tCO2e.</summary>
    private static decimal Tonnes(TargetMetricKind metric, SubsidiaryFigures f) => metric switch
    {
        TargetMetricKind.ProcessIntensity => f.OutputTonnes,
        TargetMetricKind.PurchasedAluminiumIntensity => f.PurchasedAluminiumTonnes ?? 0m,
        _ => 1m,
    };

    private static decimal Percent(decimal gap, decimal level) => level == 0 ? 0m : gap / level * 100m;
}
