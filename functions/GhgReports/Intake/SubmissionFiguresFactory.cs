using GhgReports.Inventory.Calculation;
using GhgReports.Submissions;

namespace GhgReports.Intake;

/// <summary>The headline figures of an accepted workbook, calculated the way the inventory will be.</summary>
public static class SubmissionFiguresFactory
{
    public static SubmissionFigures From(SubsidiaryWorkbook workbook, SubsidiaryInventory inventory, CalculationSettings settings)
    {
        const Scope2Method method = Scope2Method.LocationBased;
        var totals = Enumerable.Range(1, 6)
            .Select(c => (Category: c, Total: inventory.CategoryEmissions(c, method)))
            .Where(c => c.Total != 0 || workbook.Sources.Any(s => s.Category == c.Category))
            .ToDictionary(c => c.Category, c => Math.Round(c.Total, 3));
        return new SubmissionFigures(
            totals,
            Math.Round(inventory.TotalScope12(method), 3),
            inventory.OutputTonnes,
            inventory.Scope12Intensity(method) is { } intensity ? Math.Round(intensity, 4) : null,
            inventory.PurchasedAluminiumTonnes,
            inventory.PurchasedAluminiumIntensity is { } purchased ? Math.Round(purchased, 3) : null,
            inventory.FactorCatalogVersion,
            $"GWP {settings.GwpSetId}; scope 2 location-based / 范围 2 按地点法");
    }
}
