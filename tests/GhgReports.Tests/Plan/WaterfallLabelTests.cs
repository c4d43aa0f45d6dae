using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Plan.Layout;
using GhgReports.Plan.Pdf;
using SkiaSharp;

namespace GhgReports.Tests.Plan;

/// <summary>
/// The gap waterfall's labels as the renderer places them: no value label touches a bar or another label, every one
/// stays under the frame, and the category labels under the axis keep apart, in both editions for 2023 and 2024 and in
/// a crowded case where labels placed plainly above their bars would collide.
/// </summary>
public sealed class WaterfallLabelTests
{
    public static TheoryData<int, Language> Editions => new() { { 2023, Language.Zh }, { 2023, Language.En }, { 2024, Language.Zh }, { 2024, Language.En } };

    private static PlanWaterfall Waterfall(int year, Language lang) =>
        PlanBuilder.Build(year == 2023 ? PlanSamples.Seed(lang) : PlanSamples.LaterYear(year, lang)).Sections[0].Blocks.OfType<PlanWaterfall>().Single();

    private static void AssertApart(PlanWaterfallRenderer.Placement placement)
    {
        var values = placement.Values.Select(v => v.Box).ToList();
        var categories = placement.Categories.Select(c => c.Box).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            Assert.All(placement.Bars, bar => Assert.False(values[i].IntersectsWith(bar), $"value label {i} on a bar"));
            Assert.All(values.Where((_, j) => j != i), other => Assert.False(values[i].IntersectsWith(other), $"value label {i} on another"));
            Assert.All(categories, c => Assert.False(values[i].IntersectsWith(c), $"value label {i} on a category label"));
            Assert.True(values[i].Top >= placement.DataArea.Top && values[i].Bottom <= placement.DataArea.Bottom, $"value label {i} outside the frame");
        }
        for (var i = 0; i < categories.Count; i++)
        {
            Assert.All(categories.Where((_, j) => j != i), other => Assert.False(categories[i].IntersectsWith(other), $"category label {i} on another"));
            Assert.True(categories[i].Top >= placement.DataArea.Bottom, $"category label {i} inside the frame");
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Layout_PlanWaterfall_LabelsTouchNoBarAndNoOtherLabel(int year, Language lang)
    {
        var waterfall = Waterfall(year, lang);

        var placement = PlanWaterfallRenderer.Layout(waterfall, PageGeometry.ContentWidth, PageGeometry.ChartHeight, PlanFont.Regular.Full);

        Assert.Equal(waterfall.Bars.Count, placement.Values.Count);
        Assert.Equal(waterfall.Bars.Select(PlanWaterfallRenderer.ValueLabel), placement.Values.Select(v => Assert.Single(v.Lines)));
        AssertApart(placement);
    }

    [Fact]
    public void Layout_NarrowChartWithEightFigureValues_MovesCollidingLabelsUpAndWrapsTheCategories()
    {
        // Changes of a few thousand tonnes on a base of millions, in a chart a third of the page wide: the value labels
        // (−1,234,567 is wider than a bar) of neighbouring bars would overlap at one height if simply set above their bars.
        var waterfall = new PlanWaterfall("", "tCO2e",
        [
            new PlanBar("Base 2023", 15_000_000m, PlanBarKind.Level),
            new PlanBar("Change to 2024", -4_321m, PlanBarKind.Change),
            new PlanBar("Planned measures", -1_234_567m, PlanBarKind.Change),
            new PlanBar("Beyond the target", 1_230_000m, PlanBarKind.Change),
            new PlanBar("Target 2025", 14_991_112m, PlanBarKind.Level),
        ], 13_000_000m);

        var placement = PlanWaterfallRenderer.Layout(waterfall, 300f, PageGeometry.ChartHeight, PlanFont.Regular.Full);

        AssertApart(placement);
        // Set plainly above their bars, some neighbours' labels would overlap (the last three bars end within 5,000 t
        // of one another); the placement moved at least one of them up.
        var plain = placement.Values.Select((v, i) => SKRect.Create(v.Box.Left, placement.Bars[i].Top - 3f - v.Box.Height, v.Box.Width, v.Box.Height)).ToList();
        Assert.Contains(plain.SelectMany((a, i) => plain.Skip(i + 1), (a, b) => a.IntersectsWith(b)), overlaps => overlaps);
        Assert.Contains(placement.Values.Select((v, i) => v.Box.Bottom < placement.Bars[i].Top - 4f), moved => moved);
        // Two lines of "Beyond the target" do not fit a fifth of the plot: one word a line.
        Assert.Equal(["Beyond", "the", "target"], placement.Categories[3].Lines);
    }
}
