using GhgReports.Inventory.Classification;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Inventory.Calculation;

/// <summary>How a line's tCO2e was obtained.</summary>
public enum CalculationPath
{
    /// <summary>Activity × a library factor per gas × GWP.</summary>
    LibraryFactor,
    /// <summary>Activity × the workbook's own factor (× GWP unless the factor is CO2e).</summary>
    CustomFactor,
    /// <summary>A tCO2e figure from a verified inventory, passed through with its evidence.</summary>
    Reported,
}

/// <summary>
/// One source line, calculated, with everything a verifier needs to redo it: where it came from (subsidiary,
/// submission, sheet row), how it is classified, the activity and any unit conversion, the factor with its set version,
/// the GWPs, and the result. Figures are kept unrounded; rounding is for presentation.
/// </summary>
public sealed record CalculatedLine
{
    public required string SubsidiaryCode { get; init; }
    /// <summary>The stored submission; empty outside storage.</summary>
    public required string SubmissionId { get; init; }
    public required int Row { get; init; }
    public string? LineNumber { get; init; }
    public required string SourceName { get; init; }
    public string? Facility { get; init; }

    public required int Category { get; init; }
    /// <summary>ISO 14064-1 Annex B sub-category code ("1.1", "4.1"), when the workbook gave one.</summary>
    public string? Subcategory { get; init; }
    public required Scope Scope { get; init; }
    public Scope3Category? Scope3Category { get; init; }
    /// <summary>What a purchased-goods line bought, as declared (a material list key); null when not declared.</summary>
    public string? Material { get; init; }

    public required string Gas { get; init; }
    public required bool Biogenic { get; init; }
    public required LineKind Kind { get; init; }
    public required CalculationPath Path { get; init; }
    public ContractualInstrument Instrument { get; init; } = ContractualInstrument.None;

    public decimal? ActivityAmount { get; init; }
    public string? ActivityUnit { get; init; }
    /// <summary>The activity in the factor's own unit, after any conversion.</summary>
    public decimal? AmountInFactorUnit { get; init; }
    public string? FactorUnit { get; init; }
    /// <summary>e.g. "70,000 L → 60.2 t at 0.86 t/m³"; null when no conversion was needed.</summary>
    public string? ConversionNote { get; init; }

    /// <summary>Library factor id; null for custom factors and reported figures.</summary>
    public string? FactorId { get; init; }
    public string? FactorSetId { get; init; }
    public string? FactorSetVersion { get; init; }
    /// <summary>Tonnes of each gas per factor unit, as applied ("CO2e" for a CO2e-only factor).</summary>
    public required IReadOnlyDictionary<string, decimal> FactorPerGas { get; init; }
    /// <summary>For a custom factor: its value, unit and source as the workbook gave them.</summary>
    public CustomFactor? CustomFactor { get; init; }

    public required string GwpSetId { get; init; }
    public required string GwpSetVersion { get; init; }
    /// <summary>The GWP applied to each gas (empty for reported and CO2e figures).</summary>
    public required IReadOnlyDictionary<string, decimal> GwpUsed { get; init; }
    /// <summary>Tonnes of each gas emitted (or removed), before GWP.</summary>
    public required IReadOnlyDictionary<string, decimal> GasTonnes { get; init; }

    /// <summary>
    /// tCO2e of the line, positive for emissions and removals alike (<see cref="Kind"/> says which). For category 2
    /// this is the location-based figure; <see cref="MarketBasedTco2e"/> holds the other. Biogenic CO2 is not in it.
    /// </summary>
    public required decimal Tco2e { get; init; }
    /// <summary>Category 2 only: location-based tCO2e.</summary>
    public decimal? LocationBasedTco2e { get; init; }
    /// <summary>Category 2 only: market-based tCO2e.</summary>
    public decimal? MarketBasedTco2e { get; init; }
    /// <summary>Biogenic CO2 in tonnes, reported outside the totals.</summary>
    public required decimal BiogenicCo2Tonnes { get; init; }

    public decimal? UncertaintyPercent { get; init; }
    public string? Evidence { get; init; }
    public IReadOnlyList<Bilingual> Notes { get; init; } = [];

    /// <summary>The line's tCO2e under a scope 2 method; the method only matters for category 2.</summary>
    public decimal Tco2eFor(Scope2Method method) => method switch
    {
        Scope2Method.MarketBased when MarketBasedTco2e is { } market => market,
        Scope2Method.LocationBased when LocationBasedTco2e is { } location => location,
        _ => Tco2e,
    };
}
