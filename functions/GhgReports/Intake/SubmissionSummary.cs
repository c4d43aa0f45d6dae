using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;

namespace GhgReports.Intake;

/// <summary>The headline figures of an accepted workbook, for its result.</summary>
public static class SubmissionSummary
{
    public static SubmissionFigures Of(SubsidiaryWorkbook workbook, IFactorCatalog factors)
    {
        var totals = new SortedDictionary<int, decimal>();
        var complete = true;
        foreach (var line in workbook.Sources.Where(l => !l.Biogenic))
        {
            if (DirectQuantity.Tco2e(line, factors) is { } tonnes)
            {
                totals[line.Category] = totals.GetValueOrDefault(line.Category) + tonnes;
            }
            else
            {
                complete = false;
            }
        }
        var scope12 = totals.GetValueOrDefault(1) + totals.GetValueOrDefault(2);
        var entity = workbook.Entity;
        var purchasedAluminium = workbook.Sources.Where(l => l.Category == 4 && (l.Scope3Category ?? 1) == 1 && !l.Biogenic)
            .Sum(l => DirectQuantity.Tco2e(l, factors) ?? 0m);
        return new SubmissionFigures(
            totals.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 3)),
            Math.Round(scope12, 3),
            entity.OutputTonnes,
            entity.OutputTonnes > 0 ? Math.Round(scope12 / entity.OutputTonnes, 4) : null,
            entity.PurchasedAluminiumTonnes,
            entity.PurchasedAluminiumTonnes > 0 ? Math.Round(purchasedAluminium / entity.PurchasedAluminiumTonnes, 3) : null,
            factors.Version,
            complete ? null : "部分排放源需按 GWP 计算，见清单 / Some lines need a GWP set: see the inventory");
    }
}
