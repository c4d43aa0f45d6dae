namespace GhgReports.Inventory.Calculation;

/// <summary>Who asks for a recalculation, why, and when. All three are recorded.</summary>
public sealed record RecalculationRequest(string Who, string Reason, DateTimeOffset When);

/// <summary>The figures a recalculation changed, as they were and as they are.</summary>
public sealed record InventoryTotals
{
    public required IReadOnlyList<CategoryTotal> Categories { get; init; }
    public required decimal Scope12LocationBasedTco2e { get; init; }
    public required decimal Scope12MarketBasedTco2e { get; init; }
    public required decimal BiogenicCo2Tonnes { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    /// <summary>The denominator of the process intensity; null in records stored before it was kept.</summary>
    public decimal? OutputTonnes { get; init; }
    /// <summary>tCO2e per tonne of purchased aluminium; null when none was bought, or in records stored before it was kept.</summary>
    public decimal? PurchasedAluminiumIntensity { get; init; }

    /// <summary>Scope 1+2 (location-based) per tonne of output, when the output is known.</summary>
    public decimal? Scope12Intensity => OutputTonnes is > 0 ? Scope12LocationBasedTco2e / OutputTonnes : null;

    public static InventoryTotals Of(SubsidiaryInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return new InventoryTotals
        {
            Categories = inventory.Categories,
            Scope12LocationBasedTco2e = inventory.TotalScope12(Scope2Method.LocationBased),
            Scope12MarketBasedTco2e = inventory.TotalScope12(Scope2Method.MarketBased),
            BiogenicCo2Tonnes = inventory.BiogenicCo2Tonnes,
            RemovalsTco2e = inventory.RemovalsTco2e,
            OutputTonnes = inventory.OutputTonnes,
            PurchasedAluminiumIntensity = inventory.PurchasedAluminiumIntensity,
        };
    }
}

/// <summary>
/// The record of an explicit recalculation: from which factor catalog and GWP set to which, when, by whom, why, and
/// the totals before and after. The old inventory is kept as it was; storing both is the caller's job.
/// </summary>
public sealed record Recalculation
{
    public required string SubsidiaryCode { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required string FromFactorCatalogVersion { get; init; }
    public required string ToFactorCatalogVersion { get; init; }
    /// <summary>"AR5@2026.1".</summary>
    public required string FromGwpSet { get; init; }
    public required string ToGwpSet { get; init; }
    public required DateTimeOffset When { get; init; }
    public required string Who { get; init; }
    public required string Reason { get; init; }
    public required InventoryTotals OldTotals { get; init; }
    public required InventoryTotals NewTotals { get; init; }
}

/// <summary>The previous inventory (unchanged), the recalculated one, and the record linking them.</summary>
public sealed record RecalculationOutcome(SubsidiaryInventory Previous, SubsidiaryInventory Recalculated, Recalculation Record);
