using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Pathways;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

/// <summary>The significance of a recalculated base, and the group base before and after members join or leave, by hand.</summary>
public sealed class BaseRecalculationTests
{
    private static InventoryTotals Totals(decimal scope12, decimal? output, decimal? purchasedIntensity) => new()
    {
        Categories = [], Scope12LocationBasedTco2e = scope12, Scope12MarketBasedTco2e = scope12, BiogenicCo2Tonnes = 0, RemovalsTco2e = 0,
        OutputTonnes = output, PurchasedAluminiumIntensity = purchasedIntensity,
    };

    private static Recalculation Record(InventoryTotals from, InventoryTotals to, int day) => new()
    {
        SubsidiaryCode = "CP", Period = new ReportingPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
        FromFactorCatalogVersion = "f", ToFactorCatalogVersion = "f", FromGwpSet = "AR5", ToGwpSet = "AR5",
        When = new DateTimeOffset(2025, 3, day, 0, 0, 0, TimeSpan.Zero), Who = "hq", Reason = "r", OldTotals = from, NewTotals = to,
    };

    private static TargetDeclaration Target(string boundary, string metric) =>
        new() { Row = 3, Boundary = boundary, Metric = metric, BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m };

    [Fact]
    public void Cumulative_TwoSmallCorrections_AreJudgedTogether_AgainstTheThreshold()
    {
        // 1,000 → 1,030 (+3 %), then 1,030 → 1,060: each under 5 %, together +6 % of the base as first reported.
        var records = new[]
        {
            Record(Totals(1_000m, 100m, 10m), Totals(1_030m, 100m, 10m), 1),
            Record(Totals(1_030m, 100m, 10m), Totals(1_060m, 100m, 10.2m), 2),
        };

        var assessment = RecalculationSignificance.Cumulative(records, [Target("scope1+2", "absolute")], 5m)!;

        Assert.True(assessment.Significant);
        var absolute = assessment.Metrics.Single(m => m.Metric == TargetMetricKind.AbsoluteScope12);
        Assert.Equal((1_000m, 1_060m, 6m, true), (absolute.AsFirstReported, absolute.AsRecalculated, absolute.ChangePercent, absolute.Significant));
        // Purchased-aluminium intensity is always judged: 10 → 10.2 is +2 %, under the threshold.
        var purchased = assessment.Metrics.Single(m => m.Metric == TargetMetricKind.PurchasedAluminiumIntensity);
        Assert.Equal((2m, false), (purchased.ChangePercent, purchased.Significant));
        Assert.DoesNotContain(assessment.Metrics, m => m.Metric == TargetMetricKind.ProcessIntensity);
    }

    [Fact]
    public void Assess_IntensityTarget_JudgesTheIntensity_AndAnOutputCorrectionMovesIt()
    {
        // Scope 1+2 unchanged at 500, output corrected 1,000 → 900 t: intensity 0.5 → 0.5556, +11.1 %.
        var assessment = RecalculationSignificance.Assess(Totals(500m, 1_000m, null), Totals(500m, 900m, null), [Target("scope1+2", "intensity")], 10m);

        var intensity = Assert.Single(assessment.Metrics, m => m.Metric == TargetMetricKind.ProcessIntensity);
        Assert.Equal(11.1m, Math.Round(intensity.ChangePercent!.Value, 1));
        Assert.True(intensity.Significant);
        // No purchased aluminium: that metric cannot be judged, and does not decide.
        Assert.Null(assessment.Metrics.Single(m => m.Metric == TargetMetricKind.PurchasedAluminiumIntensity).Significant);
        Assert.True(assessment.Significant);
    }

    [Fact]
    public void Assess_NoThresholdDeclared_GivesTheChangesButNoVerdict()
    {
        var assessment = RecalculationSignificance.Assess(Totals(1_000m, 100m, 10m), Totals(1_200m, 100m, 10m), [], null);

        Assert.Null(assessment.Significant);
        Assert.Equal(20m, assessment.Metrics.Single(m => m.Metric == TargetMetricKind.AbsoluteScope12).ChangePercent);
    }

    private static RegisteredSubsidiary Member(int row, string code) => new()
    {
        Row = row, Code = code, NameZh = code, Province = "山东", ProductionStage = "semi-fabrication", SharePercent = 100m, Controlled = true,
    };

    private static SubsidiaryInventory Inventory(string code, decimal cat1, decimal output) =>
        LibraryCalculator().Calculate(Workbook(Entity(code, output: output), Reported(3, 1, "1.1", cat1)), Ar5);

    [Fact]
    public void StructuralRecalculation_MemberJoinedWithItsBaseYear_IsAddedToTheBase()
    {
        var (a, b, c) = (Member(3, "A"), Member(4, "B"), Member(5, "C"));
        var joined = new RegisterChange(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), "hq", [c], []);
        var inventories = new Dictionary<string, SubsidiaryInventory>
        {
            ["A"] = Inventory("A", 100m, 1_000m), ["B"] = Inventory("B", 50m, 500m), ["C"] = Inventory("C", 30m, 100m),
        };

        var structural = StructuralRecalculation.Of(2023, "operational-control", [a, b, c], [joined], inventories)!;

        // As first reported: A + B = 150 tCO2e over 1,500 t; recalculated with C: 180 over 1,600 t.
        Assert.Equal(["A", "B"], structural.RegisterThen);
        Assert.Equal((150m, 1_500m), (structural.AsFirstReported.Scope12LocationBasedTco2e, structural.AsFirstReported.OutputTonnes));
        Assert.Equal((180m, 1_600m), (structural.AsRecalculated.Scope12LocationBasedTco2e, structural.AsRecalculated.OutputTonnes));
        Assert.True(structural.Comparable);
    }

    [Fact]
    public void StructuralRecalculation_MemberLeft_IsTakenOutOfTheBase_AndOneJoinedWithoutItsBaseYear_MakesItNotComparable()
    {
        var (a, b, c) = (Member(3, "A"), Member(4, "B"), Member(5, "C"));
        var changes = new[]
        {
            new RegisterChange(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), "hq", [], [b]),
            new RegisterChange(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), "hq", [c], []),
        };
        var inventories = new Dictionary<string, SubsidiaryInventory> { ["A"] = Inventory("A", 100m, 1_000m), ["B"] = Inventory("B", 50m, 500m) };

        var structural = StructuralRecalculation.Of(2023, "operational-control", [a, b with { Active = false }, c], changes, inventories)!;

        Assert.Equal(["A", "B"], structural.RegisterThen);
        Assert.Equal(150m, structural.AsFirstReported.Scope12LocationBasedTco2e);
        Assert.Equal(100m, structural.AsRecalculated.Scope12LocationBasedTco2e);
        Assert.Equal(["C"], structural.JoinedWithoutBase);
        Assert.False(structural.Comparable);
        Assert.Null(StructuralRecalculation.Of(2023, "operational-control", [a], [], inventories));
    }
}
