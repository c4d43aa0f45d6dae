using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using R = GhgReports.Localization.RecalculationTexts;

namespace GhgReports.Plan;

/// <summary>
/// The sentences plans and packs disclose a recalculated base with (ISO 14064-1 §6.4, §9.3.1 l): the cumulative change
/// of each targeted metric and its significance, structural changes, and compared years of different methods. One
/// wording for both documents, so a verifier reading the plan and the pack reads the same disclosure.
/// </summary>
internal static class RecalculationStatements
{
    /// <summary>One sentence per recalculated base (subsidiary and period): its cumulative change, judged against the threshold.</summary>
    public static IReadOnlyList<Bilingual> Significance(IReadOnlyList<Recalculation> records, Func<string, IEnumerable<TargetDeclaration>> targetsOf,
        decimal? thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(targetsOf);
        return [.. records.GroupBy(r => (r.SubsidiaryCode, r.Period))
            .Select(g =>
            {
                var assessment = RecalculationSignificance.Cumulative([.. g.OrderBy(r => r.When)], targetsOf(g.Key.SubsidiaryCode), thresholdPercent)!;
                return Describe(new Bilingual(g.Key.SubsidiaryCode, g.Key.SubsidiaryCode), g.Key.Period.ToString(), assessment);
            })];
    }

    public static Bilingual Describe(Bilingual subject, string baseYear, SignificanceAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var changes = Join(assessment.Metrics.Select(Change));
        var verdict = assessment.ThresholdPercent is not { } threshold ? R.NoThreshold
            : assessment.Significant == true ? R.Significant.Format(PlanNumbers.Percent(threshold))
            : R.NotSignificant.Format(PlanNumbers.Percent(threshold));
        return R.CumulativeChange.Format(subject, baseYear, changes, verdict);
    }

    /// <summary>The register changes, the group base then and now with its significance, and the members the base lacks.</summary>
    public static IReadOnlyList<Bilingual> Structural(StructuralRecalculation structural, IEnumerable<TargetDeclaration> groupTargets, decimal? thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(structural);
        var lines = new List<Bilingual>();
        foreach (var change in structural.Changes)
        {
            var parts = new List<Bilingual>();
            if (change.Joined.Count > 0)
            {
                parts.Add(R.Joined.Format(string.Join(", ", change.Joined.Select(j => j.Code))));
            }
            if (change.Left.Count > 0)
            {
                parts.Add(R.Left.Format(string.Join(", ", change.Left.Select(l => l.Code))));
            }
            lines.Add(R.RegisterChanged.Format(change.When.UtcDateTime, change.Who, Join(parts)));
        }
        var (from, to) = (structural.AsFirstReported.Scope12LocationBasedTco2e, structural.AsRecalculated.Scope12LocationBasedTco2e);
        lines.Add(R.StructuralRecalculation.Format(PlanNumbers.Year(structural.BaseYear), PlanNumbers.Tonnes(from), string.Join(", ", structural.RegisterThen),
            PlanNumbers.Tonnes(to), SignedPercent(from, to)));
        var assessment = RecalculationSignificance.Assess(structural.AsFirstReported, structural.AsRecalculated,
            groupTargets.Where(t => TargetProgress.MetricOf(t) is TargetMetricKind.AbsoluteScope12 or TargetMetricKind.ProcessIntensity), thresholdPercent);
        // The group has no purchased-aluminium intensity of its own: only the scope 1+2 metrics are judged.
        lines.Add(Describe(R.GroupPossessive, PlanNumbers.Year(structural.BaseYear),
            assessment with { Metrics = [.. assessment.Metrics.Where(m => m.Metric != TargetMetricKind.PurchasedAluminiumIntensity)] }));
        lines.AddRange(structural.JoinedWithoutBase.Select(code => R.JoinedWithoutBase.Format(code, PlanNumbers.Year(structural.BaseYear))));
        return lines;
    }

    /// <summary>
    /// A sentence when <paramref name="inventories"/> (the years compared, for one subsidiary or the group's members) were
    /// calculated by more than one method (GWP set, factor library version); null when they share one.
    /// </summary>
    public static Bilingual? MethodsDiffer(Bilingual subject, IReadOnlyList<SubsidiaryInventory> inventories)
    {
        ArgumentNullException.ThrowIfNull(inventories);
        return MethodsDiffer(subject, [.. inventories.Select(i => (i.ReportingYear, MethodOf(i)))]);
    }

    /// <summary>The same, from each compared year's method as recorded (<see cref="MethodOf"/>'s form).</summary>
    public static Bilingual? MethodsDiffer(Bilingual subject, IReadOnlyList<(int Year, string Method)> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var byYear = methods.GroupBy(m => m.Year).OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Methods: g.Select(m => m.Method).Distinct().ToList())).ToList();
        if (byYear.SelectMany(y => y.Methods).Distinct().Count() < 2)
        {
            return null;
        }
        var described = Join(byYear.Select(y => R.MethodOfYear.Format(PlanNumbers.Year(y.Year), string.Join(" / ", y.Methods))));
        var years = $"{byYear[0].Year}-{byYear[^1].Year}";
        return R.MethodsDiffer.Format(subject, described, years);
    }

    /// <summary>The method a year was calculated by, as documents print it: "AR6 · factors 2026.1".</summary>
    public static string MethodOf(SubsidiaryInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return $"{inventory.GwpSetId} · {inventory.FactorCatalogVersion}";
    }

    private static Bilingual Change(MetricChange change)
    {
        var name = change.Metric switch
        {
            TargetMetricKind.ProcessIntensity => PlanDocumentTexts.MetricProcessIntensity,
            TargetMetricKind.PurchasedAluminiumIntensity => PlanDocumentTexts.MetricPurchasedIntensity,
            _ => PlanDocumentTexts.MetricAbsolute,
        };
        if (change.AsFirstReported is not { } from || change.AsRecalculated is not { } to)
        {
            return R.MetricUnknown.Format(name);
        }
        return R.MetricChange.Format(name, Value(change.Metric, from), Value(change.Metric, to), SignedPercent(from, to));
    }

    private static string Value(TargetMetricKind metric, decimal value) => PlanBuilder.Value(metric, value);

    private static string SignedPercent(decimal from, decimal to)
    {
        if (from == 0)
        {
            return "0";
        }
        var percent = Math.Round((to - from) / from * 100m, 1);
        var text = PlanNumbers.Percent(percent).Replace('-', '−');
        return percent > 0 ? "+" + text : text;
    }

    private static Bilingual Join(IEnumerable<Bilingual> parts)
    {
        var list = parts.ToList();
        return new Bilingual(string.Join(R.ListSeparator.Zh, list.Select(p => p.Zh)), string.Join(R.ListSeparator.En, list.Select(p => p.En)));
    }
}
