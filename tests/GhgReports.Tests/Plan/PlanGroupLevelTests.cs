using System.Text.RegularExpressions;
using GhgReports.Localization;
using GhgReports.Plan;
using UglyToad.PdfPig;
using G = GhgReports.Localization.PlanGroupLevelTexts;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Tests.Plan;

/// <summary>
/// A group above <see cref="PlanBuilder.GroupLevelThreshold"/> subsidiaries: the body at group level (stages, performers,
/// themes) and one annex block per subsidiary, in 2023 and in a later year (earlier years stored).
/// </summary>
public sealed class PlanGroupLevelTests
{
    private const int Members = 30;

    private static readonly Dictionary<(int, Language), (PlanDocument Plan, byte[] Pdf)> Rendered = [];

    private static (PlanDocument Plan, byte[] Pdf) Render(int year, Language lang)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue((year, lang), out var found))
            {
                var plan = PlanBuilder.Build(PlanSamples.Synthetic(Members, lang, year));
                found = (plan, PlanPdf.Render(plan));
                Rendered[(year, lang)] = found;
            }
            return found;
        }
    }

    private static PlanSection Section(PlanDocument plan, Bilingual title) => plan.Sections.Single(s => s.Title == title.In(plan.Language));

    private static int Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Build_AboveTheThreshold_StatusIsByStageWithoutASubsidiarySubsection(int year)
    {
        var (plan, _) = Render(year, Language.Zh);
        var status = Section(plan, T.Status);

        // The old layout gave each subsidiary a （n） heading and a category table in 三; now the only heading is the hotspots'.
        Assert.Equal([T.HotspotsHeading.Zh], status.Blocks.OfType<PlanHeading>().Select(h => h.Text));
        var stageTable = status.Blocks.OfType<PlanTable>().First();
        Assert.Equal(G.ColumnStage.Zh, stageTable.Header[0]);
        // Four stages among the seed subsidiaries, then the group row; every 25th member is missing (S025).
        var stages = PlanSamples.Synthetic(Members, Language.Zh, year).Subsidiaries
            .Select(s => s.Current?.Workbook.Entity.ProductionStage ?? s.Registered.ProductionStage).Distinct().Count();
        Assert.Equal(stages + 1, stageTable.Rows.Count);
        Assert.Contains(status.Blocks.OfType<PlanParagraph>(), p => p.Text.Contains("S025", StringComparison.Ordinal) && p.Text.Contains("1 家", StringComparison.Ordinal));
        Assert.Equal($"{T.GroupTotalRow.Format(Members - 1).Zh}", stageTable.Rows[^1].Cells[0]);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Build_AboveTheThreshold_TargetsShowStagePathwaysAndTheBestAndWorstAgainstTheirOwnPathway(int year)
    {
        var (plan, _) = Render(year, Language.En);
        var targets = Section(plan, T.Targets);
        var headings = targets.Blocks.OfType<PlanHeading>().Select(h => h.Text).ToList();

        // After the group's progress (a later year only), the stages and the performers: no heading per subsidiary.
        Assert.Equal([G.StagePathwaysHeading.En, G.PerformersHeading.En], headings.TakeLast(2));
        Assert.Equal(year > 2023 ? 3 : 2, headings.Count);
        Assert.NotEmpty(targets.Blocks.OfType<PlanChart>());
        var performers = targets.Blocks.OfType<PlanTable>().Where(t => t.Header[^1] == G.ColumnGapToPathway.En).ToList();
        Assert.Equal(2, performers.Count);
        var best = performers[0].Rows.Select(r => Deviation(r.Cells[5])).ToList();
        var worst = performers[1].Rows.Select(r => Deviation(r.Cells[5])).ToList();
        Assert.Equal(10, best.Count);
        Assert.Equal(10, worst.Count);
        // Best first, from furthest below the pathway; the worst list from furthest above, and no better than the best.
        Assert.Equal(best.Order(), best);
        Assert.Equal(worst.OrderDescending(), worst);
        Assert.True(worst[0] >= best[^1]);
        // The deviation is the printed intensity against the printed pathway (one decimal, rounded figures apart).
        foreach (var row in performers.SelectMany(t => t.Rows))
        {
            var actual = decimal.Parse(row.Cells[3], System.Globalization.CultureInfo.InvariantCulture);
            var pathway = decimal.Parse(row.Cells[4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(Deviation(row.Cells[5]), (actual - 0.0005m) / (pathway + 0.0005m) * 100m - 100.05m, (actual + 0.0005m) / (pathway - 0.0005m) * 100m - 99.95m);
        }
    }

    private static decimal Deviation(string cell) => decimal.Parse(cell.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Build_AboveTheThreshold_EachSubsidiaryHasOneAnnexBlockAndNoRepeatedSections(int year)
    {
        var (plan, _) = Render(year, Language.Zh);
        var annex = Section(plan, G.Annex);

        Assert.True(annex.StartsPage);
        Assert.Equal(plan.Sections[^2], annex);
        var headings = annex.Blocks.OfType<PlanHeading>().Select(h => h.Text).ToList();
        Assert.Equal(Members, headings.Count);
        Assert.All(plan.Subsidiaries, s => Assert.Single(headings, h => h.Contains($"（{s.Code}）", StringComparison.Ordinal)));
        // Compact: no table and no chart per subsidiary, in the annex or in sections 四 and 五.
        Assert.Empty(annex.Blocks.OfType<PlanTable>());
        Assert.Empty(annex.Blocks.OfType<PlanChart>());
        Assert.True(Section(plan, T.Targets).Blocks.OfType<PlanChart>().Count() < 6);
        // Section 五 by theme in one table: its only heading is the abatement economics', no theme or subsidiary headings.
        Assert.All(Section(plan, T.Measures).Blocks.OfType<PlanHeading>(), h => Assert.Equal(EconomicsTexts.Heading.Zh, h.Text));
        // A missing member says so in its block.
        var missing = headings.FindIndex(h => h.Contains("（S025）", StringComparison.Ordinal));
        var afterMissing = annex.Blocks.SkipWhile(b => b is not PlanHeading h || h.Text != headings[missing]).Skip(1).First();
        Assert.Equal(G.AnnexMissing.Format(year).Zh, ((PlanParagraph)afterMissing).Text);
    }

    [Fact]
    public void Render_AboveTheThreshold_FarFewerPagesThanTheSubsidiaryBySubsidiaryLayout()
    {
        var inputs = PlanSamples.Synthetic(Members, Language.Zh, 2024);
        var groupLevel = Pages(Render(2024, Language.Zh).Pdf);
        var bySubsidiary = Pages(PlanPdf.Render(PlanBuilder.Build(inputs with { GroupLevelAbove = int.MaxValue })));

        Assert.True(groupLevel * 2 < bySubsidiary, $"group-level {groupLevel} pages against {bySubsidiary} subsidiary by subsidiary");
    }

    [Fact]
    public void Build_AtTheThreshold_KeepsTheSubsidiaryBySubsidiaryLayout()
    {
        var plan = PlanBuilder.Build(PlanSamples.Synthetic(PlanBuilder.GroupLevelThreshold, Language.Zh));
        var seed = PlanBuilder.Build(PlanSamples.Seed(Language.Zh));

        foreach (var small in new[] { plan, seed })
        {
            Assert.Equal(T.SectionTitles.Select(t => t.Zh), small.Sections.Skip(1).Select(s => s.Title));
            Assert.DoesNotContain(small.Sections, s => s.StartsPage);
        }
        Assert.Equal(PlanBuilder.GroupLevelThreshold, Section(plan, T.Targets).Blocks.OfType<PlanHeading>().Count());
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Render_AboveTheThresholdEn_IsEnglishThroughoutExceptQuotedWorkbookProse(int year)
    {
        using var document = PdfDocument.Open(Render(year, Language.En).Pdf);
        var text = string.Concat(document.GetPages().Select(p => new string([.. p.Text.Where(c => !char.IsWhiteSpace(c))])));

        // The same rule as the small plan's English edition: Chinese only inside quotation marks.
        var unquoted = Regex.Replace(Regex.Replace(text, "“[^”]*”", ""), @"'[^']*[\u2E80-\u9FFF][^']*'", "");
        var chinese = Regex.Matches(unquoted, @"[\u2E80-\u9FFF\uFF00-\uFFEF]+").Select(m => m.Value).Distinct().ToList();
        Assert.True(chinese.Count == 0, "unquoted Chinese: " + string.Join(" | ", chinese));
        Assert.Contains(G.Annex.En.Replace(" ", "", StringComparison.Ordinal), text);
        Assert.Contains(G.PerformersHeading.En.Replace(" ", "", StringComparison.Ordinal), text);
    }
}
