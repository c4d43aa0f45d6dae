using GhgReports.Intake.Samples;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Tests.Pathways;

public sealed class TargetProgressTests
{
    private static SubsidiaryFigures Cp2023 => SeedPlanFixtures.Subsidiary("CP").Figures;

    /// <summary>A hypothetical stored 2024 for 创新精密: 70,000 tCO2e on 170,000 t.</summary>
    private static SubsidiaryFigures Cp2024 => Cp2023 with
    {
        ReportingYear = 2024,
        PeriodStart = new DateOnly(2024, 1, 1),
        PeriodEnd = new DateOnly(2024, 12, 31),
        Scope12Tco2e = 70_000m,
        OutputTonnes = 170_000m,
    };

    [Fact]
    public void LevelAt_PerYearTarget_Compounds()
    {
        var target = SeedSamples.ByCode("CP").Targets[0];

        // 0.436 × 0.95 = 0.4142 (2024); × 0.95 = 0.39349 (2025); held after the target year 2026: 0.436 × 0.95³ = 0.3738155.
        Assert.Equal(0.4142m, TargetProgress.LevelAt(target, 0.436m, 2024));
        Assert.Equal(0.39349m, TargetProgress.LevelAt(target, 0.436m, 2025));
        Assert.Equal(0.3738155m, TargetProgress.LevelAt(target, 0.436m, 2030));
    }

    [Fact]
    public void LevelAt_VsBaseTarget_StraightLineToTargetYear()
    {
        // Group: −5 % by 2025 from 2023: 2024 halfway, −2.5 %.
        Assert.Equal(0.975m, TargetProgress.LevelAt(SeedPlanFixtures.GroupTarget, 1m, 2024));
        Assert.Equal(0.95m, TargetProgress.LevelAt(SeedPlanFixtures.GroupTarget, 1m, 2025));
    }

    [Fact]
    public void Assess_CpStoredYear_GapAgainstTargetAndPathway()
    {
        var target = SeedSamples.ByCode("CP").Targets[0];
        var pathway = SeedPlanFixtures.Engine.Compute("CP", "semi-fabrication", PathwayKind.Process, 2023, Cp2023.ProcessIntensity);

        var result = TargetProgress.Assess("CP", target, [Cp2023, Cp2024], pathway)!;

        var year = Assert.Single(result.Years);
        // Actual 70,000 / 170,000 = 0.411765; base 0.436071 × 0.95 = 0.414268: 0.002503 below the target,
        // −0.002503 × 170,000 t = −425.5 tCO2e (ahead), −0.60 %.
        Assert.Equal(0.411765m, Math.Round(year.Actual, 6));
        Assert.Equal(0.414268m, Math.Round(year.TargetLevel, 6));
        Assert.Equal(-425.5m, Math.Round(year.GapToTargetTco2e, 1));
        Assert.Equal(-0.60m, Math.Round(year.GapToTargetPercent, 2));
        Assert.True(year.MeetsTarget);
        // Pathway 2024: 0.228 + 0.208071 × 0.94 = 0.423587; (0.411765 − 0.423587) × 170,000 = −2,009.8 tCO2e.
        Assert.Equal(-2_009.8m, Math.Round(year.GapToPathwayTco2e!.Value, 1));
        Assert.True(year.MeetsPathway);
    }

    [Fact]
    public void Assess_BehindTarget_PositiveGap()
    {
        var target = SeedSamples.ByCode("CP").Targets[0];
        var behind = Cp2024 with { Scope12Tco2e = 75_000m };

        var year = Assert.Single(TargetProgress.Assess("CP", target, [Cp2023, behind])!.Years);

        // 75,000 / 170,000 = 0.4411765 vs 0.4142677: +0.0269088 × 170,000 = +4,574.5 tCO2e, +6.50 %.
        Assert.Equal(4_574.5m, Math.Round(year.GapToTargetTco2e, 1));
        Assert.Equal(6.50m, Math.Round(year.GapToTargetPercent, 2));
        Assert.False(year.MeetsTarget);
        Assert.Null(year.PathwayLevel);
    }

    [Fact]
    public void Assess_ForecastWithNewPv_ReachesGroupStyleTarget()
    {
        var target = new TargetDeclaration { Row = 1, Boundary = "scope1+2", Metric = "intensity", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m };
        var newPv = SeedPlanFixtures.Measures.Compute(SeedSamples.ByCode("CP").Measures.Single(m => m.Row == 4), Cp2023);

        var forecast = TargetProgress.Assess("CP", target, [Cp2023], null, [newPv])!.Forecast!;

        // (72,257 − 10,576.61) / 165,700 = 61,680.39 / 165,700 = 0.3722413 against 0.4360712 × 0.95 = 0.4142677:
        // ahead by 0.0420264 × 165,700 = −6,963.8 tCO2e.
        Assert.Equal(2023, forecast.FromYear);
        Assert.Equal(10_576.61m, Math.Round(forecast.AnnualSavingsTco2, 2));
        Assert.Equal(0.372241m, Math.Round(forecast.ForecastValue, 6));
        Assert.Equal(-6_963.8m, Math.Round(forecast.GapTco2e, 1));
        Assert.True(forecast.MeetsTarget);
    }

    [Fact]
    public void Assess_ForecastWithoutMeasures_MissesTarget()
    {
        var target = new TargetDeclaration { Row = 1, Boundary = "scope1+2", Metric = "intensity", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m };

        var forecast = TargetProgress.Assess("CP", target, [Cp2023])!.Forecast!;

        // Nothing counted: 0.436071 stays, 0.021804 above 0.414268, × 165,700 = +3,612.9 tCO2e (5 % of 72,257 = 3,612.85).
        Assert.Empty(forecast.MeasuresCounted);
        Assert.Equal(3_612.9m, Math.Round(forecast.GapTco2e, 1));
        Assert.False(forecast.MeetsTarget);
    }

    [Fact]
    public void Assess_MeasureStartedWithinStoredYear_IsNotCountedAgain()
    {
        var target = new TargetDeclaration { Row = 1, Boundary = "scope1+2", Metric = "intensity", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m };
        var pv = SeedPlanFixtures.Measures.Compute(SeedSamples.ByCode("CP").Measures.Single(m => m.Row == 4), Cp2023) with { Start = new DateOnly(2023, 6, 1) };

        var forecast = TargetProgress.Assess("CP", target, [Cp2023], null, [pv])!.Forecast!;

        Assert.Empty(forecast.MeasuresCounted);
    }

    [Fact]
    public void Assess_YnAbsoluteTarget_GapInTonnes()
    {
        var target = SeedSamples.ByCode("YN").Targets[0];
        var yn2023 = SeedPlanFixtures.Subsidiary("YN").Figures;
        var yn2024 = yn2023 with { ReportingYear = 2024, Scope12Tco2e = 25_400m };

        var result = TargetProgress.Assess("YN", target, [yn2023, yn2024])!;

        // −1 % by 2025 on 25,511 t: 2025 level 25,255.89; 2024 halfway 25,383.445; actual 25,400 is 16.555 t behind.
        Assert.Equal(TargetMetricKind.AbsoluteScope12, result.Metric);
        Assert.Equal(25_255.89m, result.TargetLevelAtTargetYear);
        Assert.Equal(16.555m, result.Years[0].GapToTargetTco2e);
    }

    [Fact]
    public void AssessGroup_SeedBaseYear_TheGroupConsolidation_OutputWeightedIntensity()
    {
        var inventories = SeedSamples.All.Select(w => GhgReports.Tests.ReportingPack.PackFixtures.Calculate(w).Inventory).ToList();
        var group = GhgReports.Inventory.Consolidation.GroupConsolidator.Consolidate([.. inventories.Select(i => (i, 1m))], "operational control", 2023);

        var result = TargetProgress.AssessGroup(SeedPlanFixtures.GroupTarget, [SubsidiaryFigures.FromGroup(group, [.. inventories.Select(i => i.Period)])])!;

        // (72,257 + 9,431 + 25,511 + 46,476) = 153,675 tCO2e / (165,700 + 2,916 + 81,770 + 585,000) = 835,386 t = 0.183957;
        // −5 % → 0.174759 in 2025.
        Assert.Equal(0.183957m, Math.Round(result.BaseValue, 6));
        Assert.Equal(0.174759m, Math.Round(result.TargetLevelAtTargetYear, 6));
        Assert.Equal(TargetProgress.GroupCode, result.SubsidiaryCode);
    }

    [Fact]
    public void Assess_BoundaryNotInFigures_ReturnsNull()
    {
        var target = new TargetDeclaration { Row = 1, Boundary = "scope2", Metric = "absolute", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m };

        Assert.Null(TargetProgress.Assess("CP", target, [Cp2023]));
    }
}
