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

    public static void Draw(SKCanvas canvas, PlanChart chart, float x, float y, float width, float height, string fontName)
    {
        var plot = new ScottPlot.Plot();
        foreach (var series in chart.Series.Where(s => s.Points.Count > 0))
        {
            var xs = series.Points.Select(p => (double)p.Year).ToArray();
            var ys = series.Points.Select(p => p.Value).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = series.Name;
            switch (series.Kind)
            {
                case PlanSeriesKind.Target:
                    scatter.Color = new ScottPlot.Color(0x1F, 0x5C, 0x3A);
                    scatter.LineWidth = 2f;
                    scatter.MarkerSize = 4f;
                    break;
                case PlanSeriesKind.Declared:
                    scatter.Color = new ScottPlot.Color(0x88, 0x88, 0x88);
                    scatter.LineWidth = 1.2f;
                    scatter.LinePattern = LinePattern.Dashed;
                    scatter.MarkerSize = 3f;
                    break;
                default:
                    scatter.Color = new ScottPlot.Color(0xC0, 0x39, 0x2B);
                    scatter.LineWidth = 0f;
                    scatter.MarkerSize = 8f;
                    scatter.MarkerShape = MarkerShape.FilledCircle;
                    break;
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
        // Pathways fall from the upper left and the axis starts at zero, so the lower left is the empty corner.
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Legend.FontSize = 9f;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9f;
        plot.Axes.Left.TickLabelStyle.FontSize = 9f;

        canvas.Save();
        canvas.Translate(x, y);
        plot.Render(canvas, (int)width, (int)height);
        canvas.Restore();
    }

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
