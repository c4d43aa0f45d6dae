using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Inventory.Calculation;

/// <summary>Scope 3 category 1 split into the aluminium inputs and the other purchased goods.</summary>
/// <param name="ByMaterial">True when the lines declare their material; false when none does (the earlier template),
/// and every purchased-goods line is then read as aluminium, as before, with <see cref="Warning"/>.</param>
public sealed record PurchasedAluminiumEmissions(decimal AluminiumTco2e, decimal OtherGoodsTco2e, bool ByMaterial, Bilingual? Warning);

/// <summary>
/// Which purchased-goods lines are aluminium inputs (primary ingot, alloy, scrap, billet): only they enter the
/// purchased-aluminium intensity, whose denominator is tonnes of aluminium. Packaging, additives and other goods are
/// reported beside it. Workbooks that declare no material keep the earlier reading, all of category 1, and say so.
/// </summary>
internal static class PurchasedAluminiumLines
{
    public static PurchasedAluminiumEmissions Of(IEnumerable<CalculatedLine> emissions)
    {
        var purchased = emissions
            .Where(l => l.Kind == LineKind.Emission && l.Scope3Category == Classification.Scope3Category.PurchasedGoodsAndServices)
            .ToList();
        var total = purchased.Sum(l => l.Tco2e);
        if (purchased.Count == 0)
        {
            return new PurchasedAluminiumEmissions(0m, 0m, true, null);
        }
        if (purchased.All(l => l.Material is null))
        {
            return new PurchasedAluminiumEmissions(total, 0m, false, InventoryTexts.MaterialNotDeclared.Format(string.Join(", ", purchased.Select(l => l.Row))));
        }
        var aluminium = purchased.Where(IsAluminiumInput).Sum(l => l.Tco2e);
        var undeclared = purchased.Where(l => l.Material is null).Select(l => l.Row).ToList();
        return new PurchasedAluminiumEmissions(aluminium, total - aluminium, true,
            undeclared.Count > 0 ? InventoryTexts.MaterialMissingOnSomeLines.Format(string.Join(", ", undeclared)) : null);
    }

    public static bool IsAluminiumInput(CalculatedLine line) => line.Material is { } m && ChoiceLists.AluminiumMaterials.Contains(m);
}
