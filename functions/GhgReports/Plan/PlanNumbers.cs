using System.Globalization;
using GhgReports.Pathways;

namespace GhgReports.Plan;

/// <summary>
/// How the plan prints numbers, the same in both editions and under any thread culture: thousands separators for
/// tonnes, the seed's decimals for intensities (process 3, purchased aluminium 1), years without separators.
/// </summary>
internal static class PlanNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Tonnes(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant);

    public static string Saving(decimal value) => value >= 10m ? Tonnes(value) : value.ToString("#,##0.##", Invariant);

    public static string Intensity(decimal? value) => value is { } v ? v.ToString("#,##0.000", Invariant) : "—";

    public static string Percent(decimal value) => value.ToString("0.##", Invariant);

    /// <summary>
    /// A computed percentage (a change against the base, a share) to one decimal, as the plan prints them (−2.7, 98.9);
    /// a positive share too small for that decimal prints "&lt;0.1", never 0.
    /// </summary>
    public static string Share(decimal percent) => percent is > 0m and < 0.05m
        ? "<0.1"
        : Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);

    /// <summary>How many times one figure is another: one decimal below 10 (7.1), whole above (109).</summary>
    public static string Ratio(decimal ratio) => Math.Abs(ratio) >= 10m
        ? Math.Round(ratio, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant)
        : Math.Round(ratio, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);

    public static string Year(int year) => year.ToString(Invariant);

    public static string Count(int count) => count.ToString("#,##0", Invariant);

    public static string Pathway(PathwayKind kind, decimal value) =>
        value.ToString(kind == PathwayKind.Process ? "#,##0.000" : "#,##0.0", Invariant);

    /// <summary>One unit of the last decimal a pathway value is printed with: 0.001 (process), 0.1 (purchased aluminium).</summary>
    public static decimal PrintedUnit(PathwayKind kind) => kind == PathwayKind.Process ? 0.001m : 0.1m;

    /// <summary>Money as each edition's reader counts it: 万元 to one decimal in Chinese, thousands of CNY in English.</summary>
    public static string Money(decimal cny, GhgReports.Localization.Language language) => Signed(language == GhgReports.Localization.Language.Zh
        ? Math.Round(cny / 10_000m, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", Invariant)
        : Math.Round(cny / 1_000m, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant));

    /// <summary>CNY per tCO2e, whole yuan; negative (a measure that pays for itself) with a true minus sign.</summary>
    public static string CostPerTonne(decimal cny) => Signed(Math.Round(cny, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant));

    public static string Years(decimal years) => years.ToString("0.0", Invariant);

    private static string Signed(string formatted) => formatted.Replace('-', '−');

    /// <summary>A declared value as the subsidiary wrote it (0.08 stays 0.08): its precision is part of what it says.</summary>
    public static string Declared(decimal value) => value.ToString(Invariant);
}
