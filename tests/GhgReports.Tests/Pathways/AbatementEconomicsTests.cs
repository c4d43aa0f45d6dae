using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Tests.Pathways;

/// <summary>Abatement costs computed by hand: capital recovery, annualised cost, cost per tCO2e, payback, and what stops them.</summary>
public sealed class AbatementEconomicsTests
{
    private static readonly GroupEconomics Group = new(8m, [new EnergyPrice(3, "electricity", 650m, null), new EnergyPrice(4, "natural-gas", 3.6m, null)]);

    private static MeasureEffect Effect(int row, decimal? tco2e) => new()
    {
        Row = row, Name = "m", Type = "efficiency", Quantification = tco2e is null ? MeasureQuantification.NotQuantified : MeasureQuantification.ElectricitySaving,
        AnnualTco2e = tco2e, Working = new Bilingual("", ""),
    };

    private static ReductionMeasure Measure(int row, decimal? capex = 1_000_000m, decimal? opex = 20_000m, decimal? saved = 1_000m, string? item = "electricity",
        decimal? lifetime = 10m) => new()
    {
        Row = row, Name = $"措施{row}", Type = "efficiency", CapexCny = capex, OpexChangeCny = opex, EnergySaved = saved, EnergySavedItem = item, LifetimeYears = lifetime,
    };

    [Fact]
    public void CapitalRecoveryFactor_EightPercentOverTenYears_AndAtZero()
    {
        // 0.08 × 1.08^10 / (1.08^10 − 1) = 0.08 × 2.158925 / 1.158925 = 0.149029
        Assert.Equal(0.149029m, Math.Round(AbatementEconomics.CapitalRecoveryFactor(8m, 10m), 6));
        Assert.Equal(0.1m, AbatementEconomics.CapitalRecoveryFactor(0m, 10m));
    }

    [Fact]
    public void Of_CostedMeasure_AnnualisesCapex_AddsOpex_SubtractsEnergyAtTheGroupsPrice()
    {
        var cost = AbatementEconomics.Of("CP", Measure(3), Effect(3, 500m), Group);

        // 1,000,000 × 0.149029 + 20,000 − 1,000 MWh × 650 = 149,029.49 + 20,000 − 650,000 = −480,970.51 CNY a year
        Assert.Equal(-480_970.51m, Math.Round(cost.AnnualisedCostCny!.Value, 2));
        // ÷ 500 tCO2e = −961.94 CNY/tCO2e: it pays for itself.
        Assert.Equal(-961.94m, Math.Round(cost.CostPerTco2e!.Value, 2));
        // 1,000,000 ÷ (650,000 − 20,000) = 1.587 years
        Assert.Equal(1.587m, Math.Round(cost.PaybackYears!.Value, 3));
        Assert.Null(cost.NotCosted);
    }

    [Fact]
    public void Of_NoEnergySaved_CostsOnlyItsCapitalAndOpex_AndNeverPaysBack()
    {
        var cost = AbatementEconomics.Of("CP", Measure(3, capex: 500_000m, opex: 10_000m, saved: null, item: null, lifetime: 5m), Effect(3, 100m), Group with
        {
            DiscountRatePercent = 0m,
        });

        // At 0 %: 500,000 ÷ 5 + 10,000 = 110,000 a year; ÷ 100 t = 1,100 CNY/tCO2e; no net saving, so no payback.
        Assert.Equal((110_000m, 1_100m), (cost.AnnualisedCostCny, cost.CostPerTco2e));
        Assert.Null(cost.PaybackYears);
    }

    [Fact]
    public void Of_WhatStopsACost_IsSaid()
    {
        Assert.Equal(EconomicsTexts.NoCapex, AbatementEconomics.Of("CP", Measure(3, capex: null), Effect(3, 10m), Group).NotCosted);
        Assert.Equal(EconomicsTexts.NoLifetime, AbatementEconomics.Of("CP", Measure(3, lifetime: null), Effect(3, 10m), Group).NotCosted);
        Assert.Equal(EconomicsTexts.NoDiscountRate, AbatementEconomics.Of("CP", Measure(3), Effect(3, 10m), GroupEconomics.NotStated).NotCosted);
        var noPrice = AbatementEconomics.Of("CP", Measure(3, item: "diesel"), Effect(3, 10m), Group);
        Assert.Equal("The group workbook gives no price for diesel (L)", noPrice.NotCosted!.En);
        // A cost without a quantified reduction keeps its annualised cost, but has no cost per tonne.
        var unquantified = AbatementEconomics.Of("CP", Measure(3), Effect(3, null), Group);
        Assert.Equal(EconomicsTexts.NoReduction, unquantified.NotCosted);
        Assert.NotNull(unquantified.AnnualisedCostCny);
        Assert.False(unquantified.Costed);
    }

    [Fact]
    public void Curve_CheapestFirst_WithoutTheUncosted()
    {
        var costs = new[]
        {
            AbatementEconomics.Of("A", Measure(3, saved: 0m), Effect(3, 100m), Group),
            AbatementEconomics.Of("B", Measure(4), Effect(4, 500m), Group),
            AbatementEconomics.Of("C", Measure(5, capex: null), Effect(5, 900m), Group),
        };

        var curve = AbatementEconomics.Curve(costs);

        Assert.Equal(["B", "A"], curve.Select(c => c.SubsidiaryCode));
    }
}
