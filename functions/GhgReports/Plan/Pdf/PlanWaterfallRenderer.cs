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

    /// <summary>Where each bar and label goes, in points from the chart box's top-left corner, with the top of the axis.</summary>
    internal sealed record Placement(SKRect DataArea, double Top, IReadOnlyList<SKRect> Bars, IReadOnlyList<PlacedLabel> Values, IReadOnlyList<PlacedLabel> Categories);

    /// <summary>A label's lines and the box they fill (first baseline at <see cref="SKRect.Top"/> + the font's ascent).</summary>
    internal sealed record PlacedLabel(IReadOnlyList<string> Lines, SKRect Box);

    private const float CategorySize = 9f;
    private const float LabelGap = 3f;

    /// <summary>
    /// Places bars and labels before anything is drawn, so that no label meets a bar or another label: a value label
    /// sits just above its bar and moves up past whatever it would touch (a taller neighbour, a wide neighbouring
    /// label), the axis grows until the highest label fits under the frame, and a category label wraps at its spaces
    /// when a line is wider than its slot.
    /// </summary>
    internal static Placement Layout(PlanWaterfall waterfall, float width, float height, SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(waterfall);
        using var valueFont = new SKFont(typeface, LabelSize);
        using var categoryFont = new SKFont(typeface, CategorySize);
        var spans = Spans(waterfall);
        var count = waterfall.Bars.Count;
        var floor = (double)waterfall.AxisFloor;
        var highest = spans.Count == 0 ? floor + 1d : spans.Max(s => s.High);
        var top = highest + (highest - floor) * 0.15;

        var categoryLineHeight = categoryFont.Spacing;
        var left = categoryFont.MeasureText(Math.Ceiling(highest * 1.5).ToString("#,##0", CultureInfo.InvariantCulture)) + 30f;
        var pitch = (width - left - 10f) / (count + 0.2f);
        var categories = waterfall.Bars.Select(b => Wrap(b.Label, pitch - 8f, categoryFont)).ToList();
        var bottom = 8f + categories.Max(c => c.Count) * categoryLineHeight + 4f;
        var area = new SKRect(left, 8f, width - 10f, height - bottom);

        for (var attempt = 0; ; attempt++)
        {
            var placement = Place(waterfall, spans, area, floor, top, valueFont, categoryFont, categories);
            var overflow = area.Top + 2f - placement.Values.Select(v => v.Box.Top).DefaultIfEmpty(area.Top).Min();
            if (overflow <= 0f || attempt == 6)
            {
                return placement;
            }
            top += (overflow / area.Height) * (top - floor) * 1.1;
        }
    }

    private static Placement Place(PlanWaterfall waterfall, IReadOnlyList<(double Low, double High)> spans, SKRect area, double floor, double top,
        SKFont valueFont, SKFont categoryFont, IReadOnlyList<IReadOnlyList<string>> categories)
    {
        var count = waterfall.Bars.Count;
        float X(double position) => area.Left + (float)((position + 0.6) / (count + 0.2)) * area.Width;
        float Y(double value) => area.Top + (float)((top - value) / (top - floor)) * area.Height;

        var bars = spans.Select((s, i) => new SKRect(X(i - BarHalfWidth), Y(s.High), X(i + BarHalfWidth), Y(s.Low))).ToList();
        var obstacles = new List<SKRect>(bars);
        var values = new List<PlacedLabel>(count);
        var textHeight = valueFont.Metrics.Descent - valueFont.Metrics.Ascent;
        for (var i = 0; i < count; i++)
        {
            var text = ValueLabel(waterfall.Bars[i]);
            var labelWidth = valueFont.MeasureText(text);
            var box = SKRect.Create(X(i) - labelWidth / 2f, bars[i].Top - LabelGap - textHeight, labelWidth, textHeight);
            // Each move goes strictly up, so this ends: at worst above every obstacle.
            for (var hit = Hit(box, obstacles); hit is { } h; hit = Hit(box, obstacles))
            {
                box.Offset(0f, h.Top - LabelGap - box.Bottom);
            }
            values.Add(new PlacedLabel([text], box));
            obstacles.Add(box);
        }

        var lineHeight = categoryFont.Spacing;
        var categoryTextHeight = categoryFont.Metrics.Descent - categoryFont.Metrics.Ascent;
        var labels = categories.Select((lines, i) =>
        {
            var labelWidth = lines.Max(l => categoryFont.MeasureText(l));
            return new PlacedLabel(lines, SKRect.Create(X(i) - labelWidth / 2f, area.Bottom + 6f, labelWidth, (lines.Count - 1) * lineHeight + categoryTextHeight));
        }).ToList();
        return new Placement(area, top, bars, values, labels);
    }

    private const double BarHalfWidth = 0.3;

    private static SKRect? Hit(SKRect box, IEnumerable<SKRect> obstacles)
    {
        var padded = SKRect.Inflate(box, 1.5f, 1.5f);
        foreach (var obstacle in obstacles)
        {
            if (padded.IntersectsWith(obstacle))
            {
                return obstacle;
            }
        }
        return null;
    }

    /// <summary>The label on two lines at its middle space (five labels share the width), or at every space when a line is still too wide.</summary>
    private static IReadOnlyList<string> Wrap(string label, float maxWidth, SKFont font)
    {
        var lines = TwoLines(label).Split('\n');
        return lines.All(l => font.MeasureText(l) <= maxWidth) ? lines : label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static void Draw(SKCanvas canvas, PlanWaterfall waterfall, float x, float y, float width, float height, string fontName)
    {
        var typeface = PlanChartRenderer.Typeface(fontName) ?? throw new InvalidOperationException($"No typeface registered as '{fontName}'.");
        var placement = Layout(waterfall, width, height, typeface);
        var plot = PlanChartRenderer.PagePlot();
        var spans = Spans(waterfall);
        var bars = waterfall.Bars.Select((bar, i) => new Bar
        {
            Position = i,
            ValueBase = spans[i].Low,
            Value = spans[i].High,
            FillColor = ToColor(bar.Kind == PlanBarKind.Level ? LevelColor : bar.Value < 0 ? DecreaseColor : IncreaseColor),
            LineWidth = 0,
            Size = BarHalfWidth * 2,
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
                var line = plot.Add.Line(i + BarHalfWidth, running, i + 1 - BarHalfWidth, running);
                line.Color = ToColor(new SKColor(0x88, 0x88, 0x88));
                line.LineWidth = 0.8f;
                line.LinePattern = LinePattern.Dotted;
                line.MarkerSize = 0;
            }
        }
        plot.YLabel(waterfall.YTitle, 10f);
        // The category labels are drawn below with the value labels, where the placement put them.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, waterfall.Bars.Count).Select(i => (double)i)], [.. waterfall.Bars.Select(_ => "")]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0", CultureInfo.InvariantCulture),
        };
        plot.Axes.SetLimits(-0.6, waterfall.Bars.Count - 0.4, (double)waterfall.AxisFloor, placement.Top);
        plot.Font.Set(fontName);
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;
        plot.HideGrid();
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var area = placement.DataArea;
        plot.Layout.Fixed(new PixelPadding(left: area.Left, right: width - area.Right, bottom: height - area.Bottom, top: area.Top));

        canvas.Save();
        canvas.Translate(x, y);
        plot.Render(canvas, (int)width, (int)height);
        using var valueFont = new SKFont(typeface, LabelSize);
        using var categoryFont = new SKFont(typeface, CategorySize);
        using var paint = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true };
        DrawLabels(canvas, placement.Values, valueFont, paint);
        paint.Color = SKColors.Black;
        DrawLabels(canvas, placement.Categories, categoryFont, paint);
        canvas.Restore();
    }

    private static void DrawLabels(SKCanvas canvas, IEnumerable<PlacedLabel> labels, SKFont font, SKPaint paint)
    {
        foreach (var label in labels)
        {
            var baseline = label.Box.Top - font.Metrics.Ascent;
            foreach (var line in label.Lines)
            {
                canvas.DrawText(line, label.Box.MidX - font.MeasureText(line) / 2f, baseline, SKTextAlign.Left, font, paint);
                baseline += font.Spacing;
            }
        }
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
