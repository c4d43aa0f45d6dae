using GhgReports.Intake.Samples;
using GhgReports.Pathways;
using GhgReports.Submissions;
using Xunit.Abstractions;
using static GhgReports.Pathways.PlanWarningCodes;

namespace GhgReports.Tests.Pathways;

public sealed class PlanConsistencyCheckerTests(ITestOutputHelper output)
{
    private static readonly PlanConsistencyChecker Checker = SeedPlanFixtures.Checker;

    private static IReadOnlyList<PlanWarning> Check(PlanSubsidiary subsidiary) =>
        Checker.CheckSubsidiary(subsidiary, SeedPlanFixtures.GroupTarget, SeedPlanFixtures.All);

    private static IReadOnlyList<PlanWarning> Check(string code) => Check(SeedPlanFixtures.Subsidiary(code));

    private static PlanSubsidiary With(string code, Func<SubsidiaryWorkbook, SubsidiaryWorkbook> change) =>
        SeedPlanFixtures.Subsidiary(change(SeedSamples.ByCode(code)));

    [Fact]
    public void Check_FourSeedSubsidiaries_ProduceTheKnownWarnings()
    {
        var warnings = Checker.Check(SeedPlanFixtures.GroupTarget, SeedPlanFixtures.All);
        foreach (var w in warnings)
        {
            output.WriteLine($"{w.SubsidiaryCode} {w.Code}: {string.Join("; ", w.Figures.Select(f => $"{f.Key}={f.Value}"))}");
            output.WriteLine($"    {w.Message.Zh}");
            output.WriteLine($"    {w.Message.En}");
        }

        string[] expected =
        [
            "CP pathway-differs", // purchased aluminium 2027: ours 14.336 vs 14.4
            "CP target-contradicts-pathway", // −5 %/yr to 2026: 0.374 vs 0.398
            "LW pathway-not-from-base", // 3.234 then 0.424…, same as CP's table
            "LW pathway-differs", // process, every year
            "LW pathway-differs", // purchased aluminium 2027, 2030
            "LW target-contradicts-pathway", // process −5 % by 2025: 3.073 vs 0.411
            "LW target-contradicts-pathway", // purchased −5 % by 2025: 15.561 vs 15.3
            "YN pathway-differs", // process 2024, 2025, 2030 by 0.0008–0.001: the provisional fit, not YN
            "YN pathway-differs", // purchased aluminium 2024, 2027
            "YN target-metric-differs-from-group", // −1 % absolute CO2
            "YN co2-instead-of-co2e", // the same target, in CO2
            "YN target-weaker-than-group", // 0.2 by 2050 on a straight line is −2.66 % by 2025
            "YN intensity-unit-not-per-tonne", // the 2050 target's "tCO2e"
            "YN intensity-unit-not-per-tonne", // the table's "tCO2e"
            "YN energy-saving-implausibly-small", // 2.25 MWh
            "YN energy-saving-implausibly-small", // 0.81 MWh
            "YN purchased-metal-vs-category-4", // 5.6 × 86,000 vs 3,409,015
            "NM pathway-differs", // purchased aluminium 2030: 12.558 vs 12.5
            "NM target-contradicts-pathway", // −5 %/yr vs flat 0.079
            "NM co2-instead-of-co2e", // 15.1 t CO2/t 铝
            "NM energy-saving-implausibly-small", // 1.5 MWh
            "NM mixed-reporting-periods", // Sep 2023 – Aug 2024 under 2023
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), warnings.Select(w => $"{w.SubsidiaryCode} {w.Code}").Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message.Zh) || string.IsNullOrWhiteSpace(w.Message.En)));
    }

    [Fact]
    public void PathwayNotFromBase_LwCopiedTable_FiresAndNamesSource()
    {
        var warning = Assert.Single(Check("LW"), w => w.Code == PathwayNotFromBase);

        // Base 9,431 / 2,916 = 3.23422; 2024 may lie within [3.23422 × 0.94, 3.23422] = [3.04017, 3.23422]; declared 0.424.
        Assert.Equal("process", warning.Figures["pathway"]);
        Assert.Equal("2024", warning.Figures["year"]);
        Assert.Equal("0.424", warning.Figures["declared"]);
        Assert.Equal("3.04017", warning.Figures["derivableFrom"][..7]);
        Assert.Equal("CP", warning.Figures["sameAsTableOf"]);
        // The message prints the process intensities as the pathway table does, to 3 decimals; the figures stay exact.
        Assert.Contains("base intensity 3.234 tCO2e/t, 2024 declared 0.424, while any convergence pathway must lie between 3.040 and 3.234",
            warning.Message.En, StringComparison.Ordinal);
        Assert.Contains("基准强度 3.234 tCO2e/t，2024 年填报 0.424，而任何收敛路径在该年只能介于 3.040 与 3.234 之间", warning.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void PathwayNotFromBase_CpOwnTable_DoesNotFire()
    {
        // 0.424 ≥ 0.436 × 0.94 = 0.410 and ≤ 0.436; … 0.347 ≥ 0.436 × 0.574 = 0.250.
        Assert.DoesNotContain(Check("CP"), w => w.Code == PathwayNotFromBase);
    }

    [Fact]
    public void PathwayDiffers_LwProcess_FiresWithLargestDeviation()
    {
        var warning = Assert.Single(Check("LW"), w => w.Code == PathwayDiffers && w.Figures["pathway"] == "process");

        // Largest |declared − ours| in 2024, where the gap is widest: 0.424 − (0.228 + 3.00622 × 0.94) = 0.424 − 3.05385 = −2.62985
        // (2027: 0.385 − 2.49469 = −2.10969).
        Assert.Equal("2024", warning.Figures["largestDeviationYear"]);
        Assert.StartsWith("-2.6298", warning.Figures["largestDeviation"], StringComparison.Ordinal);
        Assert.Equal("0.385", warning.Figures["declared2027"]);
        // Printed to the table's 3 decimals (ours 3.05385 → 3.054); the rounding tolerance (0.0005) is data, not text.
        Assert.Contains("largest in 2024: ours 3.054, declared 0.424", warning.Message.En, StringComparison.Ordinal);
        Assert.Equal("0.0005", warning.Figures["tolerance"]);
        Assert.DoesNotContain("0.0005", warning.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void PathwayDiffers_CpProcess_DoesNotFire()
    {
        // Every |Δ| ≤ 0.00043 < 0.0005 (see PathwayComparisonTests).
        Assert.DoesNotContain(Check("CP"), w => w.Code == PathwayDiffers && w.Figures["pathway"] == "process");
    }

    [Fact]
    public void TargetContradictsPathway_NmFivePercentPerYearVsFlatTable_Fires()
    {
        var warning = Assert.Single(Check("NM"), w => w.Code == TargetContradictsPathway);

        // 0.079446 × 0.95² = 0.071700 in 2025 (−9.75 %) against the table's 0.079 (−0.56 %).
        Assert.Equal("3", warning.Figures["targetRow"]);
        Assert.Equal("2025", warning.Figures["year"]);
        Assert.Equal("9.75", warning.Figures["targetReductionPercent"]);
        Assert.Equal("0.079", warning.Figures["declared"]);
        Assert.Equal("0.56", warning.Figures["tableReductionPercent"]);
        // The message names the table and prints the levels to its 3 decimals and the reductions to one, as the plan's
        // progress tables do: 0.0717 → 0.072, 9.75 % → 9.8 %, 0.56 % → 0.6 %.
        Assert.Contains("contradicts the process scope 1+2 intensity table: it requires 0.072 tCO2e/t in 2025 (9.8 % below base), the table shows 0.079 (0.6 % below base)",
            warning.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetContradictsPathway_TargetMatchingTable_DoesNotFire()
    {
        // −6 % by 2025: 0.436071 × 0.94 = 0.409907 vs table 0.411: |Δ| 0.0011 ≤ 0.0005 + 0.436071 × 0.5 % = 0.00268.
        // (NM's own "15.1 by 2026" for purchased aluminium equals its table's 15.1 and does not fire either.)
        var cp = With("CP", w => w with
        {
            Targets = [new TargetDeclaration { Row = 3, Boundary = "scope1+2", Metric = "intensity", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 6m }],
        });

        Assert.DoesNotContain(Check(cp), w => w.Code == TargetContradictsPathway);
        Assert.DoesNotContain(Check("NM"), w => w.Code == TargetContradictsPathway && w.Figures["targetRow"] == "4");
    }

    [Fact]
    public void TargetMetricDiffers_YnAbsoluteCo2_Fires()
    {
        var warning = Assert.Single(Check("YN"), w => w.Code == TargetMetricDiffersFromGroup);

        Assert.Equal("absolute CO2", warning.Figures["metric"]);
        Assert.Equal("1 %", warning.Figures["reduction"]);
        Assert.Equal("intensity CO2e", warning.Figures["groupMetric"]);
        Assert.Equal("5 %", warning.Figures["groupReduction"]);
    }

    [Fact]
    public void TargetMetricDiffers_LwIntensityTarget_DoesNotFire()
    {
        Assert.DoesNotContain(Check("LW"), w => w.Code == TargetMetricDiffersFromGroup);
    }

    [Fact]
    public void TargetWeakerThanGroup_ThreePercentBy2025_Fires()
    {
        var cp = With("CP", w => w with
        {
            Targets = [new TargetDeclaration { Row = 3, Boundary = "scope1+2", Metric = "intensity", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 3m }],
        });

        var warning = Assert.Single(Check(cp), w => w.Code == TargetWeakerThanGroup);

        // −3 % by 2025 against the group's −5 %.
        Assert.Equal("3", warning.Figures["impliedReductionPercent"]);
        Assert.Equal("5", warning.Figures["groupReductionPercent"]);
    }

    [Fact]
    public void TargetWeakerThanGroup_EqualOrStricter_DoesNotFire()
    {
        // LW −5 % by 2025 equals the group's; CP −5 %/yr gives 1 − 0.95² = 9.75 % by 2025.
        Assert.DoesNotContain(Check("LW"), w => w.Code == TargetWeakerThanGroup);
        Assert.DoesNotContain(Check("CP"), w => w.Code == TargetWeakerThanGroup);
    }

    [Fact]
    public void TargetWeakerThanGroup_YnLongTermValue_FiresOnStraightLine()
    {
        var warning = Assert.Single(Check("YN"), w => w.Code == TargetWeakerThanGroup);

        // Base 25,511 / 81,770 = 0.311985 to 0.2 by 2050: 2025 at 2/27 of the way is 0.303690, −2.66 %.
        Assert.Equal("4", warning.Figures["targetRow"]);
        Assert.Equal("2.66", warning.Figures["impliedReductionPercent"]);
        Assert.True(warning.Figures.ContainsKey("assumption"));
        Assert.Contains("implies only 2.7 % by 2025, weaker than the group's 5 %", warning.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EnergySavingImplausiblySmall_YnMwhSlips_FireOncePerMeasure()
    {
        var warnings = Check("YN").Where(w => w.Code == EnergySavingImplausiblySmall).ToList();

        // 2.25 MWh × 0.5703 = 1.283 tCO2 and 0.81 × 0.5703 = 0.462 tCO2, each under 0.1 % of 25,511 (25.5 t).
        Assert.Equal(["5", "6"], warnings.Select(w => w.Figures["measureRow"]));
        Assert.Equal("1.283", warnings[0].Figures["annualTco2"]);
        Assert.Equal("0.462", warnings[1].Figures["annualTco2"]);
        // Printed as the measures table prints savings under 10 t (two decimals) and shares to one decimal: a share of
        // 1.283 / 25,511 = 0.005 % shows as "<0.1", never as 0.
        Assert.Contains("only 1.28 tCO2e/yr or <0.1 % of scope 1+2 (25,511 tCO2e)", warnings[0].Message.En, StringComparison.Ordinal);
        Assert.Contains("only 0.46 tCO2e/yr or <0.1 % of scope 1+2 (25,511 tCO2e)", warnings[1].Message.En, StringComparison.Ordinal);
        Assert.Contains("仅合 1.28 tCO2e/年，占范围1+2排放（25,511 tCO2e）的 <0.1%", warnings[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void EnergySavingImplausiblySmall_PlausibleSaving_DoesNotFire()
    {
        // 15 万kWh = 150 MWh × 0.5703 = 85.5 tCO2 = 0.18 % of 46,476.
        var nm = With("NM", w => w with
        {
            Measures = [.. w.Measures.Select(m => m.Row == 5 ? m with { AnnualAmount = 15m, AnnualUnit = "万kWh" } : m)],
        });

        Assert.DoesNotContain(Check(nm), w => w.Code == EnergySavingImplausiblySmall);
    }

    [Fact]
    public void MixedReportingPeriods_NmAmongCalendarYears_FiresForNm()
    {
        var warning = Assert.Single(Checker.Check(SeedPlanFixtures.GroupTarget, SeedPlanFixtures.All), w => w.Code == MixedReportingPeriods);

        Assert.Equal("NM", warning.SubsidiaryCode);
        Assert.Equal("2023-09-01", warning.Figures["periodStart"]);
        Assert.Equal("2024-08-31", warning.Figures["periodEnd"]);
        Assert.Equal("CP, LW, YN", warning.Figures["groupPeriodSubsidiaries"]);
    }

    [Fact]
    public void MixedReportingPeriods_AllCalendarYears_DoesNotFire()
    {
        var calendar = SeedPlanFixtures.All.Where(s => s.Code != "NM").ToList();

        Assert.DoesNotContain(Checker.Check(SeedPlanFixtures.GroupTarget, calendar), w => w.Code == MixedReportingPeriods);
    }

    [Fact]
    public void IntensityUnitNotPerTonne_YnTableAndTarget_Fire()
    {
        var warnings = Check("YN").Where(w => w.Code == IntensityUnitNotPerTonne).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Figures.TryGetValue("pathways", out var p) && p == "process, purchased-aluminium" && w.Figures["unit"] == "tCO2e");
        Assert.Contains(warnings, w => w.Figures.TryGetValue("targetRow", out var r) && r == "4");
    }

    [Fact]
    public void IntensityUnitNotPerTonne_PerTonneUnits_DoNotFire()
    {
        // CP's table is in tCO2e/tAl; NM's target unit "t CO2/t 铝" has a denominator (its CO2 is another warning).
        Assert.DoesNotContain(Check("CP"), w => w.Code == IntensityUnitNotPerTonne);
        Assert.DoesNotContain(Check("NM"), w => w.Code == IntensityUnitNotPerTonne);
    }

    [Fact]
    public void Co2InsteadOfCo2e_NmPurchaseTargetInCo2_Fires()
    {
        var warning = Assert.Single(Check("NM"), w => w.Code == Co2InsteadOfCo2e);

        Assert.Equal("4", warning.Figures["targetRow"]);
        Assert.Equal("t CO2/t 铝", warning.Figures["unit"]);
    }

    [Fact]
    public void Co2InsteadOfCo2e_TableUnitInCo2_Fires()
    {
        var cp = With("CP", w => w with { DeclaredPathway = [.. w.DeclaredPathway.Select(p => p with { Unit = "tCO2/t" })] });

        Assert.Contains(Check(cp), w => w.Code == Co2InsteadOfCo2e && w.Figures["unit"] == "tCO2/t");
    }

    [Fact]
    public void Co2InsteadOfCo2e_Co2eEverywhere_DoesNotFire()
    {
        // CP: table tCO2e/tAl, target wording "碳排放量", gas basis CO2e.
        Assert.DoesNotContain(Check("CP"), w => w.Code == Co2InsteadOfCo2e);
        Assert.DoesNotContain(Check("LW"), w => w.Code == Co2InsteadOfCo2e);
    }

    [Fact]
    public void Categories5And6Unjustified_NoJustification_Fires()
    {
        var lw = With("LW", w => w with
        {
            Entity = w.Entity with { Significance = [new(5, false, null), new(6, true, null)] },
        });

        var warning = Assert.Single(Check(lw), w => w.Code == Categories5And6Unjustified);

        // 5 excluded without a reason; 6 included, so it needs none.
        Assert.Equal("5", warning.Figures["categories"]);
    }

    [Fact]
    public void Categories5And6Unjustified_MissingDecisions_Fires()
    {
        var lw = With("LW", w => w with { Entity = w.Entity with { Significance = [] } });

        Assert.Equal("5, 6", Assert.Single(Check(lw), w => w.Code == Categories5And6Unjustified).Figures["categories"]);
    }

    [Fact]
    public void Categories5And6Unjustified_SamplesWithJustification_DoNotFire()
    {
        Assert.DoesNotContain(Checker.Check(SeedPlanFixtures.GroupTarget, SeedPlanFixtures.All), w => w.Code == Categories5And6Unjustified);
    }

    [Fact]
    public void PurchasedMetalVsCategory4_Yn_Fires()
    {
        var warning = Assert.Single(Check("YN"), w => w.Code == PurchasedMetalVsCategory4);

        // 5.6 × 86,000 = 481,600 tCO2e against 3,409,015: 7.08 times; 3,409,015 / 5.6 = 608,753.
        Assert.Equal("481600", warning.Figures["impliedTco2e"]);
        Assert.Equal("7.08", warning.Figures["ratio"]);
        Assert.Equal("608753", warning.Figures["impliedTonnesAtIntensity"]);
        // Purchased aluminium to one decimal, tonnes and tCO2e whole with separators, the ratio to one decimal.
        Assert.Contains("intensity 5.6 tCO2e/t × tonnes purchased (incl. scrap) 86,000 t = 481,600 tCO2e, against category 4 of 3,409,015 tCO2e (7.1 times;",
            warning.Message.En, StringComparison.Ordinal);
        Assert.Contains("category 4 would mean 608,753 t purchased", warning.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void PurchasedMetalVsCategory4_Cp_DoesNotFire()
    {
        // 16.4 × 147,400 = 2,417,360 vs 2,417,620: 0.01 % apart.
        Assert.DoesNotContain(Check("CP"), w => w.Code == PurchasedMetalVsCategory4);
    }

    [Fact]
    public void Check_UnderCommaDecimalCulture_PrintsTheSameFigures()
    {
        var invariant = Check("LW").Select(w => (w.Code, string.Join(";", w.Figures), w.Message.En)).ToList();
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            Assert.Equal(invariant, Check("LW").Select(w => (w.Code, string.Join(";", w.Figures), w.Message.En)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
