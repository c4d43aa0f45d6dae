using GhgReports.Intake.Samples;
using GhgReports.Inventory.Units;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Tests.Pathways;

public sealed class MeasureEffectsTests
{
    private static readonly MeasureEffects Measures = SeedPlanFixtures.Measures;

    private static MeasureEffect Effect(string code, int row) =>
        Measures.Compute(SeedSamples.ByCode(code).Measures.Single(m => m.Row == row), SeedPlanFixtures.Subsidiary(code).Figures);

    [Fact]
    public void Compute_CpInstalledPv_DeclaredGenerationAtGridFactor()
    {
        var effect = Effect("CP", 3);

        // 842.6 万kWh = 8,426 MWh × 0.5703 tCO2/MWh = 4,805.3478 tCO2/yr; 8,426 / 8.0256 MW = 1,049.9 h.
        Assert.Equal(MeasureQuantification.PvGeneration, effect.Quantification);
        Assert.Equal(8_426m, effect.AnnualMwh);
        Assert.Equal(4_805.3m, Math.Round(effect.AnnualTco2e!.Value, 1));
        Assert.Equal(1_049.9m, Math.Round(effect.ImpliedFullLoadHours!.Value, 1));
        Assert.Equal(SeedSamples.GridFactor, effect.FactorId);
        Assert.Contains("4805.3", effect.Working.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CpNewPv_DeclaredGenerationAtGridFactor()
    {
        var effect = Effect("CP", 4);

        // 1,854.57 万kWh = 18,545.7 MWh × 0.5703 = 10,576.61 tCO2/yr; 18,545.7 / 16.58349 MW = 1,118.3 h.
        Assert.Equal(10_576.6m, Math.Round(effect.AnnualTco2e!.Value, 1));
        Assert.Equal(1_118.3m, Math.Round(effect.ImpliedFullLoadHours!.Value, 1));
    }

    [Fact]
    public void Compute_PvWithCapacityAndHoursOnly_UsesCapacityTimesHours()
    {
        var measure = new ReductionMeasure { Row = 9, Name = "PV", Type = "pv", Capacity = 8.0256m, CapacityUnit = Unit.MW, FullLoadHours = 1_050m };

        var effect = Measures.Compute(measure, SeedPlanFixtures.Subsidiary("CP").Figures);

        // 8.0256 MW × 1,050 h = 8,426.88 MWh × 0.5703 = 4,805.85 tCO2/yr.
        Assert.Equal(MeasureQuantification.PvCapacityHours, effect.Quantification);
        Assert.Equal(8_426.88m, effect.AnnualMwh);
        Assert.Equal(4_805.85m, Math.Round(effect.AnnualTco2e!.Value, 2));
    }

    [Fact]
    public void Compute_NmGasCut_MatchesDeclaredPerTonne()
    {
        var effect = Effect("NM", 4);

        // 0.85 m³/t × 2.162 kg CO2/m³ = 1.8377 kg CO2/t → 1.84 as declared; × 585,000 t = 1,075.05 tCO2/yr.
        Assert.Equal(MeasureQuantification.FuelPerTonne, effect.Quantification);
        Assert.Equal(1.8377m, effect.KgCo2PerTonne);
        Assert.Equal(1_075.05m, Math.Round(effect.AnnualTco2e!.Value, 2));
        Assert.Equal("cn-fuel/natural-gas", effect.FactorId);
        Assert.True(effect.AgreesWithDeclared);
    }

    [Fact]
    public void Compute_NmDieselCut_UsesDensityAndMatchesDeclared()
    {
        var effect = Effect("NM", 3);

        // 0.09 L/t × 0.86 kg/L = 0.0774 kg diesel/t × 3.096 = 0.23963 kg CO2/t → 0.24 as declared.
        Assert.Equal(0.2396m, Math.Round(effect.KgCo2PerTonne!.Value, 4));
        Assert.Equal("cn-fuel/diesel", effect.FactorId);
        Assert.True(effect.AgreesWithDeclared);
        Assert.Contains("0.0774 kg/t", effect.Working.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_DeclaredFigureOffByMoreThanRounding_Disagrees()
    {
        var measure = SeedSamples.ByCode("NM").Measures.Single(m => m.Row == 4) with { DeclaredReduction = 1.86m };

        var effect = Measures.Compute(measure, SeedPlanFixtures.Subsidiary("NM").Figures);

        // 1.8377 vs 1.86: |Δ| 0.0223 > 0.005 (half a unit of the second decimal). 1.86 is what IPCC's factor would give.
        Assert.False(effect.AgreesWithDeclared);
    }

    [Fact]
    public void Compute_YnElectricForklifts_DieselCutPerTonne()
    {
        var effect = Effect("YN", 3);

        // 0.1 L/t × 0.86 = 0.086 kg/t × 3.096 = 0.266256 kg CO2/t; × 81,770 t = 21.77 tCO2/yr. Nothing declared to compare.
        Assert.Equal(0.266256m, effect.KgCo2PerTonne);
        Assert.Equal(21.77m, Math.Round(effect.AnnualTco2e!.Value, 2));
        Assert.Null(effect.AgreesWithDeclared);
        Assert.False(effect.ImplausiblySmall);
    }

    [Fact]
    public void Compute_NmSmokeHoodSaving_IsImplausiblySmall()
    {
        var effect = Effect("NM", 5);

        // 1.5 MWh × 0.5703 = 0.85545 tCO2/yr = 0.0018 % of 46,476 tCO2e, under the 0.1 % threshold.
        Assert.Equal(MeasureQuantification.ElectricitySaving, effect.Quantification);
        Assert.Equal(0.85545m, effect.AnnualTco2e);
        Assert.True(effect.ImplausiblySmall);
    }

    [Fact]
    public void Compute_SavingOfHundredFiftyMwh_IsNotImplausiblySmall()
    {
        var measure = SeedSamples.ByCode("NM").Measures.Single(m => m.Row == 5) with { AnnualAmount = 15m, AnnualUnit = "万kWh" };

        var effect = Measures.Compute(measure, SeedPlanFixtures.Subsidiary("NM").Figures);

        // 15 万kWh = 150 MWh × 0.5703 = 85.545 tCO2 = 0.184 % of 46,476: above 0.1 %.
        Assert.Equal(85.545m, effect.AnnualTco2e);
        Assert.False(effect.ImplausiblySmall);
    }

    [Fact]
    public void Compute_EnergyMonitoringAndRecycling_AreNotCountedAsScope12Savings()
    {
        var monitoring = Effect("CP", 5);
        var recycling = Effect("CP", 6);

        Assert.Equal(MeasureQuantification.NotQuantified, monitoring.Quantification);
        Assert.Null(monitoring.AnnualTco2e);
        Assert.Equal(MeasureQuantification.RecycledShare, recycling.Quantification);
        Assert.Null(recycling.AnnualTco2e);
        Assert.Contains("98", recycling.Working.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CpInstalledPvWithTheBaseYear_IsInTheBaseAndNotAReduction()
    {
        var measure = SeedSamples.ByCode("CP").Measures.Single(m => m.Row == 3);

        var effect = Measures.Compute(measure, SeedPlanFixtures.Subsidiary("CP").Figures, baseYear: 2023);

        // Declared operating before the base year: its 4,805.3 tCO2e/yr are in the 2023 inventory already.
        Assert.True(effect.InBaseYear);
        Assert.Null(effect.ReductionTco2e);
        Assert.Equal(4_805.3m, Math.Round(effect.AnnualTco2e!.Value, 1));
        Assert.StartsWith("In operation before the base year 2023: its 4805.3 tCO2e/yr are already in the base inventory", effect.Working.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, null, true)]
    [InlineData(2023, null, false)]
    [InlineData(2024, "planned", false)]
    [InlineData(2024, "operating-before-base", true)]
    public void Compute_StartBeforeTheBaseYearOrDeclaredOperating_IsInTheBase(int startYear, string? status, bool inBase)
    {
        var measure = new ReductionMeasure
        {
            Row = 9, Name = "PV", Type = "pv", Capacity = 1m, CapacityUnit = Unit.MW, FullLoadHours = 1_000m,
            Start = new DateOnly(startYear, 6, 1), Status = status,
        };

        var effect = Measures.Compute(measure, SeedPlanFixtures.Subsidiary("CP").Figures, baseYear: 2023);

        // 1 MW × 1,000 h = 1,000 MWh × 0.5703 = 570.3 tCO2e/yr either way; only its counting differs
        Assert.Equal(570.3m, effect.AnnualTco2e);
        Assert.Equal(inBase, effect.InBaseYear);
        Assert.Equal(inBase ? null : 570.3m, effect.ReductionTco2e);
    }
}
