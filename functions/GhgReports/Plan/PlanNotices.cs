using GhgReports.Localization;
using GhgReports.Pathways;
using static GhgReports.Pathways.PlanWarningCodes;

namespace GhgReports.Plan;

/// <summary>Where a notice is printed beside its figures, besides its item in appendix A.</summary>
internal enum PlanNoticePlace
{
    /// <summary>Section 三, under the subsidiary's category table.</summary>
    Inventory,
    /// <summary>Section 四, under the subsidiary's pathway table.</summary>
    Pathway,
    /// <summary>Section 五, under the table holding the measure.</summary>
    Measure,
    /// <summary>Beside the group figures (the consolidation already prints its own note there).</summary>
    Group,
}

/// <summary>
/// One numbered item of appendix A: one or more of the checker's warnings about the same thing (a declared table, a
/// stated target, a measure), merged so a finding is stated once.
/// </summary>
internal sealed record PlanNotice(int Number, string SubsidiaryCode, PlanNoticePlace Place, IReadOnlyList<PlanWarning> Warnings, Bilingual Message)
{
    public IEnumerable<string> Codes => Warnings.Select(w => w.Code).Distinct();

    public int? MeasureRow => Warnings.Select(w => w.Figures.TryGetValue("measureRow", out var r) ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : (int?)null)
        .FirstOrDefault(r => r is not null);
}

/// <summary>
/// Turns the consistency checker's warnings into what the plan prints: a difference between a declared pathway and
/// ours that lies within the precision both are printed to is not a finding (the provisional curves' fit leaves
/// residuals of that size); a declared table found not derivable from the entity's base is not reported again as
/// differing from ours; warnings about the same target or measure make one item; identical messages one item.
/// </summary>
internal static class PlanNotices
{
    public static IReadOnlyList<PlanNotice> From(IReadOnlyList<PlanWarning> warnings, Func<string, PathwayKind, PathwayComparison?> pathwayOf)
    {
        var kept = warnings.Where(w => w.Code != PathwayDiffers || BeyondPrintedPrecision(w, pathwayOf)).ToList();
        var groups = new List<(string Key, List<PlanWarning> Members)>();
        foreach (var warning in kept)
        {
            var key = Subject(warning);
            var existing = groups.FindIndex(g => g.Key == key);
            if (existing >= 0)
            {
                groups[existing].Members.Add(warning);
            }
            else
            {
                groups.Add((key, [warning]));
            }
        }
        return [.. groups.Select((g, i) => new PlanNotice(i + 1, g.Members[0].SubsidiaryCode, Place(g.Members[0].Code), g.Members, Merge(g.Members)))];
    }

    /// <summary>What a warning is about: warnings with the same subject are one finding.</summary>
    private static string Subject(PlanWarning w)
    {
        if (w.Figures.TryGetValue("targetRow", out var row))
        {
            return $"{w.SubsidiaryCode} target {row}";
        }
        if (w.Figures.TryGetValue("measureRow", out var measure))
        {
            return $"{w.SubsidiaryCode} measure {measure}";
        }
        if (w.Code is PathwayNotFromBase or PathwayDiffers && w.Figures.TryGetValue("pathway", out var pathway))
        {
            return $"{w.SubsidiaryCode} pathway {pathway}";
        }
        return $"{w.SubsidiaryCode} {w.Code} {w.Message.En}";
    }

    /// <summary>One statement per finding: a table not derivable from its base already says it differs from ours.</summary>
    private static Bilingual Merge(List<PlanWarning> members)
    {
        var statements = members.Any(m => m.Code == PathwayNotFromBase) ? members.Where(m => m.Code != PathwayDiffers).ToList() : members;
        var distinct = statements.DistinctBy(m => m.Message.En).ToList();
        return new Bilingual(string.Join("", distinct.Select(m => m.Message.Zh)), string.Join(" ", distinct.Select(m => m.Message.En)));
    }

    private static PlanNoticePlace Place(string code) => code switch
    {
        Categories5And6Unjustified or PurchasedMetalVsCategory4 => PlanNoticePlace.Inventory,
        EnergySavingImplausiblySmall => PlanNoticePlace.Measure,
        MixedReportingPeriods => PlanNoticePlace.Group,
        _ => PlanNoticePlace.Pathway,
    };

    /// <summary>
    /// True when some year's declared value and ours are at least one unit of the printed last decimal apart (0.001
    /// tCO2e/t for process intensities, 0.1 for purchased aluminium): a smaller difference cannot be seen in the table.
    /// </summary>
    private static bool BeyondPrintedPrecision(PlanWarning w, Func<string, PathwayKind, PathwayComparison?> pathwayOf)
    {
        if (!w.Figures.TryGetValue("pathway", out var key) || !PathwayKinds.TryParse(key, out var kind) || pathwayOf(w.SubsidiaryCode, kind) is not { } comparison)
        {
            return true;
        }
        var unit = PlanNumbers.PrintedUnit(kind);
        return comparison.Divergent.Any(y => Math.Abs(y.Deviation!.Value) >= unit);
    }
}
