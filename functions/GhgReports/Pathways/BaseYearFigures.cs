namespace GhgReports.Pathways;

/// <summary>
/// Which year a subsidiary's pathway starts from, for the plan and the HQ home alike. The base never moves with the
/// year reported: it is the Entity sheet's base year when that year is stored, else the first year stored, which the
/// plan then names as the base it used.
/// </summary>
internal static class BaseYearFigures
{
    /// <param name="baseYear">The base year the workbook in force declares.</param>
    /// <param name="stored">The subsidiary's years in force, oldest first; at least one.</param>
    public static (SubsidiaryFigures Figures, bool Stored) Choose(int baseYear, IReadOnlyList<SubsidiaryFigures> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Count == 0)
        {
            throw new ArgumentException("A base year is chosen among the years stored; none is.", nameof(stored));
        }
        var declared = stored.FirstOrDefault(f => f.ReportingYear == baseYear);
        return declared is not null ? (declared, true) : (stored.MinBy(f => f.ReportingYear)!, false);
    }
}
