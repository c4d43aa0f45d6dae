using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Plan.Layout;

namespace GhgReports.Tests.Plan;

/// <summary>
/// A subsidiary's process and purchased-aluminium pathway charts share one band, side by side, each with its caption
/// under it within its own half: the same figures in half the height of two charts in turn.
/// </summary>
public sealed class PlanChartPairTests
{
    [Theory]
    [InlineData(2023, Language.Zh)]
    [InlineData(2024, Language.En)]
    public void Lay_PathwayCharts_SideBySideWithTheirCaptionsUnderThem(int year, Language lang)
    {
        var plan = PlanBuilder.Build(year == 2023 ? PlanSamples.Seed(lang) : PlanSamples.LaterYear(year, lang));
        var laidOut = PlanPdf.Lay(plan);
        var pathwayCharts = plan.Sections.SelectMany(s => s.Blocks).OfType<PlanChart>().Skip(1).ToList();

        foreach (var page in laidOut.Pages)
        {
            var boxes = page.Items.OfType<ChartBox>().Where(b => b.Figure is PlanChart chart && pathwayCharts.Contains(chart)).ToList();
            Assert.True(boxes.Count % 2 == 0, $"page {page.Number}: a pathway chart without its pair");
            foreach (var pair in boxes.Chunk(2))
            {
                var (left, right) = (pair[0], pair[1]);
                Assert.Equal(left.Y, right.Y);
                Assert.Equal(left.Width, right.Width);
                Assert.Equal(left.Height, right.Height);
                Assert.True(left.X + left.Width < right.X, "the two charts overlap");
                Assert.True(left.X >= PageGeometry.Left - 0.01f && right.X + right.Width <= PageGeometry.Right + 0.01f);
                Assert.True(left.Width < PageGeometry.ContentWidth / 2f);
                // Each caption's lines lie under its own chart, within its half of the page.
                foreach (var box in pair)
                {
                    var caption = ((PlanChart)box.Figure).Caption;
                    var lines = page.Items.OfType<TextRun>().Where(t => t.Y > box.Y + box.Height && t.Y < box.Y + box.Height + 60f
                        && t.X >= box.X - 0.01f && t.X + 1f <= box.X + box.Width && caption.Contains(t.Text, StringComparison.Ordinal)).ToList();
                    Assert.Equal(caption.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.OrderBy(l => l.Y).Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal));
                }
            }
        }
        Assert.Equal(pathwayCharts.Count, laidOut.Charts.Count() - 1);
    }
}
