using System.Diagnostics.CodeAnalysis;
using GhgReports.Inventory.Units;
using GhgReports.Localization;

namespace GhgReports.Inventory.Factors;

/// <summary>Who published a factor (or a factor set), where, and when: printed in every reporting pack.</summary>
public sealed record FactorSource(string Publisher, string Title, string? Url, DateOnly? Published, string? Notes = null);

/// <summary>
/// One emission factor: mass of each gas (in tonnes) per unit of activity. A factor that only exists as CO2e names
/// the GWP set it was computed with and may only be used with that set. Values never change under an id: a new value
/// gets a new id or a new version of its set.
/// </summary>
public sealed record EmissionFactor
{
    /// <summary>Path-like and stable, e.g. "cn-grid/2022/national-carbon-market".</summary>
    public required string Id { get; init; }
    public required string SetId { get; init; }
    public required string SetVersion { get; init; }
    public required Bilingual Description { get; init; }
    /// <summary>"grid-electricity", "fuel", "refrigerant", "purchased-material", ...</summary>
    public required string Kind { get; init; }
    public required Unit ActivityUnit { get; init; }
    /// <summary>Tonnes of each gas per <see cref="ActivityUnit"/>; the key "CO2e" marks a CO2e-only factor.</summary>
    public required IReadOnlyDictionary<string, decimal> TonnesPerUnit { get; init; }
    /// <summary>For CO2e-only factors: the GWP set the publisher used (e.g. "AR5").</summary>
    public string? Co2eGwpBasis { get; init; }
    /// <summary>Lets volume activity use a per-mass factor (diesel in L against a per-tonne factor), in t/m³.</summary>
    public decimal? DensityTonnesPerCubicMetre { get; init; }
    public string? Region { get; init; }
    public required int ValidFrom { get; init; }
    public int? ValidTo { get; init; }
    public required FactorSource Source { get; init; }
    /// <summary>For fuels whose factor is computed from NCV, carbon content and oxidation: those parameters.</summary>
    public CombustionParameters? Combustion { get; init; }
    /// <summary>The arithmetic from published parameters to the stored value, when the value is computed.</summary>
    public string? Derivation { get; init; }
    /// <summary>Caveats a reader of the pack should see, e.g. that a value is recalled and not checked against the source.</summary>
    public string? Notes { get; init; }

    public bool IsCo2eOnly => TonnesPerUnit.ContainsKey("CO2e");

    /// <summary>Whether activity in <paramref name="unit"/> can be applied to this factor, and if not, why.</summary>
    public bool Accepts(Unit unit, out Bilingual? reason)
    {
        reason = null;
        if (unit.IsConvertibleTo(ActivityUnit))
        {
            return true;
        }
        var massVolume = (unit.Dimension, ActivityUnit.Dimension) is (Dimension.Volume, Dimension.Mass) or (Dimension.Mass, Dimension.Volume);
        if (massVolume && DensityTonnesPerCubicMetre is not null)
        {
            return true;
        }
        reason = massVolume
            ? new("需要密度", "needs a density")
            : (unit.Dimension, ActivityUnit.Dimension) is (Dimension.Volume or Dimension.Mass, Dimension.Energy) or (Dimension.Energy, Dimension.Volume or Dimension.Mass)
                ? new("需要热值", "needs a calorific value")
                : new("量纲不同", "different dimensions");
        return false;
    }
}

/// <summary>The factor library in force: loaded from versioned reference data, immutable once built.</summary>
public interface IFactorCatalog
{
    /// <summary>Identifies the data the catalog was built from, recorded with every calculation.</summary>
    string Version { get; }

    IReadOnlyList<EmissionFactor> All { get; }

    bool TryGet(string id, [MaybeNullWhen(false)] out EmissionFactor factor);
}
