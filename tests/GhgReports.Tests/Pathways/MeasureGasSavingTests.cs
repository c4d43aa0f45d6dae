using GhgReports.Inventory.Gwp;
using GhgReports.Pathways;

namespace GhgReports.Tests.Pathways;

/// <summary>Which measure units are a mass of a gas, as officers write them, and which are not.</summary>
public sealed class MeasureGasSavingTests
{
    private static readonly GwpSet Ar5 = GwpCatalog.LoadEmbedded().Get("AR5");

    [Theory]
    [InlineData("t CF4", "t", "CF4", false)]
    [InlineData("tonnes C2F6/yr", "t", "C2F6", false)]
    [InlineData("kg CF₄/t", "kg", "CF4", true)]
    [InlineData("千克 CH4/吨产品", "kg", "CH4", true)]
    [InlineData("吨N2O/年", "t", "N2O", false)]
    [InlineData("kg sf6", "kg", "SF6", false)]
    [InlineData("t PFC-14", "t", "CF4", false)]
    [InlineData("kg PFCs", "kg", "PFCs", false)]
    [InlineData("kg HFC-23", "kg", "HFC-23", false)]
    public void TryParse_AMassOfAGas_ReadsTheMassTheGasAndWhetherPerTonne(string unit, string mass, string gas, bool perTonne)
    {
        Assert.True(MeasureGasSaving.TryParse(unit, out var saving));

        Assert.Equal((mass, gas, perTonne), (saving.Mass.Symbol, saving.GasName(Ar5), saving.PerTonneOfOutput));
    }

    [Theory]
    [InlineData("t")]
    [InlineData("t Al")]
    [InlineData("tCO2e")]
    [InlineData("kgCO2/t")]
    [InlineData("m3/t")]
    [InlineData("万kWh")]
    [InlineData("%")]
    [InlineData("tonnes")]
    [InlineData("")]
    public void TryParse_NotAGasMass_IsNotReadAsOne(string unit) => Assert.False(MeasureGasSaving.TryParse(unit, out _));

    [Fact]
    public void Compute_AliasOfAGasInTheSet_IsValuedWithThatGas()
    {
        var measures = new MeasureEffects(SeedPlanFixtures.Factors, GwpCatalog.LoadEmbedded());
        var figures = SeedPlanFixtures.Subsidiary("CP").Figures with { GwpSetId = "AR5" };

        var effect = measures.Compute(new GhgReports.Submissions.ReductionMeasure { Row = 9, Name = "PFC", Type = "other", AnnualAmount = 100m, AnnualUnit = "kg PFC-116" }, figures);

        // 0.1 t C2F6 × 11,100 (AR5) = 1,110 tCO2e/yr.
        Assert.Equal((MeasureQuantification.GasTimesGwp, "C2F6", 11_100m, 1_110m), (effect.Quantification, effect.Gas, effect.Gwp, effect.AnnualTco2e));
    }

    [Fact]
    public void Compute_WithoutAGwpCatalogue_LeavesTheGasSavingUnquantifiedWithoutBlamingASet()
    {
        var figures = SeedPlanFixtures.Subsidiary("CP").Figures with { GwpSetId = "AR5" };

        var effect = SeedPlanFixtures.Measures.Compute(new GhgReports.Submissions.ReductionMeasure { Row = 9, Name = "PFC", Type = "other", AnnualAmount = 1m, AnnualUnit = "t CF4" }, figures);

        Assert.Equal((MeasureQuantification.NotQuantified, false), (effect.Quantification, effect.GasNotInGwpSet));
        Assert.Null(effect.AnnualTco2e);
    }
}
