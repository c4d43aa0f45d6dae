
using GhgReports.Submissions;

namespace GhgReports.Intake.Samples;

/// <summary>
/// Synthetic later years for the four seed subsidiaries, to show and test a plan after the base year: each 2023
/// sample restated to the later year, 创新精密 (CP) and 内蒙轻量化 (LW) with 4 % less energy and 3 % more output per year
/// since 2023, the others unchanged. Every workbook says in its notes that its figures are made up; none of them is a
/// real inventory. Targets, declared pathways and measures keep their 2023 base.
/// </summary>
public static class LaterYearSamples
{
    public const decimal EnergyFactorPerYear = 0.96m;
    public const decimal OutputFactorPerYear = 1.03m;

    public static readonly string[] Improving = ["CP", "LW"];

    public const string Label =
        "合成样例（非实测数据）：由 2023 年样例推算，仅用于演示和测试。 / Synthetic sample (not measured): derived from the 2023 sample for demonstrations and tests only.";

    /// <summary>The four sample workbooks for <paramref name="year"/> (2023 gives the seed samples themselves).</summary>
    public static IReadOnlyList<SubsidiaryWorkbook> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2023);
        if (year == 2023)
        {
            return SeedSamples.All;
        }
        var years = year - 2023;
        return [.. SeedSamples.All.Select(sample => Improving.Contains(sample.Entity.SubsidiaryCode)
            ? Restate(sample, year, Power(EnergyFactorPerYear, years), Power(OutputFactorPerYear, years))
            : Restate(sample, year, 1m, 1m))
            .Select(sample => sample.Entity.SubsidiaryCode == "CP" ? WithRealisedPv(sample) : sample)
            .Select(WithCosts)];
    }

    /// <summary>
    /// A workbook moved to <paramref name="year"/>: its period, energy records and assurance reference shift; energy
    /// (categories 1 and 2, fuel and electricity) scales by <paramref name="energy"/>, output, purchases and their
    /// categories 3 and 4 by <paramref name="output"/>.
    /// </summary>
    public static SubsidiaryWorkbook Restate(SubsidiaryWorkbook sample, int year, decimal energy, decimal output)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var entity = sample.Entity;
        var shift = year - entity.ReportingYear;
        decimal Scale(int category) => category is 1 or 2 ? energy : output;
        return sample with
        {
            Entity = entity with
            {
                ReportingYear = year,
                PeriodStart = entity.PeriodStart.AddYears(shift),
                PeriodEnd = entity.PeriodEnd.AddYears(shift),
                OutputTonnes = Round(entity.OutputTonnes * output),
                PurchasedAluminiumTonnes = Round(entity.PurchasedAluminiumTonnes * output),
                Assurance = entity.Assurance with
                {
                    StatementReference = entity.Assurance.StatementReference?.Replace("2023", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                },
                DeclaredTotals = entity.DeclaredTotals.ToDictionary(t => t.Key, t => Round(t.Value * Scale(t.Key))),
            },
            Sources = [.. sample.Sources.Select(line => line with
            {
                ActivityAmount = line.ActivityAmount is { } amount ? Round(amount * Scale(line.Category)) : null,
                ReportedTco2e = line.ReportedTco2e is { } reported ? Round(reported * Scale(line.Category)) : null,
                Notes = Label,
            })],
            EnergyAndProduction = [.. sample.EnergyAndProduction.Select(record => record with
            {
                Year = record.Year + shift,
                Amount = record.Item switch
                {
                    "output" or "purchased-aluminium" => Round(record.Amount * output),
                    "electricity" or "natural-gas" or "diesel" => Round(record.Amount * energy),
                    _ => record.Amount,
                },
                Notes = Label,
            })],
            Goals = sample.Goals with { Notes = Label, NotesEn = Label },
        };
    }

    /// <summary>
    /// CP's second rooftop PV (measure row 4, 16.58 MW being installed in 2023) reports what it saved, as if it ran
    /// half of the year: 5,288 tCO2e beside the 10,577 tCO2e a year the plan quantifies from its expected output.
    /// </summary>
    public const decimal RealisedPvTco2e = 5_288m;

    private static SubsidiaryWorkbook WithRealisedPv(SubsidiaryWorkbook sample) => sample with
    {
        Measures = [.. sample.Measures.Select(m => m.Row == 4 ? m with { RealisedReductionTco2e = RealisedPvTco2e } : m)],
    };

    /// <summary>
    /// Synthetic costs (not from the plan, which gives none) for the measures the plan's cost curve can show: capex,
    /// change of operating cost, the energy saved a year at the 2023 output (the per-tonne cut × tonnes) and a lifetime.
    /// CP's energy management system has a cost but no quantified saving, so it is listed without a cost per tCO2e.
    /// </summary>
    private static readonly Dictionary<(string Code, int Row), (decimal Capex, decimal Opex, decimal Energy, string Item, decimal Lifetime)> Costs = new()
    {
        [("CP", 4)] = (58_000_000m, 350_000m, 18_545.7m, "electricity", 25m),
        [("CP", 5)] = (1_500_000m, 0m, 0m, "electricity", 10m),
        [("YN", 3)] = (1_600_000m, -20_000m, 8_177m, "diesel", 8m),
        [("YN", 4)] = (900_000m, 0m, 81_770m, "natural-gas", 10m),
        [("NM", 3)] = (3_200_000m, -60_000m, 52_650m, "diesel", 8m),
        [("NM", 4)] = (1_800_000m, 0m, 497_250m, "natural-gas", 10m),
    };

    private static SubsidiaryWorkbook WithCosts(SubsidiaryWorkbook sample) => sample with
    {
        Measures = [.. sample.Measures.Select(m => Costs.TryGetValue((sample.Entity.SubsidiaryCode, m.Row), out var c)
            ? m with
            {
                CapexCny = c.Capex, OpexChangeCny = c.Opex, EnergySaved = c.Energy > 0 ? c.Energy : null, EnergySavedItem = c.Energy > 0 ? c.Item : null,
                LifetimeYears = c.Lifetime,
            }
            : m)],
    };

    private static decimal Power(decimal factor, int years)
    {
        var result = 1m;
        for (var i = 0; i < years; i++)
        {
            result *= factor;
        }
        return result;
    }

    /// <summary>Whole units where the sample has them, as an officer would type them.</summary>
    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
