
using GhgReports.Submissions;

namespace GhgReports.Inventory.Factors;

/// <summary>
/// tCO2e of a line where no GWP set is needed: reported figures and CO2-only library factors. Intake uses it to
/// cross-check declared totals and to show an officer the figures it understood; the inventory calculation is the
/// full method (per gas, GWP set, both scope 2 methods).
/// </summary>
internal static class DirectQuantity
{
    public static decimal? Tco2e(EmissionSourceLine line, IFactorCatalog factors)
    {
        decimal? tonnes;
        if (line.IsReportedDirectly)
        {
            tonnes = line.ReportedTco2e;
        }
        else if (line.FactorId is null || line.ActivityAmount is null || line.ActivityUnit is null || line.Gas is not ("CO2" or "CO2e")
                 || !factors.TryGet(line.FactorId, out var factor)
                 || factor.TonnesPerUnit.Count != 1 || !factor.TonnesPerUnit.TryGetValue("CO2", out var perUnit)
                 || FactorActivity.ToFactorUnit(line.ActivityAmount.Value, line.ActivityUnit, factor) is not { } amount)
        {
            return null;
        }
        else
        {
            tonnes = amount * perUnit;
        }
        return line.Kind == LineKind.Removal ? -tonnes : tonnes;
    }
}
