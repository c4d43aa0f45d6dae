using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Plan;

/// <summary>
/// Plan inputs for tests, the demo and the benchmark: the seed group as calculated, and large synthetic groups made by
/// scaling the seed subsidiaries with varied factors (deterministic: the same count always gives the same group).
/// </summary>
internal static class PlanSamples
{
    public static readonly DateTimeOffset SeedSnapshot = new(2024, 10, 15, 9, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<FactorCatalog> LazyFactors = new(FactorCatalog.LoadEmbedded);
    private static readonly Lazy<GwpCatalog> LazyGwps = new(GwpCatalog.LoadEmbedded);
    private static readonly Lazy<PathwayCurveSet> LazyCurves = new(() => PathwayCurveCatalog.LoadEmbedded().Get("seed-fitted"));

    public static FactorCatalog Factors => LazyFactors.Value;

    public static PathwayCurveSet Curves => LazyCurves.Value;

    public static CalculationSettings Settings(string submissionId) =>
        new() { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy(), SubmissionId = submissionId };

    public static SubsidiaryInventory Calculate(SubsidiaryWorkbook workbook, string submissionId) =>
        new InventoryCalculator(Factors, LazyGwps.Value).Calculate(workbook, Settings(submissionId));

    /// <summary>The seed group; subsidiaries whose codes are in <paramref name="missing"/> have no current data.</summary>
    public static PlanInputs Seed(Language language, params string[] missing) => new()
    {
        Group = SeedGroup.Workbook,
        Subsidiaries = [.. SeedGroup.Workbook.Register.Select(r =>
        {
            if (missing.Contains(r.Code))
            {
                return new PlanSubsidiaryInput(r, null);
            }
            var workbook = SeedSamples.ByCode(r.Code);
            var submission = $"{r.Code}-2023-0001";
            return new PlanSubsidiaryInput(r, new PlanSubsidiaryData(workbook, Calculate(workbook, submission), submission));
        })],
        Curves = Curves,
        Factors = Factors,
        Gwps = LazyGwps.Value,
        Year = 2023,
        Language = language,
        SnapshotDate = SeedSnapshot,
    };

    /// <summary>
    /// The seed group in a later year from the synthetic samples (<see cref="LaterYearSamples"/>), every year from 2023
    /// before it stored as earlier inventories, as the plan's reader would load them.
    /// </summary>
    public static PlanInputs LaterYear(int year, Language language) => Seed(language) with
    {
        Year = year,
        Subsidiaries = [.. SeedGroup.Workbook.Register.Select(r =>
        {
            SubsidiaryInventory Of(int y) => Calculate(LaterYearSamples.For(y).Single(w => w.Entity.SubsidiaryCode == r.Code), $"{r.Code}-{y}-0001");
            var current = LaterYearSamples.For(year).Single(w => w.Entity.SubsidiaryCode == r.Code);
            var submission = $"{r.Code}-{year}-0001";
            return new PlanSubsidiaryInput(r, new PlanSubsidiaryData(current, Calculate(current, submission), submission))
            {
                Earlier = [.. Enumerable.Range(2023, year - 2023).Select(Of)],
            };
        })],
    };

    /// <summary>
    /// A group of <paramref name="count"/> subsidiaries cycling through the four seed ones, each scaled by its own
    /// factor (0.55–1.45) so figures, intensities and pathways differ; every 25th has no current data. A
    /// <paramref name="year"/> after 2023 takes the synthetic later-year samples (<see cref="LaterYearSamples"/>), each
    /// year from 2023 before it stored as earlier inventories scaled alike.
    /// </summary>
    public static PlanInputs Synthetic(int count, Language language, int year = 2023)
    {
        var seeds = SeedGroup.Workbook.Register;
        var register = new List<RegisteredSubsidiary>(count);
        var subsidiaries = new List<PlanSubsidiaryInput>(count);
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            var code = $"S{i + 1:000}";
            var scale = 0.55m + (i * 37 % 91) / 100m;
            var registered = seed with
            {
                Row = i + 3,
                Code = code,
                NameZh = $"{seed.ShortName}第{i + 1}厂（样例）",
                NameEn = $"{seed.NameEn} plant {i + 1} (sample)",
                ShortName = $"{seed.ShortName}{i + 1}",
            };
            register.Add(registered);
            if (i % 25 == 24)
            {
                subsidiaries.Add(new PlanSubsidiaryInput(registered, null));
                continue;
            }
            var skew = 1m + (i % 7 - 3) / 50m;
            SubsidiaryWorkbook In(int y) => Scaled(y == 2023 ? SeedSamples.ByCode(seed.Code) : LaterYearSamples.For(y).Single(w => w.Entity.SubsidiaryCode == seed.Code),
                code, registered.NameZh, scale, skew);
            var workbook = In(year);
            var submission = $"{code}-{year}-{i + 1:0000}";
            subsidiaries.Add(new PlanSubsidiaryInput(registered, new PlanSubsidiaryData(workbook, Calculate(workbook, submission), submission))
            {
                Earlier = [.. Enumerable.Range(2023, year - 2023).Select(y => Calculate(In(y), $"{code}-{y}-{i + 1:0000}"))],
            });
        }
        return new PlanInputs
        {
            Group = SeedGroup.Workbook with { Register = register },
            Subsidiaries = subsidiaries,
            Curves = Curves,
            Factors = Factors,
            Gwps = LazyGwps.Value,
            Year = year,
            Language = language,
            SnapshotDate = SeedSnapshot,
        };
    }

    // Emissions scale by one factor and output by a slightly different one, so the intensities vary too.
    private static SubsidiaryWorkbook Scaled(SubsidiaryWorkbook seed, string code, string name, decimal scale, decimal outputSkew) => seed with
    {
        Entity = seed.Entity with
        {
            SubsidiaryCode = code,
            SubsidiaryName = name,
            OutputTonnes = Math.Round(seed.Entity.OutputTonnes * scale * outputSkew),
            PurchasedAluminiumTonnes = Math.Round(seed.Entity.PurchasedAluminiumTonnes * scale),
            DeclaredTotals = new Dictionary<int, decimal>(),
        },
        Sources = [.. seed.Sources.Select(s => s with
        {
            ActivityAmount = s.ActivityAmount is { } a ? Math.Round(a * scale) : null,
            ReportedTco2e = s.ReportedTco2e is { } t ? Math.Round(t * scale) : null,
        })],
    };
}
