using GhgReports.Inventory.Units;

namespace GhgReports.Inventory.Factors;

/// <summary>Brings an activity amount into a factor's own unit, using the factor's density between volume and mass.</summary>
internal static class FactorActivity
{
    /// <summary>Null when the units cannot meet (the validator has already told the officer why).</summary>
    public static decimal? ToFactorUnit(decimal amount, Unit unit, EmissionFactor factor)
    {
        if (unit.IsConvertibleTo(factor.ActivityUnit))
        {
            return unit.Convert(amount, factor.ActivityUnit);
        }
        if (factor.DensityTonnesPerCubicMetre is not { } density)
        {
            return null;
        }
        return (unit.Dimension, factor.ActivityUnit.Dimension) switch
        {
            (Dimension.Volume, Dimension.Mass) => Unit.Tonne.Convert(unit.Convert(amount, Unit.CubicMetre) * density, factor.ActivityUnit),
            (Dimension.Mass, Dimension.Volume) => Unit.CubicMetre.Convert(unit.Convert(amount, Unit.Tonne) / density, factor.ActivityUnit),
            _ => null,
        };
    }
}
