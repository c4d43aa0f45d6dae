using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

/// <summary>
/// Consolidation as the register declares it: UA at 100 % and controlled, UB at 60 % and controlled or not, under each
/// approach. Figures are worked by hand in the comments.
/// </summary>
public sealed class ConsolidationRuleTests
{
    // UA: scope 1 100 + scope 2 200 = 300 tCO2e, output 1,000 t. UB: scope 1 1,000 + scope 2 500 = 1,500 tCO2e, output 2,000 t,
    // of which it bought 400 t from UA.
    private static SubsidiaryInventory Ua() => LibraryCalculator().Calculate(Workbook(Entity("UA", output: 1_000m, purchased: 100m),
        Reported(3, 1, "1.1", 100m), Reported(4, 2, "2.1", 200m), Reported(5, 4, "4.1", 1_000m, scope3: 1)), Ar5);

    private static SubsidiaryInventory Ub(decimal intraGroup = 0m) => LibraryCalculator().Calculate(Workbook(Entity("UB", output: 2_000m, purchased: 500m, intraGroup: intraGroup) with { ProductionStage = "semi-fabrication" },
        Reported(3, 1, "1.1", 1_000m), Reported(4, 2, "2.1", 500m), Reported(5, 4, "4.1", 5_000m, scope3: 1)), Ar5);

    private static GroupInventory Group(string approach, bool? ubControlled, decimal ubIntraGroup = 0m) => GroupConsolidator.Consolidate(
        [
            new ConsolidationMember(Ua(), 100m, true, "casting"),
            new ConsolidationMember(Ub(ubIntraGroup), 60m, ubControlled, "semi-fabrication"),
        ], approach, 2023);

    [Fact]
    public void Consolidate_OperationalControlWithUbControlled_CountsBothAtOneHundredPercentAndWarnsAboutUbsShare()
    {
        var group = Group("operational-control", ubControlled: true);

        // 300 + 1,500 = 1,800 tCO2e, not 300 + 0.6 × 1,500 = 1,200
        Assert.Equal(1_800m, group.TotalScope12(Scope2Method.LocationBased));
        // Category 4: 1,000 + 5,000 = 6,000; output 1,000 + 2,000 = 3,000 t
        Assert.Equal(6_000m, group.CategoryEmissions(4, Scope2Method.LocationBased));
        Assert.Equal(3_000m, group.OutputTonnes);
        Assert.Equal([1m, 1m], group.Members.Select(m => m.Share));
        var warning = Assert.Single(group.Notes);
        Assert.Equal("UB: the register's share of 60 % does not apply under operational control; counted at 100 % by control", warning.En);
    }

    [Fact]
    public void Consolidate_OperationalControlWithUbNotControlled_LeavesUbOut()
    {
        var group = Group("operational-control", ubControlled: false);

        // UA alone: 300 tCO2e, 1,000 t
        Assert.Equal(300m, group.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(1_000m, group.OutputTonnes);
        var ub = Assert.Single(group.Excluded);
        Assert.Equal("UB", ub.SubsidiaryCode);
        Assert.Equal("Not controlled under operational control; not consolidated", ub.ExclusionReason!.En);
        Assert.Contains("counted at 0 % by control", Assert.Single(group.Notes).En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Consolidate_EquityShare_CountsUbAtSixtyPercentWhateverItsControl(bool ubControlled)
    {
        var group = Group("equity-share", ubControlled);

        // 300 × 1 + 1,500 × 0.6 = 1,200 tCO2e; output 1,000 + 2,000 × 0.6 = 2,200 t; intensity 1,200 ÷ 2,200 = 0.54545…
        Assert.Equal(1_200m, group.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(2_200m, group.OutputTonnes);
        Assert.Equal(0.5455m, Math.Round(group.Scope12Intensity(Scope2Method.LocationBased)!.Value, 4));
        Assert.Empty(group.Notes);
        Assert.Equal("The group consolidates its subsidiaries' inventories under equity share: 测试子公司 UA (UA) at its 100 % equity share; 测试子公司 UB (UB) at its 60 % equity share.",
            ConsolidationTexts.Describe(group).En);
    }

    [Fact]
    public void Consolidate_FinancialControl_FollowsTheSameRuleAsOperationalControl()
    {
        var group = Group("financial-control", ubControlled: true);

        Assert.Equal(1_800m, group.TotalScope12(Scope2Method.MarketBased));
        Assert.Equal("The group consolidates its subsidiaries' inventories under financial control: 测试子公司 UA (UA) controlled, counted at 100 %; 测试子公司 UB (UB) controlled, counted at 100 %.",
            ConsolidationTexts.Describe(group).En);
    }

    [Theory]
    [InlineData(60, 1, true)]
    [InlineData(100, 1, false)]
    [InlineData(0, 0, false)]
    public void WeightOf_RegisterWithoutTheControlledColumn_ReadsAPositiveShareAsControlled(int sharePercent, int counted, bool warned)
    {
        var weight = ConsolidationRule.WeightOf("operational-control", "UB", sharePercent, controlled: null);

        Assert.Equal(counted, weight.Share);
        Assert.Equal(warned, weight.Warning is not null);
        if (warned)
        {
            Assert.Contains("Fill in 'Controlled' in the register", weight.Warning!.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Consolidate_TwoStages_GivesEachStagesIntensityAndABlendedFigureWithoutIntraGroupTonnes()
    {
        var group = Group("operational-control", ubControlled: true, ubIntraGroup: 400m);

        // Casting (UA): 300 ÷ 1,000 = 0.3; semi-fabrication (UB): 1,500 ÷ 2,000 = 0.75
        Assert.Equal([("casting", 0.3m), ("semi-fabrication", 0.75m)],
            group.Stages.Select(s => (s.Stage, s.Intensity(Scope2Method.LocationBased)!.Value)));
        // Blended: 1,800 ÷ (3,000 − 400 bought by UB from UA) = 1,800 ÷ 2,600 = 0.692307…
        Assert.Equal(2_600m, group.BlendedOutputTonnes);
        Assert.Equal(0.6923m, Math.Round(group.Scope12Intensity(Scope2Method.LocationBased)!.Value, 4));
    }

    [Fact]
    public void Consolidate_LaterYearSamplesUnderEachApproach_DifferOnlyByTheUncontrolledMembersShare()
    {
        // 2024: the register as shipped, but LW declared at a 60 % equity share and not controlled.
        var inventories = LaterYearSamples.For(2024).Select(w => LibraryCalculator().Calculate(w, Ar5)).ToList();
        var register = SeedGroup.Workbook.Register.Select(r => r.Code == "LW" ? r with { SharePercent = 60m, Controlled = false } : r).ToList();
        GroupInventory Under(string approach) => GroupConsolidator.Consolidate(
            [.. inventories.Select(i => register.Single(r => r.Code == i.SubsidiaryCode).Consolidating(i))], approach, 2024);
        decimal Scope12(string code) => inventories.Single(i => i.SubsidiaryCode == code).TotalScope12(Scope2Method.LocationBased);

        var control = Under("operational-control");
        var equity = Under("equity-share");

        Assert.Equal(Scope12("CP") + Scope12("YN") + Scope12("NM"), control.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(Scope12("CP") + 0.6m * Scope12("LW") + Scope12("YN") + Scope12("NM"), equity.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(["CP", "YN", "NM"], control.Included.Select(m => m.SubsidiaryCode));
        Assert.All(control.Members, m => Assert.Equal(2024, m.Period.Start.Year));
    }
}
