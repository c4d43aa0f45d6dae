
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>
/// One year of ours against the subsidiary's declared table. <see cref="Declared"/> and <see cref="Deviation"/>
/// (declared − ours) are null for years the table does not list.
/// </summary>
internal sealed record PathwayYearComparison(
    int Year,
    decimal Ours,
    PathwayPointOrigin Origin,
    decimal? Declared,
    decimal? Deviation,
    decimal Tolerance,
    bool BeyondRounding);

/// <summary>
/// Our pathway beside the declared one, year by year. The plan prints ours, and where <see cref="PathwayYearComparison.BeyondRounding"/>
/// the declared value beside it with a warning.
/// </summary>
internal sealed record PathwayComparison(Pathway Ours, string? DeclaredUnit, IReadOnlyList<PathwayYearComparison> Years)
{
    public bool HasDeclaredTable => Years.Any(y => y.Declared is not null);

    public IReadOnlyList<PathwayYearComparison> Divergent => [.. Years.Where(y => y.BeyondRounding)];

    /// <summary>The declared-minus-ours deviation of largest magnitude, or null without a declared table.</summary>
    public PathwayYearComparison? LargestDeviation =>
        Years.Where(y => y.Deviation is not null).OrderByDescending(y => Math.Abs(y.Deviation!.Value)).FirstOrDefault();

    /// <summary>
    /// Compares <paramref name="ours"/> with the declared points of the same kind. Pathway years are held to the kind's
    /// rounding tolerance (0.0005 process, 0.05 purchased aluminium: half a unit in the last printed decimal). The base
    /// year is the entity's own measured intensity, which subsidiaries print at whatever precision they choose
    /// (内蒙新材料: 0.08 for 0.0794), so there the tolerance widens to half a unit of the value as printed.
    /// </summary>
    public static PathwayComparison Compare(Pathway ours, IEnumerable<DeclaredPathwayPoint> declared)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(declared);
        var key = ours.Kind.Key();
        var mine = declared.Where(d => d.Pathway == key).ToList();
        var byYear = mine.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.First().Value);
        var usual = ours.Kind.RoundingTolerance();
        var years = new List<PathwayYearComparison>(ours.Points.Count);
        foreach (var point in ours.Points)
        {
            if (!byYear.TryGetValue(point.Year, out var value))
            {
                years.Add(new(point.Year, point.Target, point.Origin, null, null, usual, false));
                continue;
            }
            var tolerance = point.Origin == PathwayPointOrigin.Base ? PrintedPrecision.Tolerance(value, usual) : usual;
            var deviation = value - point.Target;
            years.Add(new(point.Year, point.Target, point.Origin, value, deviation, tolerance, Math.Abs(deviation) > tolerance));
        }
        return new PathwayComparison(ours, mine.Select(d => d.Unit).FirstOrDefault(), years);
    }
}
