using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Units;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>
/// A measure's saving written as a mass of one gas in its unit column: "t CF4" a year (anode-effect control), "kg SF6"
/// (switchgear leaks), "kg CH4/t" per tonne of output. Such a saving becomes tCO2e through the GWP set the subsidiary's
/// inventory was calculated with, not through an emission factor.
/// </summary>
/// <param name="Mass">The mass unit written before the gas.</param>
/// <param name="Written">The gas as written, normalised (lower case, no spaces): looked up in a GWP set by name or alias.</param>
/// <param name="PerTonneOfOutput">Per tonne of the site's output rather than a year's total.</param>
internal sealed partial record MeasureGasSaving(Unit Mass, string Written, bool PerTonneOfOutput)
{
    private static readonly string[] PerYearSuffixes = ["/yr", "/year", "/a", "/年"];

    /// <summary>CO2 and CO2e are emission units the measure columns already read; they are not a gas to weigh.</summary>
    private static readonly string[] NotAGas = ["co2", "co2e"];

    /// <summary>Mass spellings, longest first so "tonnes" is not read as "t" followed by a gas "onnes".</summary>
    private static readonly (string Spelling, Unit Unit)[] MassSpellings = [.. UnitParser.KnownSpellings
        .Where(s => UnitParser.TryParse(s, out var u) && u.Dimension == Dimension.Mass && s is not ("tal" or "t铝"))
        .Select(s => (s, Unit: UnitParser.TryParse(s, out var u) ? u : null!))
        .OrderByDescending(p => p.s.Length)
        .ThenBy(p => p.s, StringComparer.Ordinal)];

    public static bool TryParse(string? unit, [NotNullWhen(true)] out MeasureGasSaving? saving)
    {
        saving = null;
        if (string.IsNullOrWhiteSpace(unit))
        {
            return false;
        }
        var text = UnitParser.Normalise(unit);
        var perTonne = false;
        if (UnitParser.PerTonneSuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal)) is { } tonne)
        {
            text = text[..^tonne.Length];
            perTonne = true;
        }
        else if (PerYearSuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal)) is { } year)
        {
            text = text[..^year.Length];
        }
        foreach (var (spelling, mass) in MassSpellings)
        {
            if (text.StartsWith(spelling, StringComparison.Ordinal) && text[spelling.Length..] is { Length: > 0 } gas && LooksLikeAGas(gas))
            {
                saving = new MeasureGasSaving(mass, gas, perTonne);
                return true;
            }
        }
        return false;
    }

    /// <summary>The gas's name in the set (CF4 for "pfc-14"), else as the workbook's gas list spells it, else as written.</summary>
    public string GasName(GwpSet? set) =>
        set?.Find(Written)?.Gas
        ?? ChoiceLists.Gas.Options.Select(o => o.Key).FirstOrDefault(k => string.Equals(k, Written, StringComparison.OrdinalIgnoreCase))
        ?? Written.ToUpperInvariant();

    /// <summary>
    /// A chemical formula or refrigerant name (CH4, N2O, C2F6, HFC-23, R-410A) carries a digit; the workbook's gas list
    /// adds the groups without one (PFCs, HFCs). Anything else after a mass ("t Al", "kg steam") is not a gas.
    /// </summary>
    private static bool LooksLikeAGas(string text) =>
        !NotAGas.Contains(text, StringComparer.Ordinal)
        && (GasShape().IsMatch(text) || ChoiceLists.Gas.Options.Any(o => string.Equals(o.Key, text, StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex("^[a-z][a-z0-9-]*[0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex GasShape();
}
