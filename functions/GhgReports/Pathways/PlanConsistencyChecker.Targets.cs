using System.Globalization;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>The checks of each declared target: its base year, against the pathway table, the group target and its wording.</summary>
internal sealed partial class PlanConsistencyChecker
{
    // A target row and the Entity sheet each name a base year; the pathway runs from the Entity sheet's, so a target on
    // another base is measured from a year the plan does not use as base.
    private static IEnumerable<PlanWarning> BaseYearMismatch(PlanSubsidiary s, TargetDeclaration target)
    {
        var entityBase = s.Workbook.Entity.BaseYear;
        if (target.BaseYear == entityBase)
        {
            yield break;
        }
        yield return new PlanWarning(PlanWarningCodes.BaseYearMismatch, s.Code,
            new Dictionary<string, string> { ["targetRow"] = Int(target.Row), ["targetBaseYear"] = Int(target.BaseYear), ["entityBaseYear"] = Int(entityBase) },
            PlanTexts.BaseYearMismatch.Format(target.Row, target.BaseYear, entityBase));
    }

    // The stated target's level at a year the table lists (the target year, else the last listed year before it)
    // against the table there. Tolerance: the table's rounding plus the target's own (5 % is 4.5–5.5 %; 0.2 is 0.15–0.25).
    private static IEnumerable<PlanWarning> TargetAgainstTable(PlanSubsidiary s, TargetDeclaration target, IReadOnlyList<PathwayComparison> comparisons)
    {
        var kind = TargetProgress.MetricOf(target) switch
        {
            TargetMetricKind.ProcessIntensity => PathwayKind.Process,
            TargetMetricKind.PurchasedAluminiumIntensity => PathwayKind.PurchasedAluminium,
            _ => (PathwayKind?)null,
        };
        var comparison = comparisons.FirstOrDefault(c => c.Ours.Kind == kind);
        if (kind is null || comparison is null)
        {
            yield break;
        }
        var year = comparison.Years
            .Where(y => y.Declared is not null && y.Year > target.BaseYear && y.Year <= target.TargetYear)
            .MaxBy(y => y.Year);
        var baseValue = comparison.Ours.BaseIntensity;
        if (year is null || TargetProgress.LevelAt(target, baseValue, year.Year) is not { } level)
        {
            yield break;
        }
        var targetRounding = target.TargetValue is { } v ? PrintedPrecision.HalfUnit(v)
            : target.ReductionPercent is { } r ? baseValue * PrintedPrecision.HalfUnit(r) / 100m : 0m;
        var declared = year.Declared!.Value;
        if (Math.Abs(level - declared) <= kind.Value.RoundingTolerance() + targetRounding)
        {
            yield break;
        }
        var figures = new Dictionary<string, string>
        {
            ["targetRow"] = Int(target.Row),
            ["pathway"] = kind.Value.Key(),
            ["year"] = Int(year.Year),
            ["baseIntensity"] = Num(baseValue),
            ["targetLevel"] = Num(level),
            ["targetReductionPercent"] = Pct(1m - level / baseValue),
            ["declared"] = Num(declared),
            ["tableReductionPercent"] = Pct(1m - declared / baseValue),
        };
        yield return new PlanWarning(PlanWarningCodes.TargetContradictsPathway, s.Code, figures,
            PlanTexts.TargetContradictsPathway.Format(target.Wording ?? "", year.Year, Printed(kind.Value, level), PlanNumbers.Share((1m - level / baseValue) * 100m),
                Printed(kind.Value, declared), PlanNumbers.Share((1m - declared / baseValue) * 100m), level < declared ? PlanTexts.Stricter : PlanTexts.Weaker,
                PlanTexts.PathwayName(kind.Value)));
    }

    private static IEnumerable<PlanWarning> TargetAgainstGroup(PlanSubsidiary s, TargetDeclaration target, TargetDeclaration group)
    {
        if (target.Boundary != group.Boundary)
        {
            yield break;
        }
        if (target.Metric != group.Metric || target.GasBasis != group.GasBasis)
        {
            yield return new PlanWarning(PlanWarningCodes.TargetMetricDiffersFromGroup, s.Code,
                new Dictionary<string, string>
                {
                    ["targetRow"] = Int(target.Row),
                    ["metric"] = $"{target.Metric} {target.GasBasis}",
                    ["reduction"] = target.ReductionPercent is { } r ? Num(r) + " %" : Num(target.TargetValue ?? 0m) + " " + target.TargetUnit,
                    ["groupMetric"] = $"{group.Metric} {group.GasBasis}",
                    ["groupReduction"] = Num(group.ReductionPercent ?? 0m) + " %",
                    ["groupTargetYear"] = Int(group.TargetYear),
                },
                PlanTexts.TargetMetricDiffers.Format(target.Wording ?? "", PlanTexts.MetricName(target.Metric), target.GasBasis,
                    PlanTexts.MetricName(group.Metric), group.GasBasis, PlanNumbers.Percent(group.ReductionPercent ?? 0m), group.TargetYear));
            yield break;
        }
        // Same metric: what the subsidiary's target implies by the group's target year, per unit of its own base.
        var baseValue = TargetProgress.MetricOf(target) switch
        {
            TargetMetricKind.ProcessIntensity when s.BaseFigures.OutputTonnes > 0 => s.BaseFigures.ProcessIntensity,
            TargetMetricKind.AbsoluteScope12 => s.BaseFigures.Scope12Tco2e,
            _ => (decimal?)null,
        };
        if (baseValue is not { } b || b == 0 || group.ReductionPercent is not { } groupPercent
            || TargetProgress.LevelAt(target, b, group.TargetYear) is not { } level)
        {
            yield break;
        }
        var implied = (1m - level / b) * 100m;
        if (implied >= groupPercent)
        {
            yield break;
        }
        var figures = new Dictionary<string, string>
        {
            ["targetRow"] = Int(target.Row),
            ["groupTargetYear"] = Int(group.TargetYear),
            ["impliedReductionPercent"] = Num(Math.Round(implied, 2)),
            ["groupReductionPercent"] = Num(groupPercent),
        };
        if (target.TargetYear > group.TargetYear)
        {
            figures["assumption"] = "straight line from base to target year";
        }
        yield return new PlanWarning(PlanWarningCodes.TargetWeakerThanGroup, s.Code, figures,
            PlanTexts.TargetWeakerThanGroup.Format(target.Wording ?? "", group.TargetYear, PlanNumbers.Share(implied), PlanNumbers.Percent(groupPercent),
                target.TargetYear > group.TargetYear ? PlanTexts.StraightLineNote : PlanTexts.Empty));
    }

    private static IEnumerable<PlanWarning> TargetWording(PlanSubsidiary s, TargetDeclaration target)
    {
        if (target.Metric == "intensity" && target.TargetUnit is { } unit && MentionsEmissions(unit) && !IsPerSomething(unit))
        {
            yield return new PlanWarning(PlanWarningCodes.IntensityUnitNotPerTonne, s.Code,
                new Dictionary<string, string> { ["targetRow"] = Int(target.Row), ["unit"] = unit },
                PlanTexts.TargetUnitNotPerTonne.Format(target.Wording ?? "", unit));
        }
        var where = target.GasBasis == "CO2" ? "gasBasis"
            : target.TargetUnit is { } u && SaysCo2NotCo2e(u) ? "unit"
            : target.Wording is { } w && SaysCo2NotCo2e(w) ? "wording"
            : null;
        if (where is not null)
        {
            yield return new PlanWarning(PlanWarningCodes.Co2InsteadOfCo2e, s.Code,
                new Dictionary<string, string>
                {
                    ["targetRow"] = Int(target.Row),
                    ["where"] = where,
                    ["gasBasis"] = target.GasBasis,
                    ["unit"] = target.TargetUnit ?? "",
                },
                PlanTexts.TargetCo2NotCo2e.Format(target.Wording ?? target.TargetUnit ?? ""));
        }
    }
}
