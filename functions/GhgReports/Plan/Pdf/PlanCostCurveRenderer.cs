using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace GhgReports.Plan.Pdf;

/// <summary>
/// Draws a marginal abatement cost curve with ScottPlot on the page canvas (vector): each measure a rectangle from the
/// running total of tCO2e, as wide as its own tCO2e and as high as its CNY per tCO2e; measures that pay for themselves
/// hang below zero. Each bar carries its number in the table, above a positive bar, below a negative one.
/// </summary>
internal static class PlanCostCurveRenderer
{
    private static readonly SKColor SavingColor = new(0x6A, 0xA8, 0x7E);
    private static readonly SKColor CostColor = new(0x1F, 0x5C, 0x3A);
    private const float LabelSize = 8f;

    /// <summary>Each step's left and right edge on the tCO2e axis: the running total before and after it.</summary>
    public static IReadOnlyList<(double Left, double Right)> Edges(PlanCostCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var edges = new List<(double, double)>(curve.Steps.Count);
        var running = 0d;
        foreach (var step in curve.Steps)
        {
            var next = running + (double)step.WidthTco2e;
            edges.Add((running, next));
            running = next;
        }
        return edges;
    }

    public static void Draw(SKCanvas canvas, PlanCostCurve curve, float x, float y, float width, float height, string fontName)
    {
        var plot = PlanChartRenderer.PagePlot();
        var edges = Edges(curve);
        for (var i = 0; i < curve.Steps.Count; i++)
        {
            var cost = (double)curve.Steps[i].CostPerTco2e;
            var rectangle = plot.Add.Rectangle(edges[i].Left, edges[i].Right, Math.Min(0, cost), Math.Max(0, cost));
            rectangle.FillColor = ToColor(cost < 0 ? SavingColor : CostColor);
            // A thin white edge keeps neighbours of similar cost apart.
            rectangle.LineColor = ToColor(SKColors.White);
            rectangle.LineWidth = 0.6f;
        }
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = ToColor(new SKColor(0x55, 0x55, 0x55));
        zero.LineWidth = 0.8f;
        plot.XLabel(curve.XTitle, 10f);
        plot.YLabel(curve.YTitle, 10f);
        var numbers = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0", CultureInfo.InvariantCulture),
        };
        plot.Axes.Bottom.TickGenerator = numbers;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0", CultureInfo.InvariantCulture),
        };
        var total = edges.Count == 0 ? 1d : edges[^1].Right;
        var low = Math.Min(0d, curve.Steps.Count == 0 ? 0d : curve.Steps.Min(s => (double)s.CostPerTco2e));
        var high = Math.Max(0d, curve.Steps.Count == 0 ? 1d : curve.Steps.Max(s => (double)s.CostPerTco2e));
        var span = Math.Max(high - low, 1d);
        // Room above and below for the numbers.
        plot.Axes.SetLimits(0, total * 1.02, low - (low < 0 ? span * 0.12 : 0), high + span * 0.12);
        plot.Font.Set(fontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;
        plot.HideGrid();

        canvas.Save();
        canvas.Translate(x, y);
        plot.Render(canvas, (int)width, (int)height);
        if (PlanChartRenderer.Typeface(fontName) is { } typeface)
        {
            using var font = new SKFont(typeface, LabelSize);
            using var paint = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true };
            var lastRight = float.NegativeInfinity;
            for (var i = 0; i < curve.Steps.Count; i++)
            {
                var step = curve.Steps[i];
                var cost = (double)step.CostPerTco2e;
                var anchor = plot.GetPixel(new Coordinates((edges[i].Left + edges[i].Right) / 2, cost));
                var textWidth = font.MeasureText(step.Label);
                var left = anchor.X - textWidth / 2f;
                // A bar too narrow for its number next to the one before leaves it to the table.
                if (left < lastRight + 2f)
                {
                    continue;
                }
                var baseline = cost < 0 ? anchor.Y + LabelSize + 2f : anchor.Y - 3f;
                canvas.DrawText(step.Label, left, baseline, SKTextAlign.Left, font, paint);
                lastRight = left + textWidth;
            }
        }
        canvas.Restore();
    }

    private static ScottPlot.Color ToColor(SKColor c) => new(c.Red, c.Green, c.Blue);
}
