using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
namespace GhgReports.Pathways;

/// <summary>
/// The inventory figures the pathway, progress and consistency checks need for one subsidiary and reporting year.
/// Deliberately small and separate from the inventory calculator's results, so that either can change without the
/// other; the caller maps calculated totals onto it.
/// </summary>
/// <param name="PurchasedAluminiumTonnes">Tonnes of aluminium bought in, scrap included (the denominator of the
/// purchased-aluminium intensity).</param>
/// <param name="GridFactorId">The grid factor the subsidiary's purchased electricity was calculated with: measures that
/// save or replace grid electricity are valued at the same factor.</param>
/// <param name="PurchasedAluminiumIntensity">Mass-weighted tCO2e per tonne of purchased aluminium, the base of the
/// purchased-aluminium pathway; not derivable from category 4, which holds other purchases too.</param>
/// <param name="GwpSetId">The GWP set the inventory was calculated with: a measure's saving in a non-CO2 gas is valued with it.</param>
internal sealed record SubsidiaryFigures(
    string Code,
    int ReportingYear,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Scope12Tco2e,
    decimal OutputTonnes,
    decimal? Category4Tco2e,
    decimal? PurchasedAluminiumTonnes,
    string GridFactorId,
    decimal? PurchasedAluminiumIntensity = null,
    string? GwpSetId = null)
{
    /// <summary>
    /// The figures the pathway checks need, from a calculated inventory (scope 2 location-based, as Chinese
    /// verification statements report it). The grid factor is the one the inventory used, else the register's.
    /// </summary>
    public static SubsidiaryFigures FromInventory(string code, SubsidiaryInventory inventory, string? registeredGridFactor)
    {
        const Scope2Method method = Scope2Method.LocationBased;
        var gridFactor = inventory.Lines.FirstOrDefault(l => l.Category == 2 && l.FactorId is not null)?.FactorId ?? registeredGridFactor ?? "";
        return new SubsidiaryFigures(code, inventory.ReportingYear, inventory.Period.Start, inventory.Period.End,
            inventory.TotalScope12(method), inventory.OutputTonnes, inventory.CategoryEmissions(4, method),
            inventory.PurchasedAluminiumTonnes > 0 ? inventory.PurchasedAluminiumTonnes : null, gridFactor,
            inventory.PurchasedAluminiumIntensity, inventory.GwpSetId);
    }

    /// <summary>
    /// The group's figures for a year, from its consolidation (scope 2 location-based, as for a subsidiary). Its output
    /// is the blended denominator: tonnes bought within the group are not counted twice.
    /// </summary>
    public static SubsidiaryFigures FromGroup(GroupInventory group, IReadOnlyList<ReportingPeriod> memberPeriods)
    {
        ArgumentNullException.ThrowIfNull(group);
        const Scope2Method method = Scope2Method.LocationBased;
        return new SubsidiaryFigures(TargetProgress.GroupCode, group.Year,
            memberPeriods.Count > 0 ? memberPeriods.Min(p => p.Start) : new DateOnly(group.Year, 1, 1),
            memberPeriods.Count > 0 ? memberPeriods.Max(p => p.End) : new DateOnly(group.Year, 12, 31),
            group.TotalScope12(method), group.BlendedOutputTonnes, group.CategoryEmissions(4, method), null, "");
    }

    /// <summary>Scope 1+2 tCO2e per tonne of output: the process pathway's metric.</summary>
    public decimal ProcessIntensity => OutputTonnes > 0
        ? Scope12Tco2e / OutputTonnes
        : throw new InvalidOperationException($"{Code} {ReportingYear}: output is zero, so there is no intensity.");
}
