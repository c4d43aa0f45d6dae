using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using UglyToad.PdfPig;

namespace GhgReports.Tests.Plan;

/// <summary>
/// The plan PDF read back as a reader would: text extracted with PdfPig, compared with the seed plan's figures.
/// Rendering the seed group takes a fraction of a second, so each test renders its own.
/// </summary>
public sealed class PlanPdfTests
{
    private static readonly Lazy<byte[]> SeedZh = new(() => Render(PlanSamples.Seed(Language.Zh)));
    private static readonly Lazy<byte[]> SeedEn = new(() => Render(PlanSamples.Seed(Language.En)));
    private static readonly Lazy<byte[]> Large = new(() => Render(PlanSamples.Synthetic(60, Language.Zh)));

    private static byte[] Render(PlanInputs inputs) => PlanPdf.Render(PlanBuilder.Build(inputs));

    /// <summary>Page texts with all white space removed: extraction spacing is the reader's guess, not ours.</summary>
    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Compact(p.Text))];
    }

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string AllText(byte[] pdf) => string.Concat(PageTexts(pdf));

    [Fact]
    public void Render_SeedGroupZh_ContainsEverySectionTitle()
    {
        var text = AllText(SeedZh.Value);

        foreach (var title in PlanDocumentTexts.SectionTitles.Select(t => t.Zh).Append("温室气体减排计划").Append("目录"))
        {
            Assert.Contains(Compact(title), text);
        }
    }

    [Fact]
    public void Render_SeedGroupEn_ContainsEverySectionTitleInEnglish()
    {
        var text = AllText(SeedEn.Value);

        foreach (var title in PlanDocumentTexts.SectionTitles.Select(t => t.En).Append("GHG Reduction Plan"))
        {
            Assert.Contains(Compact(title), text);
        }
    }

    [Fact]
    public void Render_SeedGroup_PrintsEverySubsidiarysCategoryTotals()
    {
        var text = AllText(SeedZh.Value);

        // The plan's own totals, e.g. 创新精密 11,678 / 60,579 / 6,630 / 2,417,620 and 内蒙新材料's 9,093,705.
        foreach (var (code, totals) in SeedSamples.PlanCategoryTotals)
        {
            foreach (var total in totals)
            {
                Assert.Contains(total.ToString("#,##0", CultureInfo.InvariantCulture), text);
            }
        }
        Assert.Contains("2,417,620", text);
        Assert.Contains("9,093,705", text);
    }

    [Fact]
    public void Render_SeedGroup_PrintsTheSeedProcessPathwayOfCp()
    {
        var text = AllText(SeedZh.Value);
        var plan = PlanBuilder.Build(PlanSamples.Seed(Language.Zh));
        var cp = plan.Subsidiaries.Single(s => s.Code == "CP");

        // 72,257 tCO2e ÷ 165,700 t = 0.436 in 2023, then the seed table's 0.424 0.411 0.398 0.385 … 0.347 in 2030.
        string[] expected = ["0.436", "0.424", "0.411", "0.398", "0.385", "0.347"];
        int[] years = [2023, 2024, 2025, 2026, 2027, 2030];
        for (var i = 0; i < years.Length; i++)
        {
            var point = cp.ProcessPathway.Single(p => p.Year == years[i]);
            Assert.Equal(expected[i], point.Value.ToString("0.000", CultureInfo.InvariantCulture));
            Assert.Contains(expected[i], text);
        }
        Assert.Equal(2030, cp.ProcessPathway[^1].Year);
    }

    [Fact]
    public void Render_SeedGroup_EveryPageButTheCoverHasHeaderAndFooterWithThePageCount()
    {
        var pages = PageTexts(SeedZh.Value);

        Assert.True(pages.Count >= 8, $"only {pages.Count} pages");
        Assert.DoesNotContain("第1页", pages[0]);
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Contains("创新集团（样例）·温室气体减排计划", pages[i]);
            Assert.Contains($"第{i + 1}页/共{pages.Count}页", pages[i]);
        }
    }

    [Fact]
    public void Render_SeedGroup_PrintsEachSubsidiarysGoalsInTheDocumentsLanguage()
    {
        var zh = AllText(SeedZh.Value);
        var en = AllText(SeedEn.Value);

        Assert.Contains(Compact("建立全面的碳排放监测体系"), zh);
        Assert.Contains(Compact("Build a complete carbon monitoring system"), en);
        Assert.DoesNotContain(Compact("建立全面的碳排放监测体系"), en);
        Assert.Contains(Compact("The 2023 intensity is as high as 3.234"), en);
        // Measures and declared targets too: the English table names the measure in English, the bullets describe it.
        Assert.Contains(Compact("Rooftop PV (installed)"), en);
        Assert.Contains(Compact("Paperless office"), en);
        Assert.Contains(Compact("Cut the organisation's greenhouse gas intensity by 5% a year"), en);
        Assert.Contains(Compact("屋顶光伏（已安装）"), zh);
        // The period warning names subsidiaries by code in English (the workbooks give Chinese names only).
        Assert.Contains(Compact("mix periods: NM 2023-09-01..2024-08-31"), en);
    }

    [Fact]
    public void Render_SeedGroupEn_FooterIsPageOfCount()
    {
        var pages = PageTexts(SeedEn.Value);

        for (var i = 1; i < pages.Count; i++)
        {
            Assert.EndsWith($"{i + 1}/{pages.Count}", pages[i]);
        }
    }

    [Fact]
    public void Render_LargeGroup_TableRowsStayOnOnePageAndHeaderRowRepeats()
    {
        using var document = PdfDocument.Open(Large.Value);
        var pagesWithLineageRows = 0;
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            // Lineage rows: the submission id in column 2 and the calculation settings in column 5 share a baseline.
            var ids = words.Where(w => w.Text.StartsWith('S') && w.Text.Contains("-2023-", StringComparison.Ordinal)).ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            pagesWithLineageRows++;
            Assert.Contains("提交编号", Compact(page.Text));
            foreach (var id in ids)
            {
                Assert.Contains(words, w => w.Text.StartsWith("AR5", StringComparison.Ordinal)
                    && Math.Abs(w.BoundingBox.Bottom - id.BoundingBox.Bottom) < 1.0);
            }
        }
        Assert.True(pagesWithLineageRows >= 2, "the lineage table should run over more than one page");

        // Layout level: every row of every table was placed whole on one page, and the page holds the header.
        var laidOut = PlanPdf.Lay(PlanBuilder.Build(PlanSamples.Synthetic(60, Language.Zh)));
        var tables = laidOut.Rows.GroupBy(r => r.Table).ToList();
        Assert.Contains(tables, t => t.Select(r => r.Page).Distinct().Count() > 1);
        Assert.All(laidOut.Rows.GroupBy(r => (r.Table, r.Row)), g => Assert.Single(g));
    }

    [Fact]
    public void Render_SeedGroup_EmbedsOneSubsetTrueTypeFontPerWeight()
    {
        var pdf = SeedZh.Value;
        var raw = Encoding.Latin1.GetString(pdf);

        // TrueType programs are embedded as /FontFile2; Type 3 would mean unextractable glyph drawings.
        Assert.Contains("/FontFile2", raw);
        Assert.DoesNotContain("/Type3", raw);
        // The full font is 10.5 MB per weight; the subset plan stays well under 1 MB.
        Assert.True(pdf.Length < 1_000_000, $"{pdf.Length:N0} bytes");
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("NotoSansSC", f, StringComparison.Ordinal));
        Assert.InRange(fonts.Count, 1, 2);
    }

    [Fact]
    public void Render_SeedGroup_ExtractsChineseWithoutKangxiRadicals()
    {
        var text = AllText(SeedZh.Value);

        Assert.Contains("温室气体减排计划", text);
        Assert.Contains("四、目标设定", text);
        // 气, 目, 页 share glyphs with Kangxi radicals (U+2F00–U+2FDF) and CJK radicals (U+2E80–U+2EFF).
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Render_SameInputsTwice_IdenticalBytesUnderAnyCulture()
    {
        var first = Render(PlanSamples.Seed(Language.Zh));
        var culture = CultureInfo.CurrentCulture;
        byte[] second;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            second = Render(PlanSamples.Seed(Language.Zh));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
        // The dates are the data snapshot's (2024-10-15 09:30 UTC), not the clock's.
        Assert.Contains("D:20241015093000", Encoding.Latin1.GetString(first));
    }

    [Fact]
    public void Render_SubsidiaryWithoutCurrentData_ListedAsMissingAndExcludedFromGroup()
    {
        var inputs = PlanSamples.Seed(Language.Zh, "LW");
        var plan = PlanBuilder.Build(inputs);
        var text = AllText(PlanPdf.Render(plan));

        Assert.Equal(PlanSubsidiaryStatus.Missing, plan.Subsidiaries.Single(s => s.Code == "LW").Status);
        Assert.Contains("内蒙古创新轻量化新材料有限公司（LW）", text);
        Assert.Contains("未计入集团合计", text);
        Assert.Contains("集团合计（3家）", text);
        // Group category 1 without LW: 11,678 + 16,697 + 15,205 = 43,580.
        Assert.Contains("43,580", text);
        Assert.Contains("缺失：无当期数据", text);
    }

    [Fact]
    public void Render_SubsidiaryWithoutPathwayData_SaysSoInsteadOfFailing()
    {
        var inputs = PlanSamples.Seed(Language.Zh);
        var lw = inputs.Subsidiaries.Single(s => s.Registered.Code == "LW");
        var workbook = lw.Current!.Workbook with
        {
            Entity = lw.Current.Workbook.Entity with { OutputTonnes = 0m, PurchasedAluminiumTonnes = 0m },
            DeclaredPathway = [],
        };
        var data = new PlanSubsidiaryData(workbook, PlanSamples.Calculate(workbook, "LW-2023-0002"), "LW-2023-0002");
        inputs = inputs with { Subsidiaries = [.. inputs.Subsidiaries.Select(s => s.Registered.Code == "LW" ? s with { Current = data } : s)] };

        var plan = PlanBuilder.Build(inputs);
        var text = AllText(PlanPdf.Render(plan));

        Assert.Empty(plan.Subsidiaries.Single(s => s.Code == "LW").ProcessPathway);
        Assert.Contains("内蒙轻量化没有可计算减排路径的数据", text);
        Assert.Contains("0.436", text);
    }

    [Fact]
    public void Render_SeedGroupZh_EachChartsLegendIsOneRowOfItsThreeSeries()
    {
        using var document = PdfDocument.Open(SeedZh.Value);
        var rows = new List<(double Target, double Declared, double Actual)>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.ToList();
            var declared = Baselines(letters, "子公司填报");
            var actual = Baselines(letters, "实际值");
            // A legend row starts with the target pathway's label; the other two labels are the nearest of theirs.
            foreach (var y in Baselines(letters, "目标路径"))
            {
                rows.Add((y, declared.MinBy(d => Math.Abs(d - y)), actual.MinBy(a => Math.Abs(a - y))));
            }
        }

        // Eight charts (two per subsidiary), each with its three labels on one baseline, as extractable text.
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.True(Math.Abs(r.Target - r.Declared) < 0.5 && Math.Abs(r.Target - r.Actual) < 0.5, $"baselines {r}"));
    }

    /// <summary>The baseline of each occurrence of <paramref name="word"/> on a page, top first.</summary>
    private static List<double> Baselines(List<UglyToad.PdfPig.Content.Letter> letters, string word)
    {
        var found = new List<double>();
        for (var i = 0; i + word.Length <= letters.Count; i++)
        {
            if (Enumerable.Range(0, word.Length).All(k => letters[i + k].Value == word[k].ToString()))
            {
                found.Add(letters[i].StartBaseLine.Y);
            }
        }
        return [.. found.OrderByDescending(y => y)];
    }

    [Fact]
    public void Lay_SeedGroupEn_TwoChartsPerSubsidiaryWithEnglishAxisTitles()
    {
        var laidOut = PlanPdf.Lay(PlanBuilder.Build(PlanSamples.Seed(Language.En)));
        var all = laidOut.Charts.ToList();
        // The executive summary's group chart comes first; then two per subsidiary.
        var summary = all[0];
        var charts = all.Skip(1).ToList();

        Assert.Contains("derived group pathway", summary.Caption, StringComparison.Ordinal);
        Assert.Equal([PlanSeriesKind.Target, PlanSeriesKind.Actual], summary.Series.Select(s => s.Kind));
        Assert.Equal(8, charts.Count);
        // The English edition is English throughout, axes included.
        Assert.All(all, c => Assert.Equal("Year", c.XTitle));
        Assert.All(charts, c => Assert.StartsWith("Intensity", c.YTitle, StringComparison.Ordinal));
        Assert.All(all, c => Assert.DoesNotContain(c.XTitle + c.YTitle + string.Concat(c.Series.Select(s => s.Name)), ch => ch >= '\u2E80'));
        Assert.All(charts, c => Assert.Contains(c.Series, s => s.Kind == PlanSeriesKind.Actual && s.Points.Count == 1));
    }
}
