namespace GhgReports.Pathways;

/// <summary>One year of the derived group pathway.</summary>
internal sealed record DerivedPathwayPoint(int Year, decimal Target);

/// <summary>
/// The group's derived pathway, as the plan's executive summary draws it: the members' process pathways weighted by
/// each member's output in the year reported. ASI publishes no group pathway, so whatever shows it says it is derived.
/// Only years every member's pathway covers are given.
/// </summary>
internal static class DerivedGroupPathway
{
    public static IReadOnlyList<DerivedPathwayPoint> Of(IReadOnlyList<(Pathway Pathway, decimal OutputTonnes)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var weighted = members.Where(m => m.OutputTonnes > 0 && m.Pathway.Kind == PathwayKind.Process).ToList();
        if (weighted.Count == 0)
        {
            return [];
        }
        var output = weighted.Sum(m => m.OutputTonnes);
        return [.. weighted.SelectMany(m => m.Pathway.Points).Select(p => p.Year).Distinct().Order()
            .Where(y => weighted.All(m => m.Pathway.At(y) is not null))
            .Select(y => new DerivedPathwayPoint(y, weighted.Sum(m => m.Pathway.At(y)!.Target * m.OutputTonnes) / output))];
    }
}
