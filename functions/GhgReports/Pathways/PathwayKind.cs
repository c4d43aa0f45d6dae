namespace GhgReports.Pathways;

/// <summary>The two pathways every production stage gets under the ASI Entity GHG Pathways method.</summary>
public enum PathwayKind
{
    /// <summary>Scope 1+2 intensity of the stage's own process, tCO2e per tonne of output.</summary>
    Process,

    /// <summary>Scope 3 category 1 intensity of purchased aluminium (incl. scrap), tCO2e per tonne purchased.</summary>
    PurchasedAluminium,
}

/// <summary>The keys the workbook and the reference data use for <see cref="PathwayKind"/> (see the pathway choice list).</summary>
internal static class PathwayKinds
{
    public const string ProcessKey = "process";
    public const string PurchasedAluminiumKey = "purchased-aluminium";

    public static string Key(this PathwayKind kind) => kind switch
    {
        PathwayKind.Process => ProcessKey,
        PathwayKind.PurchasedAluminium => PurchasedAluminiumKey,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? key, out PathwayKind kind)
    {
        switch (key)
        {
            case ProcessKey:
                kind = PathwayKind.Process;
                return true;
            case PurchasedAluminiumKey:
                kind = PathwayKind.PurchasedAluminium;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>
    /// How far a declared value may sit from ours and still be the same number printed. The plan prints process
    /// intensities to three decimals (0.424) and purchased-aluminium intensities to one (15.8), so half a unit in that
    /// last place is the most rounding can explain: 0.0005 and 0.05 tCO2e/t.
    /// </summary>
    public static decimal RoundingTolerance(this PathwayKind kind) => kind switch
    {
        PathwayKind.Process => 0.0005m,
        PathwayKind.PurchasedAluminium => 0.05m,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
