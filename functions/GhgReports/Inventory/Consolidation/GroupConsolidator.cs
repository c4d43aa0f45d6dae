using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;

namespace GhgReports.Inventory.Consolidation;

/// <summary>
/// Adds subsidiary inventories into a group inventory by the group's declared approach: each member counts at the
/// weight <see cref="ConsolidationRule"/> gives it (100 % or 0 % by control, or its equity share). Two adjustments, both
/// recorded:
/// <list type="bullet">
/// <item>Intra-group metal: aluminium a member bought from another member has its emissions in the seller's categories
/// 1 and 2 already, so the buyer's category 4 would count them twice. We remove intra-group tonnes × the buyer's
/// purchased-aluminium intensity × the buyer's share. The buyer's average intensity stands in for the seller's product
/// footprint, which the workbooks do not carry; it never removes more than the buyer's own category-1 purchases.</item>
/// <item>Periods: members reporting a period other than the calendar year are consolidated, never silently: the result
/// carries a warning naming each of them with its dates.</item>
/// </list>
/// </summary>
internal static class GroupConsolidator
{
    /// <summary>The register's members as declared: the one entry point for plan, pack and target progress.</summary>
    public static GroupInventory Consolidate(IReadOnlyList<ConsolidationMember> members, string approach, int year)
    {
        ArgumentNullException.ThrowIfNull(members);
        var weighed = members.Select(m => (Member: m, Weight: ConsolidationRule.WeightOf(approach, m.Inventory.SubsidiaryCode, m.SharePercent, m.Controlled))).ToList();
        var group = Consolidate([.. weighed.Select(w => (w.Member.Inventory, w.Weight.Share))], approach, year,
            weighed.ToDictionary(w => w.Member.Inventory.SubsidiaryCode, w => (w.Weight.Controlled, w.Member.ProductionStage), StringComparer.Ordinal));
        return group with { Notes = [.. weighed.Select(w => w.Weight.Warning).OfType<Bilingual>(), .. group.Notes] };
    }

    /// <summary>Members at shares already decided (0..1), e.g. by <see cref="ConsolidationRule"/>.</summary>
    public static GroupInventory Consolidate(IReadOnlyList<(SubsidiaryInventory Inventory, decimal Share)> members, string approach, int year) =>
        Consolidate(members, approach, year, null);

    private static GroupInventory Consolidate(IReadOnlyList<(SubsidiaryInventory Inventory, decimal Share)> members, string approach, int year,
        Dictionary<string, (bool Controlled, string? Stage)>? declared)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentException.ThrowIfNullOrWhiteSpace(approach);
        foreach (var (inventory, share) in members)
        {
            ArgumentNullException.ThrowIfNull(inventory);
            if (share is < 0m or > 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(members), share, $"Share of {inventory.SubsidiaryCode} must be between 0 and 1.");
            }
        }
        var duplicate = members.GroupBy(m => m.Inventory.SubsidiaryCode).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Subsidiary {duplicate.Key} appears more than once.", nameof(members));
        }

        var included = members.Where(m => m.Share > 0m).ToList();
        var gwpSets = included.Select(m => $"{m.Inventory.GwpSetId}@{m.Inventory.GwpSetVersion}").Distinct().ToList();
        if (gwpSets.Count > 1)
        {
            throw new InvalidOperationException(InventoryTexts.RefuseMixedGwpSets.Format(string.Join(", ", gwpSets)).En);
        }

        var eliminations = included
            .Select(m => Eliminate(m.Inventory, m.Share))
            .OfType<IntraGroupElimination>()
            .ToList();

        var categories = Enumerable.Range(1, 6).Select(category =>
        {
            var contributions = included
                .Select(m => new GroupContribution(
                    m.Inventory.SubsidiaryCode,
                    m.Share,
                    m.Share * m.Inventory.CategoryEmissions(category, Scope2Method.LocationBased),
                    m.Share * m.Inventory.CategoryEmissions(category, Scope2Method.MarketBased)))
                .ToList();
            var eliminated = category == 4 ? eliminations.Sum(e => e.EliminatedTco2e) : 0m;
            return new GroupCategoryTotal
            {
                Category = category,
                LocationBasedTco2e = contributions.Sum(c => c.LocationBasedTco2e) - eliminated,
                MarketBasedTco2e = contributions.Sum(c => c.MarketBasedTco2e) - eliminated,
                RemovalsTco2e = included.Sum(m => m.Share * m.Inventory.GetCategory(category).RemovalsTco2e),
                EliminatedTco2e = eliminated,
                Contributions = contributions,
            };
        }).ToList();

        var notes = new List<Bilingual>();
        var factorVersions = included.Select(m => m.Inventory.FactorCatalogVersion).Distinct().ToList();
        if (factorVersions.Count > 1)
        {
            notes.Add(InventoryTexts.FactorVersionsDiffer.Format(string.Join(" | ", factorVersions)));
        }

        return new GroupInventory
        {
            Approach = approach,
            Year = year,
            GwpSetId = included.Count > 0 ? included[0].Inventory.GwpSetId : "",
            Members = members.Select(m => new GroupMember
            {
                SubsidiaryCode = m.Inventory.SubsidiaryCode,
                SubsidiaryName = m.Inventory.SubsidiaryName,
                Period = m.Inventory.Period,
                Share = m.Share,
                Included = m.Share > 0m,
                ExclusionReason = m.Share > 0m ? null : ExclusionReason(approach),
                Controlled = declared?.GetValueOrDefault(m.Inventory.SubsidiaryCode).Controlled,
                ProductionStage = declared?.GetValueOrDefault(m.Inventory.SubsidiaryCode).Stage,
                Scope12LocationTco2e = m.Share * m.Inventory.TotalScope12(Scope2Method.LocationBased),
                Scope12MarketTco2e = m.Share * m.Inventory.TotalScope12(Scope2Method.MarketBased),
                OutputTonnes = m.Share * m.Inventory.OutputTonnes,
            }).ToList(),
            Categories = categories,
            Eliminations = eliminations,
            BiogenicCo2Tonnes = included.Sum(m => m.Share * m.Inventory.BiogenicCo2Tonnes),
            RemovalsTco2e = included.Sum(m => m.Share * m.Inventory.RemovalsTco2e),
            OutputTonnes = included.Sum(m => m.Share * m.Inventory.OutputTonnes),
            IntraGroupTonnes = included.Sum(m => m.Share * m.Inventory.IntraGroupPurchaseTonnes),
            PeriodWarning = PeriodWarning(included.Select(m => m.Inventory).ToList(), year),
            Notes = notes,
        };
    }

    private static Bilingual ExclusionReason(string approach) => ConsolidationRule.IsControlApproach(approach)
        ? ConsolidationTexts.ExcludedNotControlled.Format(ConsolidationTexts.Approach(approach))
        : InventoryTexts.ExcludedNoShare.Format(approach);

    private static IntraGroupElimination? Eliminate(SubsidiaryInventory inventory, decimal share)
    {
        if (inventory.IntraGroupPurchaseTonnes <= 0m || inventory.PurchasedAluminiumIntensity is not { } intensity)
        {
            return null;
        }
        var eliminated = Math.Min(inventory.IntraGroupPurchaseTonnes * intensity, inventory.PurchasedAluminium.AluminiumTco2e) * share;
        return new IntraGroupElimination
        {
            SubsidiaryCode = inventory.SubsidiaryCode,
            IntraGroupTonnes = inventory.IntraGroupPurchaseTonnes,
            PurchasedAluminiumIntensity = intensity,
            Share = share,
            EliminatedTco2e = eliminated,
            Text = InventoryTexts.IntraGroupElimination.Format(inventory.IntraGroupPurchaseTonnes, intensity, share, eliminated),
        };
    }

    private static PeriodAlignmentWarning? PeriodWarning(IReadOnlyList<SubsidiaryInventory> included, int year)
    {
        var misaligned = included
            .Where(i => !i.Period.IsCalendarYear(year))
            .Select(i => new MisalignedPeriod(i.SubsidiaryCode, i.SubsidiaryName, i.Period))
            .ToList();
        if (misaligned.Count == 0)
        {
            return null;
        }
        static string Period(MisalignedPeriod m) => string.Create(CultureInfo.InvariantCulture, $"{m.Period.Start:yyyy-MM-dd}..{m.Period.End:yyyy-MM-dd}");
        // The workbook gives the Chinese name only; English text names the subsidiary by its code.
        var list = new Bilingual(
            string.Join("; ", misaligned.Select(m => $"{m.SubsidiaryName} ({m.SubsidiaryCode}) {Period(m)}")),
            string.Join("; ", misaligned.Select(m => $"{m.SubsidiaryCode} {Period(m)}")));
        return new PeriodAlignmentWarning
        {
            Year = year,
            Subsidiaries = misaligned,
            Text = InventoryTexts.PeriodsNotAligned.Format(year, list),
        };
    }
}
