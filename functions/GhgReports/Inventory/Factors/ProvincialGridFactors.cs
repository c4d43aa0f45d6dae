using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;

namespace GhgReports.Inventory.Factors;

/// <summary>A provincial grid factor the library holds for a subsidiary's province and year, which its electricity does not use.</summary>
internal sealed record UnusedProvincialFactor(string SubsidiaryCode, EmissionFactor Factor, IReadOnlyList<string> UsedFactorIds, Bilingual Text);

/// <summary>
/// Finds the provincial average grid factor (MEE/NBS) valid for a year in a subsidiary's province. The province is
/// matched by name: the register's province ("云南 Yunnan") against the factor's own description ("2022年云南省级…",
/// "Yunnan provincial…"), so a province added to the library needs no code. Using it or not is the group's choice; a
/// switch is a recalculation under the year-after-year rules, so this only warns.
/// </summary>
internal static class ProvincialGridFactors
{
    private const string ProvincialMarker = "/province/";

    public static EmissionFactor? For(IFactorCatalog catalog, string province, int year)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (string.IsNullOrWhiteSpace(province))
        {
            return null;
        }
        return catalog.All
            .Where(f => f.Id.Contains(ProvincialMarker, StringComparison.Ordinal) && f.ValidFrom <= year && (f.ValidTo ?? int.MaxValue) >= year)
            .Where(f => NamesProvince(f, province))
            .OrderByDescending(f => f.ValidFrom)
            .FirstOrDefault();
    }

    /// <summary>The provincial factor valid for the inventory's year when its electricity lines use another one; otherwise null.</summary>
    public static UnusedProvincialFactor? Unused(IFactorCatalog catalog, string? province, SubsidiaryInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (province is null || For(catalog, province, inventory.ReportingYear) is not { } provincial)
        {
            return null;
        }
        var used = inventory.Lines.Where(l => l.Category == 2 && l.FactorId is not null).Select(l => l.FactorId!).Distinct(StringComparer.Ordinal).ToList();
        if (used.Count == 0 || used.Contains(provincial.Id, StringComparer.Ordinal))
        {
            return null;
        }
        var value = provincial.TonnesPerUnit.TryGetValue("CO2", out var co2) ? co2 : provincial.TonnesPerUnit.Values.First();
        return new UnusedProvincialFactor(inventory.SubsidiaryCode, provincial, used, InventoryTexts.ProvincialFactorNotUsed.Format(
            inventory.SubsidiaryCode, string.Join(", ", used), provincial.Id, value.ToString("0.####", CultureInfo.InvariantCulture),
            inventory.ReportingYear, province, provincial.Source.Publisher));
    }

    private static bool NamesProvince(EmissionFactor factor, string province)
    {
        var zh = factor.Description.Zh;
        var start = zh.IndexOf('年', StringComparison.Ordinal) + 1;
        var end = zh.IndexOf("省级", StringComparison.Ordinal);
        var nameZh = start > 0 && end > start ? zh[start..end] : null;
        var en = factor.Description.En;
        var enEnd = en.IndexOf(" provincial", StringComparison.OrdinalIgnoreCase);
        var nameEn = enEnd > 0 ? en[..enEnd] : null;
        return (nameZh is { Length: > 0 } && province.Contains(nameZh, StringComparison.Ordinal))
            || (nameEn is { Length: > 0 } && province.Contains(nameEn, StringComparison.OrdinalIgnoreCase));
    }
}
