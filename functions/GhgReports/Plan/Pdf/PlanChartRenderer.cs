using System.Collections.Concurrent;
using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace GhgReports.Plan.Pdf;

/// <summary>
/// Draws a pathway chart with ScottPlot straight onto the PDF page canvas, so it stays vector. ScottPlot finds fonts
/// by name through its global resolver list; each document registers its subset typeface under a name of its own, so
/// the chart text uses the very typeface instance the page text uses and the font is embedded once.
/// </summary>
internal static class PlanChartRenderer
{
    private static readonly DocumentFontResolver Resolver = new();
    private static readonly Lock RegisterLock = new();
    private static bool registered;
    private static long nextFontId;

    /// <summary>Characters ScottPlot may print besides our strings: tick labels.</summary>
    public const string TickCharacters = "0123456789.,-−+eE ";

    public static FontRegistration Register(SKTypeface regular, SKTypeface bold)
    {
        lock (RegisterLock)
        {
            if (!registered)
            {
                Fonts.FontResolvers.Insert(0, Resolver);
                registered = true;
            }
        }
        // A fresh name per document: ScottPlot caches typefaces by name, and each document has its own subset.
        var name = "GhgPlan-" + Interlocked.Increment(ref nextFontId).ToString(CultureInfo.InvariantCulture);
        Resolver.Add(name, regular, bold);
        return new FontRegistration(name, () => Resolver.Remove(name));
    }

    /// <summary>How each kind of series is drawn: the plot and the legend take it from here.</summary>
    private sealed record SeriesStyle(SKColor Color, float LineWidth, bool Dashed, float MarkerSize, bool MarkerOnly);

    private static SeriesStyle StyleOf(PlanSeriesKind kind) => kind switch
    {
        PlanSeriesKind.Target => new(new SKColor(0x1F, 0x5C, 0x3A), 2f, false, 4f, false),
        PlanSeriesKind.Declared => new(new SKColor(0x88, 0x88, 0x88), 1.2f, true, 3f, false),
        _ => new(new SKColor(0xC0, 0x39, 0x2B), 0f, false, 8f, true),
    };

    private const float LegendHeight = 18f;
    private const float LegendFontSize = 9f;

    /// <summary>
    /// A plot that draws onto a page among other content. ScottPlot clears its canvas before rendering by default; on a
    /// PDF page Skia can only emulate that clear by moving everything drawn so far into a soft-masked group, so each chart
    /// nested the page's earlier content once more and the 4-subsidiary plan carried some 100 KB of such groups.
    /// </summary>
    internal static ScottPlot.Plot PagePlot()
    {
        var plot = new ScottPlot.Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        return plot;
    }

    public static void Draw(SKCanvas canvas, PlanChart chart, float x, float y, float width, float height, string fontName)
    {
        var plot = PagePlot();
        var drawn = chart.Series.Where(s => s.Points.Count > 0).ToList();
        foreach (var series in drawn)
        {
            var xs = series.Points.Select(p => (double)p.Year).ToArray();
            var ys = series.Points.Select(p => p.Value).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            var style = StyleOf(series.Kind);
            scatter.Color = new ScottPlot.Color(style.Color.Red, style.Color.Green, style.Color.Blue);
            scatter.LineWidth = style.LineWidth;
            scatter.MarkerSize = style.MarkerSize;
            if (style.Dashed)
            {
                scatter.LinePattern = LinePattern.Dashed;
            }
            if (style.MarkerOnly)
            {
                scatter.MarkerShape = MarkerShape.FilledCircle;
            }
        }
        plot.XLabel(chart.XTitle, 10f);
        plot.YLabel(chart.YTitle, 10f);
        // Years as years: the default numeric labels would print 2,024.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => Math.Round(v).ToString("0", CultureInfo.InvariantCulture),
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0.###", CultureInfo.InvariantCulture),
        };
        var years = chart.Series.SelectMany(s => s.Points).Select(p => p.Year).DefaultIfEmpty(2023).ToList();
        var values = chart.Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(0d).ToList();
        var top = values.Max();
        plot.Axes.SetLimits(years.Min() - 0.5, years.Max() + 0.5, 0, top <= 0 ? 1 : top * 1.15);
        plot.Font.Set(fontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;

        canvas.Save();
        canvas.Translate(x, y);
        plot.Render(canvas, (int)width, (int)(height - LegendHeight));
        // ScottPlot's own legend set Chinese labels half a line above their symbols (the first one over the frame), so
        // the legend is drawn here, in one row under the plot, with the page's typeface.
        if (Resolver.CreateTypeface(fontName, bold: false, italic: false) is { } typeface)
        {
            DrawLegend(canvas, drawn, width, height - LegendHeight, typeface);
        }
        canvas.Restore();
    }

    private static void DrawLegend(SKCanvas canvas, IReadOnlyList<PlanSeries> series, float width, float top, SKTypeface typeface)
    {
        const float Swatch = 20f;
        const float Gap = 4f;
        const float Between = 14f;
        using var font = new SKFont(typeface, LegendFontSize);
        // A chart half the page wide may be narrower than the row: the labels shrink to fit rather than overflow.
        var fixedWidth = series.Count * (Swatch + Gap) + Between * Math.Max(0, series.Count - 1);
        var textWidth = series.Sum(s => font.MeasureText(s.Name));
        if (fixedWidth + textWidth > width && textWidth > 0f)
        {
            font.Size = LegendFontSize * Math.Max(0.5f, (width - fixedWidth) / textWidth);
        }
        var widths = series.Select(s => Swatch + Gap + font.MeasureText(s.Name)).ToList();
        var left = Math.Max(0f, (width - (widths.Sum() + Between * Math.Max(0, series.Count - 1))) / 2f);
        var middle = top + LegendHeight / 2f;
        using var text = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true };
        for (var i = 0; i < series.Count; i++)
        {
            var style = StyleOf(series[i].Kind);
            using var paint = new SKPaint { Color = style.Color, IsAntialias = true, StrokeWidth = style.LineWidth, Style = SKPaintStyle.Stroke };
            if (style.Dashed)
            {
                paint.PathEffect = SKPathEffect.CreateDash([4f, 3f], 0f);
            }
            if (!style.MarkerOnly)
            {
                canvas.DrawLine(left, middle, left + Swatch, middle, paint);
            }
            paint.Style = SKPaintStyle.Fill;
            paint.PathEffect = null;
            canvas.DrawCircle(left + Swatch / 2f, middle, style.MarkerSize / 2f, paint);
            // Vertically centred on the swatch: the baseline sits half the cap height below the middle.
            var capHeight = font.Metrics.CapHeight > 0 ? font.Metrics.CapHeight : -font.Metrics.Ascent * 0.7f;
            var baseline = middle + capHeight / 2f;
            canvas.DrawText(series[i].Name, left + Swatch + Gap, baseline, SKTextAlign.Left, font, text);
            left += widths[i] + Between;
        }
    }

    /// <summary>The regular typeface registered under <paramref name="fontName"/>, for text drawn beside a plot.</summary>
    internal static SKTypeface? Typeface(string fontName) => Resolver.CreateTypeface(fontName, bold: false, italic: false);

    public sealed class FontRegistration(string name, Action release) : IDisposable
    {
        public string Name { get; } = name;

        public void Dispose() => release();
    }

    private sealed class DocumentFontResolver : IFontResolver
    {
        private readonly ConcurrentDictionary<string, (SKTypeface Regular, SKTypeface Bold)> fonts = new(StringComparer.Ordinal);

        public void Add(string name, SKTypeface regular, SKTypeface bold) => fonts[name] = (regular, bold);

        public void Remove(string name) => fonts.TryRemove(name, out _);

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fonts.TryGetValue(fontName, out var f) ? (weight >= FontWeight.SemiBold ? f.Bold : f.Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fonts.TryGetValue(fontName, out var f) ? (bold ? f.Bold : f.Regular) : null;
    }
}
