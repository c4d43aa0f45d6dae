using GhgReports.Inventory.Consolidation;
using GhgReports.Pathways;
using GhgReports.Reporting;

namespace GhgReports.Tracker;

/// <summary>One year of the group: its consolidated figures and the members counted in them.</summary>
public sealed record GroupYear(SubsidiaryFigures Figures, IReadOnlyList<string> Members);

/// <summary>
/// The group consolidated for each year in a range, by the rule the plan's summary and progress sections use
/// (PlanBuilder.GroupYears): each registered member's inventory in force for that year, weighted by the register under
/// the group's approach. A year without members, or whose members mix GWP sets, is left out.
/// </summary>
public static class GroupYearSeries
{
    public static SortedDictionary<int, GroupYear> Of(YearData data, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var byYear = new SortedDictionary<int, GroupYear>();
        for (var year = fromYear; year <= toYear; year++)
        {
            var members = data.Subsidiaries
                .Select(s => (s.Registered, Inventory: year == data.Year
                    ? s.Current?.Inventory
                    : s.Earlier.FirstOrDefault(e => e.Inventory.ReportingYear == year)?.Inventory))
                .Where(m => m.Inventory is not null)
                .ToList();
            if (members.Count == 0)
            {
                continue;
            }
            try
            {
                var group = GroupConsolidator.Consolidate([.. members.Select(m => m.Registered.Consolidating(m.Inventory!))],
                    data.Group.Group.ConsolidationApproach, year);
                byYear[year] = new GroupYear(SubsidiaryFigures.FromGroup(group, [.. members.Select(m => m.Inventory!.Period)]),
                    [.. members.Select(m => m.Registered.Code)]);
            }
            catch (InvalidOperationException)
            {
                // Mixed GWP sets: not added up, as in the plan.
            }
        }
        return byYear;
    }
}
