using GhgReports.Inventory.Factors;
using GhgReports.Pathways;
using GhgReports.Plan;
using GhgReports.Reporting;

namespace GhgReports.Tracker;

/// <summary>
/// Management's view of a year: the plan's versions (each with its editions and what changed), the group's headline
/// figures (<see cref="GroupKpis"/>, as on the HQ home) and the group's intensity year by year against the derived group
/// pathway, as the plan's executive summary charts them. The JSON of GET /api/management/{year}.
/// </summary>
/// <param name="PathwayMembers">The subsidiaries whose pathways are weighted into <paramref name="DerivedPathway"/>.</param>
public sealed record ManagementView(
    int Year,
    IReadOnlyList<PlanVersionView> PlanVersions,
    GroupKpis? Kpis,
    IReadOnlyList<YearValue> GroupIntensity,
    IReadOnlyList<YearValue> DerivedPathway,
    IReadOnlyList<string> PathwayMembers);

/// <summary>One version of the year's plan: when it was made, which editions exist, and what changed from the one before.</summary>
public sealed record PlanVersionView(int Version, DateTimeOffset At, IReadOnlyList<string> Languages, IReadOnlyList<ChangeView> Changes);

public sealed record ChangeView(string Zh, string En);

/// <summary>Reads <see cref="ManagementView"/> from storage; the figures are the plan's own rules (<see cref="GroupYearSeries"/>, <see cref="DerivedGroupPathway"/>).</summary>
public sealed class ManagementOverview(YearDataReader years, DocumentVersions versions, PathwayCurveSet curves, IFactorCatalog factors)
{
    /// <param name="editions">The plan files in reports/ for the year (language and version), as the plans route lists them.</param>
    public async Task<ManagementView?> ReadAsync(int year, IReadOnlyList<Access.PlanEntry> editions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var history = await versions.HistoryAsync(PlanGenerator.VersionsKey(year), cancellationToken).ConfigureAwait(false);
        var planVersions = history.Versions.OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionView(v.Number, v.At,
                [.. editions.Where(e => e.Version == v.Number).Select(e => e.Language).Order(StringComparer.Ordinal)],
                [.. v.Changes.Select(c => new ChangeView(c.Zh, c.En))]))
            .ToList();
        var data = await years.ReadAsync(year, cancellationToken, earlierYears: true).ConfigureAwait(false);
        if (data is null)
        {
            return planVersions.Count == 0 ? null : new ManagementView(year, planVersions, null, [], [], []);
        }
        return new ManagementView(year, planVersions, GroupKpis.Of(data), GroupIntensity(data), DerivedPathway(data, out var members), members);
    }

    /// <summary>Every year from the first stored to this one, consolidated by the plan's one rule.</summary>
    private static List<YearValue> GroupIntensity(YearData data)
    {
        var stored = data.Subsidiaries.SelectMany(s => s.Earlier.Concat(s.Current is { } c ? [c] : [])).Select(c => c.Inventory.ReportingYear).ToList();
        if (stored.Count == 0)
        {
            return [];
        }
        var series = GroupYearSeries.Of(
            data.Subsidiaries.Select(s => (s.Registered, s.Earlier.Select(e => e.Inventory).Concat(s.Current is { } c ? [c.Inventory] : []))),
            data.Group.Group.ConsolidationApproach, Math.Min(stored.Min(), data.Year), data.Year);
        return [.. series.Values.Where(g => g.Figures.OutputTonnes > 0)
            .Select(g => new YearValue(g.Figures.ReportingYear, Math.Round(g.Figures.Scope12Tco2e / g.Figures.OutputTonnes, 4)))];
    }

    private List<YearValue> DerivedPathway(YearData data, out IReadOnlyList<string> members)
    {
        var weighted = IntensityTrajectories.Compute(data, curves, factors)
            .Where(t => t.Pathway is not null && t.OutputThisYear is not null)
            .ToList();
        members = [.. weighted.Select(t => t.Trajectory.Code)];
        return [.. DerivedGroupPathway.Of([.. weighted.Select(t => (t.Pathway!, t.OutputThisYear!.Value))])
            .Where(p => p.Year <= PlanBuilder.PathwayHorizon)
            .Select(p => new YearValue(p.Year, Math.Round(p.Target, 4)))];
    }
}
