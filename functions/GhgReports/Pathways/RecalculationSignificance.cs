using GhgReports.Inventory.Calculation;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>How far one metric of the base moved, from the figure as first reported to the one in force.</summary>
/// <param name="Significant">Null when no threshold is declared, or when either figure is unknown.</param>
internal sealed record MetricChange(TargetMetricKind Metric, decimal? AsFirstReported, decimal? AsRecalculated, decimal? ChangePercent, bool? Significant);

/// <summary>The cumulative change of each targeted metric of a base, judged against the group's threshold.</summary>
internal sealed record SignificanceAssessment(decimal? ThresholdPercent, IReadOnlyList<MetricChange> Metrics)
{
    /// <summary>True when any metric reaches the threshold; null when no threshold is declared or nothing could be judged.</summary>
    public bool? Significant =>
        ThresholdPercent is null ? null
        : Metrics.Any(m => m.Significant == true) ? true
        : Metrics.Any(m => m.Significant == false) ? false
        : null;
}

/// <summary>
/// ISO 14064-1 §6.4.1 and the GHG Protocol (chapter 5): whether a base-year recalculation is significant is judged on
/// the cumulative change of the base, not on each correction alone, so that several small corrections that together
/// move a target's base are not waved through one by one. Every metric a target is set on is judged, and the
/// purchased-aluminium intensity always, since its pathway is reported whether or not a target names it.
/// </summary>
internal static class RecalculationSignificance
{
    /// <summary>
    /// The cumulative change from the first recalculation's "from" to the last one's "to" (records oldest first, all of one
    /// base). Null when there is no record.
    /// </summary>
    public static SignificanceAssessment? Cumulative(IReadOnlyList<Recalculation> records, IEnumerable<TargetDeclaration> targets, decimal? thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0 ? null : Assess(records[0].OldTotals, records[^1].NewTotals, targets, thresholdPercent);
    }

    public static SignificanceAssessment Assess(InventoryTotals asFirstReported, InventoryTotals asRecalculated, IEnumerable<TargetDeclaration> targets,
        decimal? thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(asFirstReported);
        ArgumentNullException.ThrowIfNull(asRecalculated);
        var metrics = MetricsJudged(targets);
        return new SignificanceAssessment(thresholdPercent,
            [.. metrics.Select(m => Change(m, ValueOf(m, asFirstReported), ValueOf(m, asRecalculated), thresholdPercent))]);
    }

    /// <summary>The targeted metrics in a fixed order, the purchased-aluminium intensity always, scope 1+2 when no target names one.</summary>
    public static IReadOnlyList<TargetMetricKind> MetricsJudged(IEnumerable<TargetDeclaration> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var named = targets.Select(TargetProgress.MetricOf).OfType<TargetMetricKind>().ToHashSet();
        if (!named.Contains(TargetMetricKind.AbsoluteScope12) && !named.Contains(TargetMetricKind.ProcessIntensity))
        {
            named.Add(TargetMetricKind.AbsoluteScope12);
        }
        named.Add(TargetMetricKind.PurchasedAluminiumIntensity);
        return [.. named.Order()];
    }

    private static MetricChange Change(TargetMetricKind metric, decimal? from, decimal? to, decimal? threshold)
    {
        if (from is not { } f || to is not { } t || f == 0)
        {
            return new MetricChange(metric, from, to, null, null);
        }
        var percent = (t - f) / f * 100m;
        return new MetricChange(metric, f, t, percent, threshold is { } limit ? Math.Abs(percent) >= limit : null);
    }

    private static decimal? ValueOf(TargetMetricKind metric, InventoryTotals totals) => metric switch
    {
        TargetMetricKind.AbsoluteScope12 => totals.Scope12LocationBasedTco2e,
        TargetMetricKind.ProcessIntensity => totals.Scope12Intensity,
        TargetMetricKind.PurchasedAluminiumIntensity => totals.PurchasedAluminiumIntensity,
        _ => null,
    };
}
