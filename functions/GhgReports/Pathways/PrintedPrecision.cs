namespace GhgReports.Pathways;

/// <summary>What rounding can explain when a subsidiary's printed figure is compared with ours.</summary>
internal static class PrintedPrecision
{
    /// <summary>
    /// Half a unit in the last decimal the value was written with: 0.08 → 0.005, 1.84 → 0.005, 0.079 → 0.0005.
    /// decimal keeps the scale it was parsed with, so this reads the precision the figure was actually given to.
    /// </summary>
    public static decimal HalfUnit(decimal printed) => 0.5m / Pow10(printed.Scale);

    /// <summary>The larger of the usual tolerance and the printed value's own rounding: a figure printed with fewer
    /// decimals (内蒙新材料's base 0.08) cannot be held to the third decimal.</summary>
    public static decimal Tolerance(decimal printed, decimal usual) => Math.Max(usual, HalfUnit(printed));

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
