namespace GhgReports.Inventory.Factors;

/// <summary>
/// The parameters a fuel's CO2 factor is computed from (EF = NCV x CC x OF x 44/12), kept so that a verifier can redo
/// the arithmetic and so that a later calculation may convert energy to fuel quantity explicitly.
/// </summary>
/// <param name="NetCalorificValueGJPerUnit">Net calorific value in GJ per activity unit of the factor.</param>
/// <param name="CarbonContentTonnesCarbonPerTJ">Carbon content per unit of energy, t C/TJ.</param>
/// <param name="OxidationFraction">Share of the carbon oxidised, 0..1.</param>
public sealed record CombustionParameters(
    decimal NetCalorificValueGJPerUnit,
    decimal CarbonContentTonnesCarbonPerTJ,
    decimal OxidationFraction)
{
    /// <summary>Molar mass ratio CO2/C.</summary>
    private const decimal Co2PerCarbon = 44m / 12m;

    /// <summary>t CO2 per activity unit; GJ x tC/TJ gives thousandths of a tonne of carbon.</summary>
    public decimal TonnesCo2PerUnit =>
        NetCalorificValueGJPerUnit * CarbonContentTonnesCarbonPerTJ / 1000m * OxidationFraction * Co2PerCarbon;
}
