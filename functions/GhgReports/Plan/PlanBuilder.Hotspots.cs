using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Hotspots, in section 三: the categories ranked by the group's emissions, the largest sources, and, when purchased
/// goods lead (category 4: for an aluminium processor, the metal it buys), what that weight is made of and why the
/// scope 1+2 pathways do not touch it. Every sentence is built from the year's figures.
/// </summary>
internal static partial class PlanBuilder
{
    /// <summary>How many sources the hotspot table lists.</summary>
    private const int HotspotSources = 5;

    private static IEnumerable<PlanBlock> Hotspots(Context c, GroupInventory group)
    {
        var lang = c.Lang;
        var categories = IsoCategories.Categories
            .Select(k => (k.Number, Name: lang == Language.Zh ? k.Zh : k.En, Tonnes: group.CategoryEmissions(k.Number, Method)))
            .Where(k => k.Tonnes > 0)
            .OrderByDescending(k => k.Tonnes)
            .ToList();
        var total = categories.Sum(k => k.Tonnes);
        if (total <= 0)
        {
            yield break;
        }
        yield return new PlanHeading(T.HotspotsHeading.In(lang));
        var ranked = string.Join(T.ListSeparator.In(lang), categories.Select(k =>
            T.HotspotCategory.Format(k.Number, PlanNumbers.Tonnes(k.Tonnes), Share(k.Tonnes, total)).In(lang)));
        var scope12 = group.TotalScope12(Method);
        yield return new PlanParagraph(T.HotspotsLead.Format(c.Inputs.Year, PlanNumbers.Tonnes(total), ranked,
            PlanNumbers.Tonnes(scope12), Share(scope12, total)).In(lang));

        var largest = categories[0];
        var included = c.Included.ToList();
        // Each member as the one consolidation rule counts it; the aluminium inputs only, not other purchased goods.
        var approach = c.Inputs.Group.Group.ConsolidationApproach;
        var purchasedTco2e = included.Sum(s => s.Data!.Inventory.PurchasedAluminium.AluminiumTco2e * s.Registered.WeightUnder(approach).Share);
        var purchasedTonnes = included.Sum(s => s.Data!.Inventory.PurchasedAluminiumTonnes * s.Registered.WeightUnder(approach).Share);
        if (largest.Number == 4 && purchasedTco2e > 0 && purchasedTonnes > 0 && group.OutputTonnes > 0)
        {
            var perTonneBought = purchasedTco2e / purchasedTonnes;
            var perTonneMade = scope12 / group.OutputTonnes;
            yield return new PlanParagraph(T.HotspotCategory4.Format(
                PlanNumbers.Tonnes(purchasedTco2e), Share(purchasedTco2e, largest.Tonnes), PlanNumbers.Tonnes(purchasedTonnes),
                PlanNumbers.Pathway(Pathways.PathwayKind.PurchasedAluminium, perTonneBought), PlanNumbers.Intensity(perTonneMade),
                PlanNumbers.Ratio(perTonneBought / perTonneMade)).In(lang));
        }

        var lines = included
            .SelectMany(s => s.Data!.Inventory.Lines.Where(l => l.Kind == GhgReports.Submissions.LineKind.Emission).Select(l => (s, l)))
            .OrderByDescending(x => x.l.Tco2e)
            .Take(HotspotSources)
            .ToList();
        var ownTotal = included.Sum(s => Enumerable.Range(1, 6).Sum(n => s.Data!.Inventory.CategoryEmissions(n, Method)));
        if (lines.Count > 0 && ownTotal > 0)
        {
            yield return new PlanParagraph(T.HotspotSourcesLead.Format(lines.Count).In(lang), PlanTextStyle.Note);
            yield return new PlanTable(
                [new(2.6f, PlanAlign.Left), new(2.9f, PlanAlign.Left), new(1.1f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.0f, PlanAlign.Right)],
                [T.ColumnSubsidiary.In(lang), T.ColumnSource.In(lang), T.ColumnCategory.In(lang), T.ColumnTco2e.In(lang), T.ColumnShareOfTotal.In(lang)],
                [.. lines.Select(x => new PlanTableRow([x.s.Short(lang), WorkbookText(x.l.SourceName, lang), PlanNumbers.Year(x.l.Category),
                    PlanNumbers.Tonnes(x.l.Tco2e), Share(x.l.Tco2e, ownTotal)]))]);
        }
    }

    /// <summary>A share in percent to one decimal, the one precision the plan prints shares of a total with.</summary>
    private static string Share(decimal part, decimal whole) => whole == 0 ? "—" : PlanNumbers.Share(part / whole * 100m);
}
