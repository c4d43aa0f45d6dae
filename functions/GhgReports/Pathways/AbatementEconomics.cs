using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>What a measure costs per year and per tonne abated; or why that cannot be said.</summary>
/// <param name="AnnualTco2e">The reduction the plan counts for it (<see cref="MeasureEffect.ReductionTco2e"/>).</param>
/// <param name="AnnualisedCostCny">Capex × CRF + Δopex − energy saved × price: negative when the measure pays for itself.</param>
/// <param name="PaybackYears">Capex ÷ annual net saving; null when it never pays back.</param>
/// <param name="NotCosted">Why there is no cost: no capex, no lifetime, no rate, no price, or no quantified reduction.</param>
internal sealed record AbatementCost(
    string SubsidiaryCode,
    int Row,
    string Name,
    string? NameEn,
    decimal? AnnualTco2e,
    decimal? CapexCny,
    decimal? AnnualisedCostCny,
    decimal? CostPerTco2e,
    decimal? PaybackYears,
    Bilingual? NotCosted)
{
    public bool Costed => CostPerTco2e is not null;
}

/// <summary>
/// The marginal abatement cost of reduction measures, valued alike across the group: the group workbook's discount rate
/// annualises the capital cost over the measure's lifetime (capital recovery factor), and its energy prices value the
/// energy saved. Annualised cost = capex × CRF(rate, lifetime) + Δopex − energy saved × price; cost per tCO2e =
/// annualised cost ÷ annual tCO2e abated; simple payback = capex ÷ (energy saved × price − Δopex).
/// </summary>
internal static class AbatementEconomics
{
    /// <summary>CRF = r(1+r)^n / ((1+r)^n − 1); 1/n at a rate of zero.</summary>
    public static decimal CapitalRecoveryFactor(decimal ratePercent, decimal lifetimeYears)
    {
        if (lifetimeYears <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetimeYears), lifetimeYears, "A lifetime must be positive.");
        }
        var r = ratePercent / 100m;
        if (r == 0)
        {
            return 1m / lifetimeYears;
        }
        var growth = (decimal)Math.Pow((double)(1m + r), (double)lifetimeYears);
        return r * growth / (growth - 1m);
    }

    public static AbatementCost Of(string subsidiaryCode, ReductionMeasure measure, MeasureEffect? effect, GroupEconomics economics)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(economics);
        var abated = effect?.ReductionTco2e;
        AbatementCost Without(Bilingual why) =>
            new(subsidiaryCode, measure.Row, measure.Name, measure.NameEn, abated, measure.CapexCny, null, null, null, why);
        if (measure.CapexCny is not { } capex)
        {
            return Without(EconomicsTexts.NoCapex);
        }
        if (measure.LifetimeYears is not ({ } lifetime and > 0))
        {
            return Without(EconomicsTexts.NoLifetime);
        }
        if (economics.DiscountRatePercent is not { } rate)
        {
            return Without(EconomicsTexts.NoDiscountRate);
        }
        var energyValue = 0m;
        if (measure.EnergySaved is { } saved && measure.EnergySavedItem is { } item)
        {
            if (economics.PriceOf(item) is not { } price)
            {
                return Without(EconomicsTexts.NoPrice.Format(new Bilingual(ChoiceLists.PricedEnergy[item].Zh, ChoiceLists.PricedEnergy[item].En)));
            }
            energyValue = saved * price.PriceCny;
        }
        var annualised = capex * CapitalRecoveryFactor(rate, lifetime) + (measure.OpexChangeCny ?? 0m) - energyValue;
        var netSaving = energyValue - (measure.OpexChangeCny ?? 0m);
        decimal? payback = netSaving > 0 ? capex / netSaving : null;
        if (abated is not ({ } tco2e and > 0))
        {
            return new(subsidiaryCode, measure.Row, measure.Name, measure.NameEn, abated, capex, annualised, null, payback, EconomicsTexts.NoReduction);
        }
        return new(subsidiaryCode, measure.Row, measure.Name, measure.NameEn, tco2e, capex, annualised, annualised / tco2e, payback, null);
    }

    /// <summary>
    /// The cost curve's order: cheapest abatement first (negative costs pay for themselves); ties by size, largest first,
    /// then by subsidiary and row, so that the same data always draws the same curve.
    /// </summary>
    public static IReadOnlyList<AbatementCost> Curve(IEnumerable<AbatementCost> costs) =>
        [.. costs.Where(c => c.Costed)
            .OrderBy(c => c.CostPerTco2e)
            .ThenByDescending(c => c.AnnualTco2e)
            .ThenBy(c => c.SubsidiaryCode, StringComparer.Ordinal)
            .ThenBy(c => c.Row)];
}
