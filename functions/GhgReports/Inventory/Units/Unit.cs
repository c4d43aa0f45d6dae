namespace GhgReports.Inventory.Units;

/// <summary>Physical dimensions we convert within. Crossing dimensions needs a property of the material (density, calorific value).</summary>
public enum Dimension
{
    Energy,
    Volume,
    Mass,
    Emissions,
    Power,
    Time,
}

/// <summary>
/// A unit with its dimension and its size in the dimension's base unit (MWh, m³, t, tCO2e, MW, h).
/// A deliberately small, closed set: the units our officers type, including 万 (10⁴) multiples.
/// </summary>
public sealed record Unit(string Symbol, Dimension Dimension, decimal ToBase)
{
    public static readonly Unit KWh = new("kWh", Dimension.Energy, 0.001m);
    public static readonly Unit MWh = new("MWh", Dimension.Energy, 1m);
    public static readonly Unit GWh = new("GWh", Dimension.Energy, 1000m);
    public static readonly Unit TenThousandKWh = new("万kWh", Dimension.Energy, 10m);
    /// <summary>1 GJ = 1/3.6 MWh exactly; stored rounded to 28 digits by decimal.</summary>
    public static readonly Unit GJ = new("GJ", Dimension.Energy, 1m / 3.6m);
    public static readonly Unit TJ = new("TJ", Dimension.Energy, 1000m / 3.6m);

    public static readonly Unit CubicMetre = new("m3", Dimension.Volume, 1m);
    /// <summary>Normal cubic metre: Chinese fuel defaults are per Nm³ and officers write m³ for the same thing, so they are one unit here.</summary>
    public static readonly Unit NormalCubicMetre = new("Nm3", Dimension.Volume, 1m);
    public static readonly Unit TenThousandCubicMetres = new("万m3", Dimension.Volume, 10_000m);
    public static readonly Unit Litre = new("L", Dimension.Volume, 0.001m);
    public static readonly Unit Kilolitre = new("kL", Dimension.Volume, 1m);

    public static readonly Unit Tonne = new("t", Dimension.Mass, 1m);
    public static readonly Unit Kilogram = new("kg", Dimension.Mass, 0.001m);
    public static readonly Unit TenThousandTonnes = new("万t", Dimension.Mass, 10_000m);

    public static readonly Unit TonneCo2e = new("tCO2e", Dimension.Emissions, 1m);
    public static readonly Unit KilogramCo2e = new("kgCO2e", Dimension.Emissions, 0.001m);

    public static readonly Unit KW = new("kW", Dimension.Power, 0.001m);
    public static readonly Unit MW = new("MW", Dimension.Power, 1m);
    public static readonly Unit Hour = new("h", Dimension.Time, 1m);

    public static IReadOnlyList<Unit> All { get; } =
    [
        KWh, MWh, GWh, TenThousandKWh, GJ, TJ,
        CubicMetre, NormalCubicMetre, TenThousandCubicMetres, Litre, Kilolitre,
        Tonne, Kilogram, TenThousandTonnes,
        TonneCo2e, KilogramCo2e,
        KW, MW, Hour,
    ];

    /// <summary>Converts within a dimension; across dimensions it refuses rather than guess a density or calorific value.</summary>
    public decimal Convert(decimal amount, Unit to)
    {
        if (to.Dimension != Dimension)
        {
            throw new InvalidOperationException($"Cannot convert {Symbol} ({Dimension}) to {to.Symbol} ({to.Dimension}) without a material property.");
        }
        return to == this ? amount : amount * ToBase / to.ToBase;
    }

    public bool IsConvertibleTo(Unit other) => other.Dimension == Dimension;

    public override string ToString() => Symbol;
}
