using GhgReports.Intake.Samples;
using GhgReports.Pathways;
using Xunit.Abstractions;

namespace GhgReports.Tests.Pathways;

public sealed class PathwayEngineTests(ITestOutputHelper output)
{
    private static readonly int[] TableYears = [2024, 2025, 2026, 2027, 2030];

    private static readonly PathwayEngine Engine = SeedPlanFixtures.Engine;

    [Fact]
    public void Compute_CpProcess_ReproducesSeedTableWithinOneThousandth()
    {
        var pathway = Engine.Compute("CP", "semi-fabrication", PathwayKind.Process, 2023, 0.436m);

        // 0.228 + (0.436 − 0.228) × p = 0.228 + 0.208 × p:
        // p 0.940 → 0.42352; 0.878 → 0.41062; 0.816 → 0.39773; 0.754 → 0.38483; 0.574 → 0.34739
        // against 0.424, 0.411, 0.398, 0.385, 0.347: worst |Δ| 0.00048 (2024).
        AssertWithin(pathway, [0.424m, 0.411m, 0.398m, 0.385m, 0.347m], 0.001m);
    }

    [Fact]
    public void Compute_CpProcessFromInventoryBase_ReproducesSeedTableWithinOneThousandth()
    {
        // Base from the inventory, not the printed table: 72,257 / 165,700 = 0.436071…
        var pathway = Engine.Compute("CP", "semi-fabrication", PathwayKind.Process, 2023, 72_257m / 165_700m);

        // 0.228 + 0.208071 × 0.940 = 0.42359 … 0.228 + 0.208071 × 0.574 = 0.34743
        AssertWithin(pathway, [0.424m, 0.411m, 0.398m, 0.385m, 0.347m], 0.001m);
    }

    [Fact]
    public void Compute_YnCastingProcess_ReproducesSeedTableWithinOneThousandth()
    {
        var pathway = Engine.Compute("YN", "casting", PathwayKind.Process, 2023, 0.312m);

        // 0.228 + 0.084 × p: 0.30696, 0.30175, 0.29654, 0.29134, 0.27622
        // against 0.306, 0.301, 0.296, 0.291, 0.277: worst |Δ| 0.00096 (2024) — inside 0.001, outside rounding.
        AssertWithin(pathway, [0.306m, 0.301m, 0.296m, 0.291m, 0.277m], 0.001m);
    }

    [Fact]
    public void Compute_NmBelowConvergence_StaysFlatAtItsBase()
    {
        // Base 46,476 / 585,000 = 0.079446 (printed 0.08), below S_conv 0.228: the formula would rise to
        // 0.228 − 0.1486 × p, so every year is held at the base instead; the seed prints 0.079.
        var baseIntensity = 46_476m / 585_000m;
        var pathway = Engine.Compute("NM", "casting", PathwayKind.Process, 2023, baseIntensity);

        Assert.Equal(0.07945m, Math.Round(baseIntensity, 5));
        Assert.All(pathway.Points, p => Assert.Equal(baseIntensity, p.Target));
        Assert.All(pathway.Points.Skip(1), p => Assert.True(p.HeldAtBase));
        AssertWithin(pathway, [0.079m, 0.079m, 0.079m, 0.079m, 0.079m], 0.001m);
    }

    [Fact]
    public void Compute_AnyBase_CoversBaseYearTo2050WithLabelledOrigins()
    {
        var pathway = Engine.Compute("CP", "semi-fabrication", PathwayKind.Process, 2023, 0.436m);

        // 2023..2050 inclusive is 28 years.
        Assert.Equal(28, pathway.Points.Count);
        Assert.Equal(PathwayPointOrigin.Base, pathway.At(2023)!.Origin);
        Assert.Equal(PathwayPointOrigin.Fitted, pathway.At(2027)!.Origin);
        Assert.Equal(PathwayPointOrigin.Interpolated, pathway.At(2028)!.Origin);
        Assert.Equal(PathwayPointOrigin.Interpolated, pathway.At(2040)!.Origin);
        Assert.Equal(PathwayPointOrigin.Convergence, pathway.At(2050)!.Origin);
        // p(2028) = 0.754 + (0.574 − 0.754) × 1/3 = 0.694; p(2040) = 0.574 × (1 − 10/20) = 0.287.
        Assert.Equal(0.694m, pathway.At(2028)!.P);
        Assert.Equal(0.287m, pathway.At(2040)!.P);
        // 2050: p = 0, so the target is S_conv = 0.228.
        Assert.Equal(0.228m, pathway.At(2050)!.Target);
        Assert.True(pathway.Provisional);
        Assert.Equal("seed-fitted@2026.1", pathway.CurveSetVersion);
    }

    [Fact]
    public void Compute_LaterBaseYear_RebasesIndexSoBaseYearIsOne()
    {
        var pathway = Engine.Compute("CP", "semi-fabrication", PathwayKind.Process, 2024, 0.5m);

        // p(2025) relative to 2024 = 0.878 / 0.940 = 0.934043; target = 0.228 + 0.272 × 0.934043 = 0.48206.
        Assert.Equal(1m, pathway.At(2024)!.P);
        Assert.Equal(0.48206m, Math.Round(pathway.At(2025)!.Target, 5));
        Assert.Null(pathway.At(2023));
    }

    [Fact]
    public void Compute_BaseYearBeforeCurve_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Compute("CP", "casting", PathwayKind.Process, 2020, 0.4m));
    }

    [Theory]
    [InlineData("CP")]
    [InlineData("LW")]
    [InlineData("NM")]
    [InlineData("YN")]
    public void Compute_PurchasedAluminium_ReproducesSeedTableWithinOneTenth(string code)
    {
        var workbook = SeedSamples.ByCode(code);
        var declared = workbook.DeclaredPathway.Where(p => p.Pathway == "purchased-aluminium").OrderBy(p => p.Year).ToList();
        var pathway = Engine.Compute(code, workbook.Entity.ProductionStage, PathwayKind.PurchasedAluminium, 2023, declared[0].Value);

        // 0.88 + (base − 0.88) × p with p 0.963, 0.931, 0.877, 0.867, 0.720. Deviations (ours − seed):
        // CP (16.4):  +0.026 +0.029 −0.009 −0.064 −0.046
        // LW (16.38): +0.007 +0.011 −0.027 −0.082 −0.060   ← largest overall: 2027, 14.3185 vs 14.4
        // NM (17.1):  −0.000 −0.019 +0.005 +0.043 +0.058
        // YN (5.6):   −0.075 −0.026 +0.019 +0.072 −0.022
        var largest = declared.Skip(1).Select(d => (d.Year, Deviation: pathway.At(d.Year)!.Target - d.Value)).MaxBy(d => Math.Abs(d.Deviation));
        output.WriteLine($"{code}: largest purchased-aluminium deviation {largest.Deviation:+0.0000;-0.0000} in {largest.Year}");
        AssertWithin(pathway, [.. declared.Skip(1).Select(d => d.Value)], 0.1m);
    }

    private static void AssertWithin(Pathway pathway, decimal[] expected, decimal tolerance)
    {
        for (var i = 0; i < TableYears.Length; i++)
        {
            var ours = pathway.At(TableYears[i])!.Target;
            Assert.True(Math.Abs(ours - expected[i]) <= tolerance, $"{pathway.SubsidiaryCode} {TableYears[i]}: ours {ours}, seed {expected[i]}");
        }
    }
}
