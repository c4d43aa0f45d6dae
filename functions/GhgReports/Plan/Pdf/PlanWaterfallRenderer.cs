using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace GhgReports.Plan.Pdf;

/// <summary>
/// Draws a gap waterfall with ScottPlot on the page canvas (vector): levels from the axis floor, each change from the
/// running level, thin connectors between bars and each bar's value above it in the page's typeface.
/// </summary>
internal static class PlanWaterfallRenderer
{
    private static readonly SKColor LevelColor = new(0x1F, 0x5C, 0x3A);
    private static readonly SKColor DecreaseColor = new(0x6A, 0xA8, 0x7E);
    private static readonly SKColor IncreaseColor = new(0xC0, 0x39, 0x2B);
    private const float LabelSize = 8.5f;

    /// <summary>What is printed above a bar: a level as is, a change with its sign.</summary>
    public static string ValueLabel(PlanBar bar) => bar.Kind == PlanBarKind.Level
        ? PlanNumbers.Tonnes(bar.Value)
        : (bar.Value < 0 ? "−" : "+") + PlanNumbers.Tonnes(Math.Abs(bar.Value));

    /// <summary>Each bar's bottom and top, in tCO2e: levels stand on the floor, changes hang from the running level.</summary>
    public static IReadOnlyList<(double Low, double High)> Spans(PlanWaterfall waterfall)
    {
        ArgumentNullException.ThrowIfNull(waterfall);
        var spans = new List<(double, double)>(waterfall.Bars.Count);
        var running = 0m;
        foreach (var bar in waterfall.Bars)
        {
            if (bar.Kind == PlanBarKind.Level)
            {
                running = bar.Value;
                spans.Add(((double)waterfall.AxisFloor, (double)bar.Value));
                continue;
            }
            var next = running + bar.Value;
            spans.Add(((double)Math.Min(running, next), (double)Math.Max(running, next)));
            running = next;
        }
        return spans;
    }

    public static void Draw(SKCanvas canvas, PlanWaterfall waterfall, float x, float y, float width, float height, string fontName)
    {
        var plot = new ScottPlot.Plot();
        var spans = Spans(waterfall);
        var bars = waterfall.Bars.Select((bar, i) => new Bar
        {
            Position = i,
            ValueBase = spans[i].Low,
            Value = spans[i].High,
            FillColor = ToColor(bar.Kind == PlanBarKind.Level ? LevelColor : bar.Value < 0 ? DecreaseColor : IncreaseColor),
            LineWidth = 0,
            Size = 0.6,
        }).ToList();
        plot.Add.Bars(bars);
        // Connectors: the running level carried from the top (or bottom) of one bar to the next.
        var running = 0d;
        for (var i = 0; i < waterfall.Bars.Count; i++)
        {
            var bar = waterfall.Bars[i];
            running = bar.Kind == PlanBarKind.Level ? (double)bar.Value : running + (double)bar.Value;
            if (i + 1 < waterfall.Bars.Count)
            {
                var line = plot.Add.Line(i + 0.3, running, i + 1 - 0.3, running);
                line.Color = ToColor(new SKColor(0x88, 0x88, 0x88));
                line.LineWidth = 0.8f;
                line.LinePattern = LinePattern.Dotted;
                line.MarkerSize = 0;
            }
        }
        plot.YLabel(waterfall.YTitle, 10f);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, waterfall.Bars.Count).Select(i => (double)i)], [.. waterfall.Bars.Select(b => TwoLines(b.Label))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0", CultureInfo.InvariantCulture),
        };
        var top = spans.Count == 0 ? 1d : spans.Max(s => s.High);
        var floor = (double)waterfall.AxisFloor;
        plot.Axes.SetLimits(-0.6, waterfall.Bars.Count - 0.4, floor, top + (top - floor) * 0.15);
        plot.Font.Set(fontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;
        plot.HideGrid();
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        // Room between the frame and the first line of a two-line label.
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 5;

        canvas.Save();
        canvas.Translate(x, y);
        plot.Render(canvas, (int)width, (int)height);
        if (PlanChartRenderer.Typeface(fontName) is { } typeface)
        {
            using var font = new SKFont(typeface, LabelSize);
            using var paint = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true };
            for (var i = 0; i < waterfall.Bars.Count; i++)
            {
                var text = ValueLabel(waterfall.Bars[i]);
                var anchor = plot.GetPixel(new Coordinates(i, spans[i].High));
                canvas.DrawText(text, anchor.X - font.MeasureText(text) / 2f, anchor.Y - 3f, SKTextAlign.Left, font, paint);
            }
        }
        canvas.Restore();
    }

    /// <summary>Five labels share the width of the page: a label with a space breaks at its middle space.</summary>
    private static string TwoLines(string label)
    {
        var spaces = Enumerable.Range(0, label.Length).Where(i => label[i] == ' ').ToList();
        if (spaces.Count == 0 || label.Length < 12)
        {
            return label;
        }
        var middle = spaces.MinBy(i => Math.Abs(i - label.Length / 2));
        return label[..middle] + "\n" + label[(middle + 1)..];
    }

    private static ScottPlot.Color ToColor(SKColor c) => new(c.Red, c.Green, c.Blue);
}
