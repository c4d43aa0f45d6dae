using System.Text;
using System.Text.RegularExpressions;
using GhgReports.Inventory.Units;

namespace GhgReports.Inventory.Calculation;

/// <summary>
/// The unit of a workbook's own factor: a mass with an optional gas over an activity unit, e.g. "tCO2/MWh",
/// "kgCO2/m3", "kgCO2e/t", "kgCO2e(AR5)/t", "gCO2/kWh", "kgCH4/TJ", "kg/kg".
/// <list type="bullet">
/// <item>Gas "CO2e": the factor is already CO2e; "(AR5)" after it states the GWP basis, which must match the calculation's set.</item>
/// <item>No gas ("kg/kg", "t/t"): the factor gives mass of the line's own gas. This is how refrigerant top-ups and other
/// releases are entered: activity = kg charged (or leaked), factor 1 kg/kg, gas = the refrigerant.</item>
/// <item>Any other gas: mass of that gas, multiplied by its GWP.</item>
/// </list>
/// Anything else is refused: a factor whose unit we cannot read is not a factor we can apply.
/// </summary>
internal sealed partial record CustomFactorUnit(decimal TonnesPerMassUnit, string MassSymbol, string? Gas, string? GwpBasis, Unit PerUnit)
{
    public bool IsCo2e => string.Equals(Gas, "CO2e", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string? text, out CustomFactorUnit unit)
    {
        unit = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var compact = Compact(text);
        var match = Pattern().Match(compact);
        if (!match.Success || !UnitParser.TryParse(match.Groups["per"].Value, out var per))
        {
            return false;
        }
        var mass = match.Groups["mass"].Value;
        decimal tonnes = mass.ToLowerInvariant() switch
        {
            "t" or "吨" => 1m,
            "kg" or "千克" or "公斤" => 0.001m,
            "g" or "克" => 0.000001m,
            _ => 0m,
        };
        if (tonnes == 0m)
        {
            return false;
        }
        var gas = match.Groups["gas"].Success ? match.Groups["gas"].Value : null;
        var basis = match.Groups["basis"].Success ? match.Groups["basis"].Value.ToUpperInvariant() : null;
        if (basis is not null && !string.Equals(gas, "CO2e", StringComparison.OrdinalIgnoreCase))
        {
            // A GWP basis only means something for a CO2e figure.
            return false;
        }
        unit = new CustomFactorUnit(tonnes, mass, gas, basis, per);
        return true;
    }

    private static string Compact(string text)
    {
        // NFKC turns ₂ and ³ into digits and full-width letters into ASCII, as officers type both.
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?<mass>kg|千克|公斤|吨|t|g|克)(?<gas>[A-Za-z][A-Za-z0-9\-]*)?(\((?<basis>AR\d)\))?/(?<per>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
