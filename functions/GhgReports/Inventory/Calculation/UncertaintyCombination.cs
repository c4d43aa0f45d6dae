using GhgReports.Localization;

namespace GhgReports.Inventory.Calculation;

/// <summary>
/// Combines line uncertainties for a sum of emissions, in quadrature weighted by each line's emissions (IPCC 2006
/// Vol.1 Ch.3, approach 1): U = √Σ(Uᵢ·Eᵢ)² ÷ ΣEᵢ. It assumes the lines are uncorrelated. When any line declares none,
/// the answer is "not assessed": a figure from some lines would look like the inventory's and be smaller than it.
/// </summary>
internal static class UncertaintyCombination
{
    public static UncertaintyAssessment Combine(IReadOnlyList<CalculatedLine> emissionLines)
    {
        ArgumentNullException.ThrowIfNull(emissionLines);
        var missing = emissionLines.Count(l => l.UncertaintyPercent is null);
        if (missing > 0 || emissionLines.Count == 0)
        {
            return new UncertaintyAssessment { Percent = null, Text = InventoryTexts.UncertaintyNotAssessed.Format(missing) };
        }
        var total = emissionLines.Sum(l => l.Tco2eFor(Scope2Method.LocationBased));
        if (total == 0m)
        {
            return new UncertaintyAssessment { Percent = 0m, Text = InventoryTexts.UncertaintyCombined.Format(0m) };
        }
        // Squares of tonnes overflow nothing in double and the square root needs it; the inputs are a few digits.
        var sumOfSquares = emissionLines.Sum(l =>
        {
            var weighted = (double)(l.UncertaintyPercent!.Value * l.Tco2eFor(Scope2Method.LocationBased));
            return weighted * weighted;
        });
        var percent = (decimal)Math.Sqrt(sumOfSquares) / total;
        return new UncertaintyAssessment { Percent = percent, Text = InventoryTexts.UncertaintyCombined.Format(percent) };
    }
}
