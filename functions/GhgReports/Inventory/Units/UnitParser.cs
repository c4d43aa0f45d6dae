using System.Text;

namespace GhgReports.Inventory.Units;

/// <summary>Reads units as data officers type them: 万kWh, 万 kWh, MWh, kWh, 度, t, 吨, m³, m3, Nm3, 立方米, L, 升 …</summary>
internal static class UnitParser
{
    private static readonly Dictionary<string, Unit> Aliases = BuildAliases();

    public static IReadOnlyCollection<string> KnownSpellings => Aliases.Keys;

    /// <summary>How a rate per tonne of output ends, normalised ("m³/t", "L/吨产品", "kg CF4/t Al").</summary>
    public static IReadOnlyList<string> PerTonneSuffixes { get; } = ["/t", "/吨", "/tal", "/t铝", "/吨产品", "/tproduct"];

    public static bool TryParse(string? text, out Unit unit)
    {
        unit = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        return Aliases.TryGetValue(Normalise(text), out unit!);
    }

    /// <summary>Parses "m³/t" style per-tonne-of-output rates used by reduction measures.</summary>
    public static bool TryParsePerTonne(string? text, out Unit unit, out bool perTonneOfOutput)
    {
        perTonneOfOutput = false;
        unit = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var n = Normalise(text);
        foreach (var suffix in PerTonneSuffixes)
        {
            if (n.EndsWith(suffix, StringComparison.Ordinal) && Aliases.TryGetValue(n[..^suffix.Length], out var per))
            {
                unit = per;
                perTonneOfOutput = true;
                return true;
            }
        }
        return Aliases.TryGetValue(n, out unit!);
    }

    internal static string Normalise(string text)
    {
        // NFKC folds full-width letters and digits and turns ³ into 3; casing is folded so "KWH" reads as kWh.
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '（' && c != '）' && c != '(' && c != ')')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static Dictionary<string, Unit> BuildAliases()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal);
        void Add(Unit unit, params string[] spellings)
        {
            map[Normalise(unit.Symbol)] = unit;
            foreach (var s in spellings)
            {
                map[Normalise(s)] = unit;
            }
        }
        Add(Unit.KWh, "千瓦时", "度", "kw·h", "kw.h", "kwh");
        Add(Unit.MWh, "兆瓦时", "mw·h");
        Add(Unit.GWh, "吉瓦时");
        Add(Unit.TenThousandKWh, "万千瓦时", "万度", "10^4kWh", "10⁴kWh", "万kw·h");
        Add(Unit.GJ, "吉焦");
        Add(Unit.TJ, "太焦");
        Add(Unit.CubicMetre, "m³", "立方米", "方", "cubic metre", "cubic meter");
        Add(Unit.NormalCubicMetre, "Nm³", "标方", "标准立方米");
        Add(Unit.TenThousandCubicMetres, "万m³", "万立方米", "万方", "万Nm3", "万Nm³", "10^4m3", "10⁴Nm3");
        Add(Unit.Litre, "升", "l", "litre", "liter");
        Add(Unit.Kilolitre, "千升");
        Add(Unit.Tonne, "吨", "tonne", "tonnes", "tal", "t铝");
        Add(Unit.Kilogram, "千克", "公斤");
        Add(Unit.TenThousandTonnes, "万吨");
        Add(Unit.TonneCo2e, "tCO2e", "吨CO2e", "吨二氧化碳当量", "tCO2", "t CO2e");
        Add(Unit.KilogramCo2e, "kgCO2e", "kgCO2", "千克CO2e");
        Add(Unit.KW, "千瓦", "kwp");
        Add(Unit.MW, "兆瓦", "mwp");
        Add(Unit.Hour, "小时", "hour", "hours", "hrs");
        return map;
    }
}
