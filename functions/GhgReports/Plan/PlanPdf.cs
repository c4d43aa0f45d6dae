using GhgReports.Plan.Layout;
using GhgReports.Plan.Pdf;
using SkiaSharp;

namespace GhgReports.Plan;

/// <summary>
/// Renders a composed plan to PDF: lay out (page count and every string known), subset the fonts to exactly the
/// characters used, then draw with Skia. Dates come from the plan's data snapshot, so the same plan gives the same
/// bytes.
/// </summary>
internal static class PlanPdf
{
    public static void Render(PlanDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var laidOut = Lay(document, cancellationToken);
        Draw(laidOut, output, cancellationToken);
    }

    public static byte[] Render(PlanDocument document, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        Render(document, stream, cancellationToken);
        return stream.ToArray();
    }

    internal static LaidOutDocument Lay(PlanDocument document, CancellationToken cancellationToken = default) =>
        PlanLayout.Lay(document, new TextMeasure(PlanFont.Regular.Full, PlanFont.Bold.Full), cancellationToken);

    internal static void Draw(LaidOutDocument laidOut, Stream output, CancellationToken cancellationToken = default)
    {
        var (regularPoints, boldPoints) = CodePoints(laidOut);
        using var regular = Typeface(FontSubsetter.Subset(PlanFont.Regular, regularPoints));
        using var bold = Typeface(FontSubsetter.Subset(PlanFont.Bold, boldPoints));
        using var chartFont = laidOut.Charts.Any() || laidOut.Waterfalls.Any() || laidOut.CostCurves.Any() ? PlanChartRenderer.Register(regular, bold) : null;

        var meta = laidOut.Source.Metadata;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = meta.Title,
            Author = meta.Author,
            Subject = meta.Subject,
            Creator = meta.Creator,
            Producer = meta.Creator,
            Creation = meta.Date.UtcDateTime,
            Modified = meta.Date.UtcDateTime,
        };
        using var wrapper = new SKManagedWStream(output, disposeManagedStream: false);
        using var pdf = SKDocument.CreatePdf(wrapper, metadata);
        using var regularFonts = new FontCache(regular);
        using var boldFonts = new FontCache(bold);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var page in laidOut.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = pdf.BeginPage(PageGeometry.Width, PageGeometry.Height);
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case FillRect fill:
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = new SKColor(fill.Color);
                        canvas.DrawRect(fill.X, fill.Y, fill.Width, fill.Height, paint);
                        break;
                    case RuleLine rule:
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = rule.Width;
                        paint.Color = new SKColor(rule.Color);
                        canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, paint);
                        break;
                    case TextRun text:
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = new SKColor(text.Color);
                        using (var blob = (text.Bold ? boldFonts : regularFonts).Run(text.Text, text.Size))
                        {
                            if (blob is not null)
                            {
                                canvas.DrawText(blob, text.X, text.Y, paint);
                            }
                        }
                        break;
                    case ChartBox chart:
                        if (chart.Figure is PlanWaterfall waterfall)
                        {
                            PlanWaterfallRenderer.Draw(canvas, waterfall, chart.X, chart.Y, chart.Width, chart.Height, chartFont!.Name);
                        }
                        else if (chart.Figure is PlanCostCurve curve)
                        {
                            PlanCostCurveRenderer.Draw(canvas, curve, chart.X, chart.Y, chart.Width, chart.Height, chartFont!.Name);
                        }
                        else
                        {
                            PlanChartRenderer.Draw(canvas, (PlanChart)chart.Figure, chart.X, chart.Y, chart.Width, chart.Height, chartFont!.Name);
                        }
                        break;
                }
            }
            pdf.EndPage();
        }
        pdf.Close();
    }

    private static SKTypeface Typeface(byte[] font) =>
        SKTypeface.FromData(SKData.CreateCopy(font)) ?? throw new InvalidOperationException("Skia cannot read the subset font.");

    /// <summary>The characters each weight draws, chart text and tick labels included, always with ASCII.</summary>
    private static (SortedSet<int> Regular, SortedSet<int> Bold) CodePoints(LaidOutDocument laidOut)
    {
        var regular = new SortedSet<int>();
        var bold = new SortedSet<int>();
        // Printable ASCII in both: ScottPlot's tick labels and legends are decided while drawing.
        for (var c = 0x20; c < 0x7F; c++)
        {
            regular.Add(c);
            bold.Add(c);
        }
        foreach (var text in laidOut.Texts)
        {
            Add(text.Bold ? bold : regular, text.Text);
        }
        foreach (var chart in laidOut.Charts)
        {
            Add(regular, chart.XTitle);
            Add(regular, chart.YTitle);
            Add(regular, PlanChartRenderer.TickCharacters);
            foreach (var series in chart.Series)
            {
                Add(regular, series.Name);
            }
        }
        foreach (var waterfall in laidOut.Waterfalls)
        {
            Add(regular, waterfall.YTitle);
            Add(regular, PlanChartRenderer.TickCharacters);
            foreach (var bar in waterfall.Bars)
            {
                Add(regular, bar.Label);
                Add(regular, PlanWaterfallRenderer.ValueLabel(bar));
            }
        }
        foreach (var curve in laidOut.CostCurves)
        {
            Add(regular, curve.XTitle);
            Add(regular, curve.YTitle);
            Add(regular, PlanChartRenderer.TickCharacters);
            foreach (var step in curve.Steps)
            {
                Add(regular, step.Label);
            }
        }
        return (regular, bold);
    }

    private static void Add(SortedSet<int> set, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            set.Add(rune.Value);
        }
    }

    /// <summary>One SKFont per size, reused for every run.</summary>
    private sealed class FontCache(SKTypeface typeface) : IDisposable
    {
        private readonly Dictionary<float, SKFont> fonts = [];

        // The font's advances are whole font units (hmtx), and the PDF writer uses exactly those
        // (SkStrikeSpec::MakePDFVector: the font at its em size, unhinted). Measured at a size Skia measures directly
        // (above 256 it scales from 64 and the units come back as 329.99945), then rounded to the unit.
        private const float MeasureSize = 200f;
        private readonly int unitsPerEm = typeface.UnitsPerEm > 0 ? typeface.UnitsPerEm : 1024;
        private readonly SKFont measureFont = new(typeface, MeasureSize) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };

        /// <summary>
        /// A run of text placed glyph by glyph at the advances the PDF font states, added up exactly as Skia's PDF
        /// writer adds them: it writes a run as one string only while each glyph sits where the previous one's advance
        /// ends, and the advances DrawText lays out with differ from those by a few hundred-thousandths of a point, so
        /// every glyph got its own offset, a third of a page's bytes.
        /// </summary>
        public SKTextBlob? Run(string text, float size)
        {
            var font = At(size);
            var glyphs = font.GetGlyphs(text);
            if (glyphs.Length == 0)
            {
                return null;
            }
            var widths = measureFont.GetGlyphWidths(text);
            var scale = size * 1f / unitsPerEm;
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocateHorizontalRun(font, glyphs.Length, 0);
            var positions = new float[glyphs.Length];
            var x = 0f;
            for (var i = 0; i < glyphs.Length; i++)
            {
                positions[i] = x;
                x += scale * MathF.Round(widths[i] * unitsPerEm / MeasureSize);
            }
            run.SetGlyphs(glyphs);
            run.SetPositions(positions);
            return builder.Build();
        }

        public SKFont At(float size)
        {
            if (!fonts.TryGetValue(size, out var font))
            {
                // Unhinted, linear advances: hinting rounds each advance at small sizes and uneven Latin spacing follows.
                font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
                fonts[size] = font;
            }
            return font;
        }

        public void Dispose()
        {
            measureFont.Dispose();
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }
    }
}
