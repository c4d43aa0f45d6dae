using GhgReports.Inventory.Factors;
using GhgReports.Localization;

namespace GhgReports.Pathways;

/// <summary>One listed year of a stage curve: the sector decarbonisation index p relative to the curve's base year.</summary>
public sealed record CurvePoint(int Year, decimal P);

/// <summary>Where a pathway year's p came from.</summary>
public enum PathwayPointOrigin
{
    /// <summary>The entity's base year: its own intensity, p = 1.</summary>
    Base,

    /// <summary>A year listed in the curve file.</summary>
    Fitted,

    /// <summary>Between two listed years, linearly interpolated.</summary>
    Interpolated,

    /// <summary>The convergence year (2050), where p = 0 by definition.</summary>
    Convergence,
}

/// <summary>
/// A stage curve: convergence intensity S_conv and p(t) by year, with p = 1 in <see cref="BaseYear"/> and p = 0 in
/// <see cref="ConvergenceYear"/>. Validated on load, so p is within [0, 1], non-increasing and ends at 0.
/// </summary>
public sealed record StageCurve
{
    public required string Id { get; init; }
    public required PathwayKind Kind { get; init; }
    public required string Unit { get; init; }
    public required int BaseYear { get; init; }
    public required int ConvergenceYear { get; init; }
    public required decimal ConvergenceIntensity { get; init; }
    public required IReadOnlyList<CurvePoint> Points { get; init; }
    public string? Derivation { get; init; }

    /// <summary>
    /// p for <paramref name="year"/> relative to the curve's own base year. Years between listed points are linearly
    /// interpolated: the curve files list only the years the source tabulates, and a straight line is the least
    /// assumption between two of them.
    /// </summary>
    public decimal IndexAt(int year, out PathwayPointOrigin origin)
    {
        if (year < BaseYear || year > ConvergenceYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Curve '{Id}' covers {BaseYear}..{ConvergenceYear}.");
        }
        if (year == BaseYear)
        {
            origin = PathwayPointOrigin.Base;
            return 1m;
        }
        var previous = new CurvePoint(BaseYear, 1m);
        foreach (var point in Points)
        {
            if (point.Year == year)
            {
                origin = year == ConvergenceYear ? PathwayPointOrigin.Convergence : PathwayPointOrigin.Fitted;
                return point.P;
            }
            if (point.Year > year)
            {
                origin = PathwayPointOrigin.Interpolated;
                return previous.P + (point.P - previous.P) * (year - previous.Year) / (point.Year - previous.Year);
            }
            previous = point;
        }
        // Unreachable after validation: the last point is the convergence year.
        throw new InvalidOperationException($"Curve '{Id}' has no point at or after {year}.");
    }
}

/// <summary>The two curves a production stage uses.</summary>
public sealed record StageCurves(string Stage, StageCurve Process, StageCurve PurchasedAluminium)
{
    public StageCurve For(PathwayKind kind) => kind == PathwayKind.Process ? Process : PurchasedAluminium;
}

/// <summary>
/// A versioned set of stage curves from one file under ReferenceData/pathways. <see cref="Provisional"/> marks curves
/// that are not the ASI tool's own values (the seed-fitted set); the plan prints <see cref="Provenance"/> beside them.
/// </summary>
public sealed record PathwayCurveSet
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required Bilingual Title { get; init; }
    public required bool Provisional { get; init; }
    public required Bilingual Provenance { get; init; }
    public required FactorSource Source { get; init; }
    public required string File { get; init; }
    public required IReadOnlyDictionary<string, StageCurves> Stages { get; init; }

    /// <summary>Whether both of a stage's pathways can start from <paramref name="baseYear"/>.</summary>
    public bool Covers(string stage, int baseYear) =>
        Stages.TryGetValue(stage, out var stageCurves)
        && baseYear >= stageCurves.Process.BaseYear && baseYear < stageCurves.Process.ConvergenceYear
        && baseYear >= stageCurves.PurchasedAluminium.BaseYear && baseYear < stageCurves.PurchasedAluminium.ConvergenceYear;

    public StageCurve CurveFor(string stage, PathwayKind kind) =>
        Stages.TryGetValue(stage, out var curves)
            ? curves.For(kind)
            : throw new KeyNotFoundException($"Pathway curve set '{Id}@{Version}' has no stage '{stage}'.");
}
