using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>One year of the group: its consolidated figures and the members counted in them.</summary>
internal sealed record GroupYear(SubsidiaryFigures Figures, IReadOnlyList<string> Members);

/// <summary>
/// The group consolidated for each year in a range, by one rule for the plan's summary and progress and for the HQ
/// home's figures: each registered member's inventory in force for that year, weighted by the register under the group's
/// approach. A year without members, or whose members mix GWP sets, is left out (the recalculation rules say how such
/// years become comparable).
/// </summary>
internal static class GroupYearSeries
{
    /// <param name="members">Each registered subsidiary with its inventories in force, any years.</param>
    public static SortedDictionary<int, GroupYear> Of(IEnumerable<(RegisteredSubsidiary Registered, IEnumerable<SubsidiaryInventory> Inventories)> members,
        string approach, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = members.Select(m => (m.Registered, Inventories: m.Inventories.ToList())).ToList();
        var byYear = new SortedDictionary<int, GroupYear>();
        for (var year = fromYear; year <= toYear; year++)
        {
            var inYear = list
                .Select(m => (m.Registered, Inventory: m.Inventories.FirstOrDefault(i => i.ReportingYear == year)))
                .Where(m => m.Inventory is not null)
                .ToList();
            if (inYear.Count == 0)
            {
                continue;
            }
            try
            {
                var group = GroupConsolidator.Consolidate([.. inYear.Select(m => m.Registered.Consolidating(m.Inventory!))], approach, year);
                byYear[year] = new GroupYear(SubsidiaryFigures.FromGroup(group, [.. inYear.Select(m => m.Inventory!.Period)]),
                    [.. inYear.Select(m => m.Registered.Code)]);
            }
            catch (InvalidOperationException)
            {
                // Mixed GWP sets: not added up.
            }
        }
        return byYear;
    }
}
