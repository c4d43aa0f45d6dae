namespace GhgReports.Pathways;

/// <summary>
/// One year of a pathway. <see cref="HeldAtBase"/> is true where the convergence formula would give more than the
/// base intensity and the target is held at the base instead.
/// </summary>
internal sealed record PathwayPoint(int Year, decimal Target, decimal P, PathwayPointOrigin Origin, bool HeldAtBase);

/// <summary>An entity's pathway for one stage and kind, every year from its base year to the convergence year.</summary>
internal sealed record Pathway
{
    public required string SubsidiaryCode { get; init; }
    public required string Stage { get; init; }
    public required PathwayKind Kind { get; init; }
    public required int BaseYear { get; init; }
    public required decimal BaseIntensity { get; init; }
    public required StageCurve Curve { get; init; }
    /// <summary>"seed-fitted@2026.1": which curve set made this pathway, recorded because a new set changes every target.</summary>
    public required string CurveSetVersion { get; init; }
    public required bool Provisional { get; init; }
    public required IReadOnlyList<PathwayPoint> Points { get; init; }

    public PathwayPoint? At(int year) => Points.FirstOrDefault(p => p.Year == year);
}

/// <summary>
/// Sectoral Decarbonisation Approach per production stage, as the seed plan's tables behave:
/// target(t) = min(I_base, S_conv + (I_base − S_conv) · p(t)).
/// The minimum is the "never above base" floor: an entity already below the convergence level (内蒙新材料, 0.0794
/// against 0.228) would otherwise get a target that rises towards S_conv, which the ASI tool does not print.
/// </summary>
internal sealed class PathwayEngine(PathwayCurveSet curves)
{
    public PathwayCurveSet Curves { get; } = curves ?? throw new ArgumentNullException(nameof(curves));

    public Pathway Compute(string subsidiaryCode, string stage, PathwayKind kind, int baseYear, decimal baseIntensity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subsidiaryCode);
        ArgumentOutOfRangeException.ThrowIfNegative(baseIntensity);
        var curve = Curves.CurveFor(stage, kind);
        if (baseYear < curve.BaseYear || baseYear >= curve.ConvergenceYear)
        {
            throw new ArgumentOutOfRangeException(nameof(baseYear), baseYear,
                $"Curve '{curve.Id}' starts in {curve.BaseYear}; an earlier base year needs a curve that starts earlier.");
        }

        // p in the file is relative to the curve's base year. For a later entity base year b the SDA index is
        // (S(t) − S50) / (S(b) − S50) = p(t) / p(b), so rebasing is a division, exact for any curve.
        var pAtBase = curve.IndexAt(baseYear, out _);
        var points = new List<PathwayPoint>(curve.ConvergenceYear - baseYear + 1);
        for (var year = baseYear; year <= curve.ConvergenceYear; year++)
        {
            var p = curve.IndexAt(year, out var origin) / pAtBase;
            // The entity's base year is its own measured point whatever the curve lists for that year.
            var pointOrigin = year == baseYear ? PathwayPointOrigin.Base : origin;
            var converged = curve.ConvergenceIntensity + (baseIntensity - curve.ConvergenceIntensity) * p;
            var held = converged > baseIntensity;
            points.Add(new PathwayPoint(year, held ? baseIntensity : converged, p, pointOrigin, held));
        }

        return new Pathway
        {
            SubsidiaryCode = subsidiaryCode,
            Stage = stage,
            Kind = kind,
            BaseYear = baseYear,
            BaseIntensity = baseIntensity,
            Curve = curve,
            CurveSetVersion = $"{Curves.Id}@{Curves.Version}",
            Provisional = Curves.Provisional,
            Points = points,
        };
    }
}
