using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using GhgReports.Localization;
using GhgReports.Plan;

namespace GhgReports.Tests.Plan;

/// <summary>
/// What the seed plan's bytes are spent on (docs/benchmarks.md, "Reduction plan size"): two font programs cut to the
/// characters drawn and the pages' own drawing, nothing else. Each test holds one of the cuts; the ceilings are ones the
/// plan exceeded before them (337,848 bytes in Chinese, 255,409 in English).
/// </summary>
public sealed partial class PlanPdfSizeTests
{
    private static readonly Lazy<byte[]> SeedZh = new(() => PlanPdf.Render(PlanBuilder.Build(PlanSamples.Seed(Language.Zh))));
    private static readonly Lazy<byte[]> SeedEn = new(() => PlanPdf.Render(PlanBuilder.Build(PlanSamples.Seed(Language.En))));

    [Fact]
    public void Render_SeedGroup_StaysUnderTheSizeCeilingOfEachEdition()
    {
        Assert.True(SeedZh.Value.Length < 230_000, $"Chinese edition: {SeedZh.Value.Length:N0} bytes");
        Assert.True(SeedEn.Value.Length < 130_000, $"English edition: {SeedEn.Value.Length:N0} bytes");
    }

    [Fact]
    public void Render_SeedGroup_DrawsChartsWithoutSoftMaskedGroups()
    {
        // A chart that cleared its canvas made Skia wrap the page drawn so far in a soft-masked transparency group, once
        // per chart and nested: 40 form objects and ~100 KB in the Chinese edition.
        foreach (var pdf in new[] { SeedZh.Value, SeedEn.Value })
        {
            var raw = Encoding.Latin1.GetString(pdf);
            Assert.DoesNotContain("/Subtype /Form", raw);
            Assert.DoesNotContain("/SMask <<", raw);
        }
    }

    [Fact]
    public void Render_SeedGroup_EmbedsTwoFontProgramsWithoutLayoutTables()
    {
        var programs = FontPrograms(SeedZh.Value);

        // One program per weight for the whole document.
        Assert.Equal(2, programs.Count);
        foreach (var tables in programs.Select(TableTags))
        {
            Assert.Contains("glyf", tables);
            Assert.Contains("cmap", tables);
            // Nothing shapes text from the embedded font: layout tables and vertical metrics are dead weight.
            Assert.DoesNotContain("GSUB", tables);
            Assert.DoesNotContain("GPOS", tables);
            Assert.DoesNotContain("vmtx", tables);
        }
    }

    [Fact]
    public void Render_SeedGroup_WritesTextRunsAsStringsNotGlyphByGlyph()
    {
        // Each glyph of a run used to get its own offset and string ("6.5999889 0 Td <004F> Tj"): one glyph per string,
        // a third of the Chinese edition's pages and all of the English edition's. The charts' labels, drawn by
        // ScottPlot, still place glyphs one by one; the text of the pages is most of it.
        foreach (var pdf in new[] { SeedZh.Value, SeedEn.Value })
        {
            var strings = ContentStreams(pdf).SelectMany(c => ShownString().Matches(c).Select(m => m.Groups[1].Value.Length / 4)).ToList();
            Assert.True(strings.Average() > 3, $"{strings.Average():0.0} glyphs per string");
            Assert.Contains(strings, glyphs => glyphs >= 40);
        }
    }

    /// <summary>The page content streams (those that draw text), inflated.</summary>
    private static IEnumerable<string> ContentStreams(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        foreach (Match header in StreamHeader().Matches(raw))
        {
            var length = int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            string text;
            try
            {
                using var inflate = new ZLibStream(new MemoryStream(pdf, header.Index + header.Length, length), CompressionMode.Decompress);
                using var reader = new StreamReader(inflate, Encoding.Latin1);
                text = reader.ReadToEnd();
            }
            catch (InvalidDataException)
            {
                continue;
            }
            if (text.Contains("BT\n", StringComparison.Ordinal))
            {
                yield return text;
            }
        }
    }

    /// <summary>The embedded TrueType programs (/FontFile2 streams), inflated.</summary>
    private static List<byte[]> FontPrograms(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var programs = new List<byte[]>();
        foreach (Match reference in FontFileReference().Matches(raw))
        {
            var header = new Regex($@"\n{reference.Groups[1].Value} 0 obj\s*<<(?<dict>.*?)>>\s*stream\r?\n", RegexOptions.Singleline).Match(raw);
            Assert.True(header.Success, $"object {reference.Groups[1].Value} not found");
            var length = int.Parse(Regex.Match(header.Groups["dict"].Value, @"/Length (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var inflate = new ZLibStream(new MemoryStream(pdf, header.Index + header.Length, length), CompressionMode.Decompress);
            using var program = new MemoryStream();
            inflate.CopyTo(program);
            programs.Add(program.ToArray());
        }
        return programs;
    }

    /// <summary>The table tags of an sfnt font's table directory.</summary>
    private static List<string> TableTags(byte[] font)
    {
        var count = font[4] << 8 | font[5];
        return [.. Enumerable.Range(0, count).Select(i => Encoding.ASCII.GetString(font, 12 + 16 * i, 4))];
    }

    [GeneratedRegex(@"<([0-9A-F]+)> Tj")]
    private static partial Regex ShownString();

    [GeneratedRegex(@"/Length (\d+)[^>]*>>\s*stream\r?\n")]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/FontFile2 (\d+) 0 R")]
    private static partial Regex FontFileReference();
}
