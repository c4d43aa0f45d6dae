using System.Diagnostics.CodeAnalysis;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Tests.Inventory.Calculation;

/// <summary>A factor catalog built in the test, for factors the shipped library has no need of (CO2e-only, residual mix, new versions).</summary>
internal sealed class TestFactorCatalog(string version, params EmissionFactor[] factors) : IFactorCatalog
{
    public string Version { get; } = version;

    public IReadOnlyList<EmissionFactor> All { get; } = factors;

    public bool TryGet(string id, [MaybeNullWhen(false)] out EmissionFactor factor)
    {
        factor = All.FirstOrDefault(f => f.Id == id);
        return factor is not null;
    }
}

/// <summary>Workbooks, lines and factors written out by hand so each test shows exactly what it calculates.</summary>
internal static class CalculationFixtures
{
    public static readonly FactorCatalog Library = FactorCatalog.LoadEmbedded();
    public static readonly GwpCatalog Gwps = GwpCatalog.LoadEmbedded();

    public static CalculationSettings Ar5 { get; } = new() { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };
    public static CalculationSettings Ar6 { get; } = new() { GwpSetId = "AR6", ResidualMix = new ResidualMixChoice.GridAverageProxy() };

    public static InventoryCalculator LibraryCalculator() => new(Library, Gwps);

    public static EmissionFactor Factor(string id, Unit unit, IReadOnlyDictionary<string, decimal> gases, string setVersion = "1",
        string? co2eBasis = null, decimal? density = null) => new()
        {
            Id = id,
            SetId = id.Split('/')[0],
            SetVersion = setVersion,
            Description = new Bilingual("测试因子", "Test factor"),
            Kind = "test",
            ActivityUnit = unit,
            TonnesPerUnit = gases,
            Co2eGwpBasis = co2eBasis,
            DensityTonnesPerCubicMetre = density,
            ValidFrom = 2020,
            Source = new FactorSource("Test", "Hand-written test factor", null, null),
        };

    public static EntityDeclaration Entity(string code = "T1", DateOnly? start = null, DateOnly? end = null, decimal output = 1_000m,
        decimal purchased = 100m, decimal intraGroup = 0m, IReadOnlyDictionary<int, decimal>? declared = null) => new()
        {
            SubsidiaryCode = code,
            SubsidiaryName = $"测试子公司 {code}",
            ReportingYear = 2023,
            PeriodStart = start ?? new DateOnly(2023, 1, 1),
            PeriodEnd = end ?? new DateOnly(2023, 12, 31),
            BaseYear = 2023,
            ProductionStage = "casting",
            OutputTonnes = output,
            PurchasedAluminiumTonnes = purchased,
            IntraGroupPurchaseTonnes = intraGroup,
            ResponsiblePerson = "test",
            Assurance = new AssuranceDeclaration("not-verified", null, null, null),
            Significance = [],
            DeclaredTotals = declared ?? new Dictionary<int, decimal>(),
        };

    public static SubsidiaryWorkbook Workbook(params EmissionSourceLine[] lines) => new() { Entity = Entity(), Sources = lines };

    public static SubsidiaryWorkbook Workbook(EntityDeclaration entity, params EmissionSourceLine[] lines) => new() { Entity = entity, Sources = lines };

    public static EmissionSourceLine Activity(int row, int category, string subcategory, string gas, decimal amount, Unit unit, string factorId,
        ContractualInstrument instrument = ContractualInstrument.None, bool biogenic = false, decimal? uncertainty = null) =>
        Measured(row, category, subcategory, gas, amount, unit, biogenic) with
        {
            FactorId = factorId,
            Instrument = instrument,
            UncertaintyPercent = uncertainty,
        };

    public static EmissionSourceLine Custom(int row, int category, string subcategory, string gas, decimal amount, Unit unit, decimal value, string factorUnit,
        bool biogenic = false) =>
        Measured(row, category, subcategory, gas, amount, unit, biogenic) with
        {
            CustomFactor = new CustomFactor(value, factorUnit, "supplier declaration (test)"),
        };

    /// <summary>A line with activity data, before saying which factor quantifies it.</summary>
    private static EmissionSourceLine Measured(int row, int category, string subcategory, string gas, decimal amount, Unit unit, bool biogenic) => new()
    {
        Row = row,
        Category = category,
        Subcategory = subcategory,
        SourceName = $"row {row}",
        Gas = gas,
        Biogenic = biogenic,
        ActivityAmount = amount,
        ActivityUnit = unit,
        ActivityUnitText = unit.Symbol,
    };

    public static EmissionSourceLine Reported(int row, int category, string subcategory, decimal tco2e, LineKind kind = LineKind.Emission,
        decimal? uncertainty = null, bool biogenic = false, string gas = "CO2e", int? scope3 = null,
        ContractualInstrument instrument = ContractualInstrument.None) => new()
        {
            Row = row,
            Category = category,
            Subcategory = subcategory,
            SourceName = $"row {row}",
            Gas = gas,
            Biogenic = biogenic,
            Kind = kind,
            ReportedTco2e = tco2e,
            Evidence = "verification statement (test)",
            UncertaintyPercent = uncertainty,
            Scope3Category = scope3,
            Instrument = instrument,
        };
}
