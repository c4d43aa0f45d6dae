using GhgReports.Inventory.Calculation;
using GhgReports.Submissions;

namespace GhgReports.Inventory.Consolidation;

/// <summary>One accepted group workbook that changed the active register: who joined, who left, when and by whom.</summary>
public sealed record RegisterChange(DateTimeOffset When, string Who, IReadOnlyList<RegisteredSubsidiary> Joined, IReadOnlyList<RegisteredSubsidiary> Left);

/// <summary>
/// The group base before and after the register changes made since it was first reported (ISO 14064-1 §6.4.1 a;
/// GHG Protocol chapter 5, structural changes): the same base year, consolidated once over the register as it was and
/// once over the register in force. A member that joined without data for the base year cannot be added to the base,
/// and the group's later years are then not comparable with it.
/// </summary>
public sealed record StructuralRecalculation(
    int BaseYear,
    IReadOnlyList<RegisterChange> Changes,
    IReadOnlyList<string> RegisterThen,
    InventoryTotals AsFirstReported,
    InventoryTotals AsRecalculated,
    IReadOnlyList<string> JoinedWithoutBase)
{
    public bool Comparable => JoinedWithoutBase.Count == 0;

    /// <summary>
    /// Null when no member joined or left since the base was first reported. <paramref name="baseYearInventories"/>
    /// holds the base-year inventory in force of every member, current or former, that has one.
    /// </summary>
    public static StructuralRecalculation? Of(int baseYear, string approach, IReadOnlyList<RegisteredSubsidiary> currentRegister,
        IReadOnlyList<RegisterChange> changes, IReadOnlyDictionary<string, SubsidiaryInventory> baseYearInventories)
    {
        ArgumentNullException.ThrowIfNull(currentRegister);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(baseYearInventories);
        if (changes.Count == 0)
        {
            return null;
        }
        var now = currentRegister.Where(r => r.Active).ToList();
        // Undo the changes, newest first, to find the register the base was first reported under.
        var then = now.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var change in changes.Reverse())
        {
            foreach (var joined in change.Joined)
            {
                then.Remove(joined.Code);
            }
            foreach (var left in change.Left)
            {
                then[left.Code] = left;
            }
        }
        var registerThen = then.Values.OrderBy(r => r.Row).ToList();
        var joinedWithoutBase = now.Where(r => !then.ContainsKey(r.Code) && !baseYearInventories.ContainsKey(r.Code)).Select(r => r.Code).ToList();
        return new StructuralRecalculation(baseYear, changes, [.. registerThen.Select(r => r.Code)],
            Totals(registerThen, approach, baseYear, baseYearInventories), Totals(now, approach, baseYear, baseYearInventories), joinedWithoutBase);
    }

    private static InventoryTotals Totals(IReadOnlyList<RegisteredSubsidiary> register, string approach, int year,
        IReadOnlyDictionary<string, SubsidiaryInventory> inventories)
    {
        var members = register.Where(r => inventories.ContainsKey(r.Code)).Select(r => r.Consolidating(inventories[r.Code])).ToList();
        if (members.Count == 0)
        {
            return new InventoryTotals { Categories = [], Scope12LocationBasedTco2e = 0, Scope12MarketBasedTco2e = 0, BiogenicCo2Tonnes = 0, RemovalsTco2e = 0 };
        }
        var group = GroupConsolidator.Consolidate(members, approach, year);
        return new InventoryTotals
        {
            Categories = [],
            Scope12LocationBasedTco2e = group.TotalScope12(Scope2Method.LocationBased),
            Scope12MarketBasedTco2e = group.TotalScope12(Scope2Method.MarketBased),
            BiogenicCo2Tonnes = 0,
            RemovalsTco2e = 0,
            OutputTonnes = group.BlendedOutputTonnes,
        };
    }
}
