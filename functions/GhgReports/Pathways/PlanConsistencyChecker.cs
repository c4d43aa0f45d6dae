using System.Globalization;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>
/// Checks the plan's declared tables, targets and measures against each other, against our pathway and against the
/// inventory figures. Every finding is a warning: the plan is still produced, with the warnings printed beside the
/// figures they concern. <see cref="PlanWarning.Figures"/> keep the exact values; the messages print each number as the
/// plan prints its metric elsewhere (<see cref="PlanNumbers"/>), so a warning never shows more decimals than the table.
/// </summary>
internal sealed partial class PlanConsistencyChecker(PathwayEngine engine, MeasureEffects measures)
{
    /// <summary>
    /// Category 4 also holds consumables, other goods and services besides purchased metal; for an aluminium processor
    /// those are a few percent of it (the seed's CP: 16.4 × 147,400 t is 99.99 % of its category 4), and the printed
    /// intensity has two or three significant figures. More than 20 % apart means a different denominator or scope.
    /// </summary>
    public const decimal Category4RelativeTolerance = 0.20m;

    private readonly PathwayEngine engine = engine ?? throw new ArgumentNullException(nameof(engine));
    private readonly MeasureEffects measures = measures ?? throw new ArgumentNullException(nameof(measures));

    /// <summary>All warnings for the plan: per subsidiary, then those that need the whole group.</summary>
    public IReadOnlyList<PlanWarning> Check(TargetDeclaration groupTarget, IReadOnlyList<PlanSubsidiary> subsidiaries)
    {
        ArgumentNullException.ThrowIfNull(groupTarget);
        ArgumentNullException.ThrowIfNull(subsidiaries);
        var warnings = new List<PlanWarning>();
        foreach (var subsidiary in subsidiaries)
        {
            warnings.AddRange(CheckSubsidiary(subsidiary, groupTarget, subsidiaries));
        }
        warnings.AddRange(MixedPeriods(subsidiaries));
        return warnings;
    }

    /// <summary>Our pathways for the subsidiary's stage beside its declared tables (purchased aluminium only with a base intensity).</summary>
    public IReadOnlyList<PathwayComparison> Pathways(PlanSubsidiary subsidiary)
    {
        ArgumentNullException.ThrowIfNull(subsidiary);
        var entity = subsidiary.Workbook.Entity;
        var baseFigures = subsidiary.BaseFigures;
        var result = new List<PathwayComparison>(2);
        if (baseFigures.OutputTonnes > 0)
        {
            result.Add(PathwayComparison.Compare(
                engine.Compute(entity.SubsidiaryCode, entity.ProductionStage, PathwayKind.Process, baseFigures.ReportingYear, baseFigures.ProcessIntensity),
                subsidiary.Workbook.DeclaredPathway));
        }
        if (baseFigures.PurchasedAluminiumIntensity is { } purchased)
        {
            result.Add(PathwayComparison.Compare(
                engine.Compute(entity.SubsidiaryCode, entity.ProductionStage, PathwayKind.PurchasedAluminium, baseFigures.ReportingYear, purchased),
                subsidiary.Workbook.DeclaredPathway));
        }
        return result;
    }

    public IReadOnlyList<PlanWarning> CheckSubsidiary(PlanSubsidiary subsidiary, TargetDeclaration groupTarget, IReadOnlyList<PlanSubsidiary> peers)
    {
        ArgumentNullException.ThrowIfNull(subsidiary);
        ArgumentNullException.ThrowIfNull(groupTarget);
        ArgumentNullException.ThrowIfNull(peers);
        var warnings = new List<PlanWarning>();
        var comparisons = Pathways(subsidiary);
        foreach (var comparison in comparisons)
        {
            warnings.AddRange(NotFromBase(subsidiary, comparison, peers));
            warnings.AddRange(Differs(subsidiary, comparison));
        }
        foreach (var target in subsidiary.Workbook.Targets)
        {
            warnings.AddRange(BaseYearMismatch(subsidiary, target));
            warnings.AddRange(TargetAgainstTable(subsidiary, target, comparisons));
            warnings.AddRange(TargetAgainstGroup(subsidiary, target, groupTarget));
            warnings.AddRange(TargetWording(subsidiary, target));
        }
        warnings.AddRange(TableUnits(subsidiary));
        warnings.AddRange(SmallSavings(subsidiary));
        warnings.AddRange(Significance(subsidiary));
        warnings.AddRange(PurchasedMetal(subsidiary));
        return warnings;
    }

    // A declared table is derivable from the entity's own base only if every later year lies between base × p(t)
    // (the lowest a convergence formula can reach, with S_conv ≥ 0) and the base itself (the floor), and its base-year
    // value is the entity's base. This holds for any S_conv, so it does not rest on the provisional curves' fit.
    private static IEnumerable<PlanWarning> NotFromBase(PlanSubsidiary s, PathwayComparison comparison, IReadOnlyList<PlanSubsidiary> peers)
    {
        var ours = comparison.Ours;
        var tolerance = ours.Kind.RoundingTolerance();
        var declaredBase = comparison.Years.FirstOrDefault(y => y.Origin == PathwayPointOrigin.Base && y.Declared is not null);
        var offending = comparison.Years
            .Where(y => y.Declared is not null && y.Origin != PathwayPointOrigin.Base)
            .FirstOrDefault(y => y.Declared > ours.BaseIntensity + tolerance || y.Declared < ours.BaseIntensity * ours.At(y.Year)!.P - tolerance);
        var baseOff = declaredBase is { BeyondRounding: true };
        if (offending is null && !baseOff)
        {
            yield break;
        }

        var figures = new Dictionary<string, string>
        {
            ["pathway"] = ours.Kind.Key(),
            ["baseYear"] = Int(ours.BaseYear),
            ["baseIntensity"] = Num(ours.BaseIntensity),
        };
        if (declaredBase?.Declared is { } b)
        {
            figures["declaredBase"] = Num(b);
        }
        var year = offending ?? declaredBase!;
        var low = ours.BaseIntensity * ours.At(year.Year)!.P;
        figures["year"] = Int(year.Year);
        figures["declared"] = Num(year.Declared!.Value);
        figures["derivableFrom"] = Num(low);
        figures["derivableTo"] = Num(ours.BaseIntensity);
        var copiedFrom = CopiedFrom(s, ours.Kind, peers);
        if (copiedFrom is not null)
        {
            figures["sameAsTableOf"] = copiedFrom;
        }
        var message = PlanTexts.PathwayNotFromBase.Format(PlanTexts.PathwayName(ours.Kind), Printed(ours.Kind, ours.BaseIntensity), year.Year,
            Printed(ours.Kind, year.Declared!.Value), Printed(ours.Kind, low), Printed(ours.Kind, ours.BaseIntensity),
            copiedFrom is null ? PlanTexts.Empty : PlanTexts.SameAsTableOf.Format(copiedFrom));
        yield return new PlanWarning(PlanWarningCodes.PathwayNotFromBase, s.Code, figures, message);
    }

    /// <summary>Another subsidiary whose declared table has the same values for every year after the base.</summary>
    private static string? CopiedFrom(PlanSubsidiary s, PathwayKind kind, IReadOnlyList<PlanSubsidiary> peers)
    {
        var key = kind.Key();
        var baseYear = s.Workbook.Entity.BaseYear;
        static List<(int, decimal)> Later(SubsidiaryWorkbook w, string key, int baseYear) =>
            [.. w.DeclaredPathway.Where(p => p.Pathway == key && p.Year > baseYear).OrderBy(p => p.Year).Select(p => (p.Year, p.Value))];
        var mine = Later(s.Workbook, key, baseYear);
        if (mine.Count == 0)
        {
            return null;
        }
        return peers.Where(p => p.Code != s.Code)
            .FirstOrDefault(p => Later(p.Workbook, key, baseYear).SequenceEqual(mine))?.Code;
    }

    private static IEnumerable<PlanWarning> Differs(PlanSubsidiary s, PathwayComparison comparison)
    {
        var divergent = comparison.Divergent;
        if (divergent.Count == 0)
        {
            yield break;
        }
        var ours = comparison.Ours;
        var largest = comparison.LargestDeviation!;
        var figures = new Dictionary<string, string>
        {
            ["pathway"] = ours.Kind.Key(),
            ["curveSet"] = ours.CurveSetVersion,
            ["tolerance"] = Num(ours.Kind.RoundingTolerance()),
            ["years"] = string.Join(", ", divergent.Select(y => Int(y.Year))),
            ["largestDeviationYear"] = Int(largest.Year),
            ["largestDeviation"] = Num(largest.Deviation!.Value),
        };
        foreach (var y in divergent)
        {
            figures[$"ours{y.Year}"] = Num(y.Ours);
            figures[$"declared{y.Year}"] = Num(y.Declared!.Value);
        }
        yield return new PlanWarning(PlanWarningCodes.PathwayDiffers, s.Code, figures,
            PlanTexts.PathwayDiffers.Format(PlanTexts.PathwayName(ours.Kind), figures["years"], largest.Year,
                Printed(ours.Kind, largest.Ours), Printed(ours.Kind, largest.Declared!.Value),
                ours.Provisional ? PlanTexts.ProvisionalCurvesNote : PlanTexts.Empty));
    }

    private static IEnumerable<PlanWarning> TableUnits(PlanSubsidiary s)
    {
        foreach (var group in s.Workbook.DeclaredPathway.GroupBy(p => p.Unit))
        {
            var unit = group.Key;
            var pathways = string.Join(", ", group.Select(p => p.Pathway).Distinct());
            if (!IsPerSomething(unit))
            {
                yield return new PlanWarning(PlanWarningCodes.IntensityUnitNotPerTonne, s.Code,
                    new Dictionary<string, string> { ["pathways"] = pathways, ["unit"] = unit, ["firstRow"] = Int(group.Min(p => p.Row)) },
                    PlanTexts.TableUnitNotPerTonne.Format(unit));
            }
            if (SaysCo2NotCo2e(unit))
            {
                yield return new PlanWarning(PlanWarningCodes.Co2InsteadOfCo2e, s.Code,
                    new Dictionary<string, string> { ["pathways"] = pathways, ["unit"] = unit, ["firstRow"] = Int(group.Min(p => p.Row)) },
                    PlanTexts.TableCo2NotCo2e.Format(unit));
            }
        }
    }

    private IEnumerable<PlanWarning> SmallSavings(PlanSubsidiary s)
    {
        foreach (var effect in measures.Compute(s.Workbook.Measures, s.Figures).Where(e => e.ImplausiblySmall))
        {
            var measure = s.Workbook.Measures.First(m => m.Row == effect.Row);
            var figures = new Dictionary<string, string>
            {
                ["measureRow"] = Int(effect.Row),
                ["declared"] = $"{Num(measure.AnnualAmount ?? 0m)} {measure.AnnualUnit}",
                ["annualMwh"] = Num(effect.AnnualMwh ?? 0m),
                ["annualTco2"] = Num(Math.Round(effect.AnnualTco2e ?? 0m, 3)),
                ["scope12Tco2e"] = Num(s.Figures.Scope12Tco2e),
                ["sharePercent"] = Num(Math.Round(effect.ShareOfScope12Percent ?? 0m, 4)),
                ["thresholdPercent"] = Num(MeasureEffects.ImplausibleSharePercent),
            };
            yield return new PlanWarning(PlanWarningCodes.EnergySavingImplausiblySmall, s.Code, figures,
                PlanTexts.EnergySavingImplausiblySmall.Format(effect.Name, figures["declared"], PlanNumbers.Saving(effect.AnnualTco2e ?? 0m),
                    PlanNumbers.Share(effect.ShareOfScope12Percent ?? 0m), PlanNumbers.Tonnes(s.Figures.Scope12Tco2e), Num((measure.AnnualAmount ?? 0m) * 10m)));
        }
    }

    private static IEnumerable<PlanWarning> Significance(PlanSubsidiary s)
    {
        var decisions = s.Workbook.Entity.Significance;
        var unjustified = new[] { 5, 6 }
            .Where(c => decisions.FirstOrDefault(d => d.Category == c) is not { } d || (!d.Included && string.IsNullOrWhiteSpace(d.Justification)))
            .ToList();
        if (unjustified.Count > 0)
        {
            var categories = string.Join(", ", unjustified.Select(Int));
            yield return new PlanWarning(PlanWarningCodes.Categories5And6Unjustified, s.Code,
                new Dictionary<string, string> { ["categories"] = categories },
                PlanTexts.Categories5And6Unjustified.Format(categories));
        }
    }

    private static IEnumerable<PlanWarning> PurchasedMetal(PlanSubsidiary s)
    {
        var f = s.Figures;
        if (f.PurchasedAluminiumIntensity is not { } intensity || f.PurchasedAluminiumTonnes is not { } tonnes || f.Category4Tco2e is not { } category4 || category4 <= 0)
        {
            yield break;
        }
        var implied = intensity * tonnes;
        if (Math.Abs(implied / category4 - 1m) <= Category4RelativeTolerance)
        {
            yield break;
        }
        var figures = new Dictionary<string, string>
        {
            ["purchasedIntensity"] = Num(intensity),
            ["purchasedTonnes"] = Num(tonnes),
            ["impliedTco2e"] = Num(implied),
            ["category4Tco2e"] = Num(category4),
            ["ratio"] = Num(Math.Round(category4 / implied, 2)),
            ["impliedTonnesAtIntensity"] = Num(Math.Round(category4 / intensity, 0)),
        };
        yield return new PlanWarning(PlanWarningCodes.PurchasedMetalVsCategory4, s.Code, figures,
            PlanTexts.PurchasedMetalVsCategory4.Format(Printed(PathwayKind.PurchasedAluminium, intensity), PlanNumbers.Tonnes(tonnes), PlanNumbers.Tonnes(implied),
                PlanNumbers.Tonnes(category4), PlanNumbers.Ratio(category4 / implied), PlanNumbers.Tonnes(category4 / intensity)));
    }

    // One consolidated figure per reporting year adds up whatever periods the subsidiaries declared under it. The most
    // common period is taken as the group's; each subsidiary on another period is flagged.
    private static IEnumerable<PlanWarning> MixedPeriods(IReadOnlyList<PlanSubsidiary> subsidiaries)
    {
        foreach (var year in subsidiaries.GroupBy(s => s.Figures.ReportingYear))
        {
            var periods = year.GroupBy(s => (s.Figures.PeriodStart, s.Figures.PeriodEnd))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.PeriodStart).ToList();
            if (periods.Count < 2)
            {
                continue;
            }
            var main = periods[0];
            foreach (var odd in periods.Skip(1).SelectMany(g => g))
            {
                var f = odd.Figures;
                var figures = new Dictionary<string, string>
                {
                    ["reportingYear"] = Int(year.Key),
                    ["periodStart"] = Date(f.PeriodStart),
                    ["periodEnd"] = Date(f.PeriodEnd),
                    ["groupPeriodStart"] = Date(main.Key.PeriodStart),
                    ["groupPeriodEnd"] = Date(main.Key.PeriodEnd),
                    ["groupPeriodSubsidiaries"] = string.Join(", ", main.Select(s => s.Code)),
                };
                yield return new PlanWarning(PlanWarningCodes.MixedReportingPeriods, odd.Code, figures,
                    PlanTexts.MixedReportingPeriods.Format(year.Key, Date(f.PeriodStart), Date(f.PeriodEnd),
                        Date(main.Key.PeriodStart), Date(main.Key.PeriodEnd), figures["groupPeriodSubsidiaries"]));
            }
        }
    }

    private static bool IsPerSomething(string unit) => unit.Contains('/', StringComparison.Ordinal) || unit.Contains('每', StringComparison.Ordinal);

    private static bool MentionsEmissions(string unit) => UnitParser.Normalise(unit).Contains("co2", StringComparison.Ordinal);

    /// <summary>"CO2" or "二氧化碳" not followed by the equivalents marker ("e", "-e", "当量"): the inventory is CO2e.</summary>
    private static bool SaysCo2NotCo2e(string text)
    {
        var n = UnitParser.Normalise(text).Replace("₂", "2", StringComparison.Ordinal);
        for (var i = n.IndexOf("co2", StringComparison.Ordinal); i >= 0; i = n.IndexOf("co2", i + 3, StringComparison.Ordinal))
        {
            var rest = n[(i + 3)..];
            if (!rest.StartsWith('e') && !rest.StartsWith("-e", StringComparison.Ordinal) && !rest.StartsWith("当量", StringComparison.Ordinal))
            {
                return true;
            }
        }
        for (var i = n.IndexOf("二氧化碳", StringComparison.Ordinal); i >= 0; i = n.IndexOf("二氧化碳", i + 4, StringComparison.Ordinal))
        {
            if (!n[(i + 4)..].StartsWith("当量", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A figure's exact value, for <see cref="PlanWarning.Figures"/> (data), never for a message.</summary>
    private static string Num(decimal value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>An intensity on a pathway as the pathway table prints it: process to 3 decimals, purchased aluminium to 1.</summary>
    private static string Printed(PathwayKind kind, decimal value) => PlanNumbers.Pathway(kind, value);

    private static string Pct(decimal fraction) => Num(Math.Round(fraction * 100m, 2));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
