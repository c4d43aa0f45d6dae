using GhgReports.Intake.Samples;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Tests.Pathways;

public sealed class PathwayComparisonTests
{
    private static PathwayComparison Compare(string code, PathwayKind kind, decimal baseIntensity)
    {
        var workbook = SeedSamples.ByCode(code);
        var pathway = SeedPlanFixtures.Engine.Compute(code, workbook.Entity.ProductionStage, kind, 2023, baseIntensity);
        return PathwayComparison.Compare(pathway, workbook.DeclaredPathway);
    }

    [Fact]
    public void Compare_CpProcess_NoYearBeyondRounding()
    {
        var comparison = Compare("CP", PathwayKind.Process, 72_257m / 165_700m);

        // Ours 0.42359, 0.41069, 0.39779, 0.38489, 0.34743 vs 0.424 … 0.347: every |Δ| ≤ 0.00043 < 0.0005.
        Assert.Empty(comparison.Divergent);
        Assert.Equal(6, comparison.Years.Count(y => y.Declared is not null));
        Assert.Equal(0.0005m, comparison.Years[1].Tolerance);
    }

    [Fact]
    public void Compare_LwProcess_EveryLaterYearBeyondRounding()
    {
        var comparison = Compare("LW", PathwayKind.Process, 9_431m / 2_916m);

        // Base 3.23422; ours 2024 = 0.228 + 3.00622 × 0.94 = 3.05385 vs declared 0.424: Δ −2.62985.
        Assert.Equal([2024, 2025, 2026, 2027, 2030], comparison.Divergent.Select(y => y.Year));
        Assert.Equal(-2.62985m, Math.Round(comparison.Years.Single(y => y.Year == 2024).Deviation!.Value, 5));
    }

    [Fact]
    public void Compare_NmBasePrintedToTwoDecimals_IsWithinItsOwnRounding()
    {
        var comparison = Compare("NM", PathwayKind.Process, 46_476m / 585_000m);

        // Base 0.079446 printed as 0.08: |Δ| 0.00055 > 0.0005, but 0.08 has two decimals, so ±0.005 applies there.
        // Later years: 0.079 vs 0.079446, |Δ| 0.00045 ≤ 0.0005.
        var baseYear = comparison.Years[0];
        Assert.Equal(0.005m, baseYear.Tolerance);
        Assert.False(baseYear.BeyondRounding);
        Assert.Empty(comparison.Divergent);
    }

    [Fact]
    public void Compare_NoDeclaredTable_ComparesNothing()
    {
        var pathway = SeedPlanFixtures.Engine.Compute("X", "casting", PathwayKind.Process, 2023, 0.3m);

        var comparison = PathwayComparison.Compare(pathway, Array.Empty<DeclaredPathwayPoint>());

        Assert.False(comparison.HasDeclaredTable);
        Assert.Null(comparison.LargestDeviation);
        Assert.Empty(comparison.Divergent);
    }
}
