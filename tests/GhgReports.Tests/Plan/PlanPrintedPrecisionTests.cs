using System.Text.RegularExpressions;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Plan;
using UglyToad.PdfPig;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Tests.Plan;

/// <summary>
/// Appendix A prints the consistency warnings with the precision the plan gives each metric elsewhere, read from the
/// text of the rendered 2024 plan (the synthetic later-year samples): process intensities to 3 decimals, purchased
/// aluminium to 1, tCO2e whole with separators, savings under 10 t to 2, percentages to 1.
/// </summary>
public sealed class PlanPrintedPrecisionTests
{
    private static readonly Regex Number = new(@"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?", RegexOptions.CultureInvariant);

    private static string AppendixA(Language lang)
    {
        using var document = PdfDocument.Open(PlanPdf.Render(PlanBuilder.Build(PlanSamples.LaterYear(2024, lang))));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var start = Heading(T.AppendixWarnings.In(lang)).Matches(text).Last().Index;
        var end = Heading(T.AppendixFactors.In(lang)).Match(text, start).Index;
        Assert.True(end > start);
        return text[start..end];
    }

    /// <summary>A heading as extracted text: its characters in order, whatever spacing the extraction put between them.</summary>
    private static Regex Heading(string heading) =>
        new(string.Join(@"\s*", heading.Where(c => !char.IsWhiteSpace(c)).Select(c => Regex.Escape(c.ToString()))), RegexOptions.CultureInvariant);

    /// <summary>Quoted workbook prose keeps the subsidiary's own figures ("0.2tCO2e", "15.1 t CO2/t 铝"): not ours to round.</summary>
    private static string WithoutQuotes(string item, Language lang) => lang == Language.En
        ? Regex.Replace(item, @"'[^']*[\u2E80-\u9FFF][^']*'|'万kWh'", " ")
        : Regex.Replace(item, "“[^”]*”", " ");

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Zh)]
    public void AppendixA_2024_NoNumberCarriesMoreDecimalsThanItsMetric(Language lang)
    {
        var appendix = AppendixA(lang);
        var items = Regex.Split(appendix, @"(?=(?<!\d)\d{1,2}\.\s*[\[【])").Skip(1).Select(i => WithoutQuotes(i, lang)).ToList();
        Assert.True(items.Count >= 10, appendix);
        var process = PlanTexts.ProcessPathway.In(lang).Replace(" ", "", StringComparison.Ordinal);
        var purchased = lang == Language.En ? "purchased[ -]aluminium" : "采购铝";
        var checkedUnits = new Dictionary<string, int>();
        var wrong = new List<string>();

        foreach (var item in items)
        {
            var compact = item.Replace(" ", "", StringComparison.Ordinal);
            var namesProcess = compact.Contains(process, StringComparison.OrdinalIgnoreCase);
            var namesPurchased = Regex.IsMatch(item, purchased, RegexOptions.IgnoreCase);
            foreach (Match m in Number.Matches(item))
            {
                var decimals = m.Groups[2].Success ? m.Groups[2].Length : 0;
                var whole = m.Groups[1].Value;
                var after = item[(m.Index + m.Length)..].TrimStart();
                var value = decimal.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
                string unit;
                bool ok;
                if (after.StartsWith("tCO2e/t", StringComparison.Ordinal))
                {
                    // One metric per pathway: exactly the table's decimals where the item concerns one pathway only.
                    unit = "tCO2e/t";
                    ok = namesPurchased && !namesProcess ? decimals == 1 : namesProcess && !namesPurchased ? decimals == 3 : decimals <= 3;
                }
                else if (after.StartsWith("tCO2e/yr", StringComparison.Ordinal) || after.StartsWith("tCO2e/年", StringComparison.Ordinal))
                {
                    // Savings: whole tonnes from 10 t, two decimals below (the measures table's format).
                    unit = "tCO2e/yr";
                    ok = value >= 10m ? decimals == 0 : decimals <= 2;
                }
                else if (after.StartsWith("tCO2e", StringComparison.Ordinal) || Regex.IsMatch(after, @"^t(?![A-Za-z0-9])"))
                {
                    // Emissions and tonnes: whole, with thousands separators.
                    unit = "t";
                    ok = decimals == 0 && (value < 1000m || whole.Contains(',', StringComparison.Ordinal));
                }
                else if (after.StartsWith('%'))
                {
                    unit = "%";
                    ok = decimals <= 1;
                }
                else
                {
                    // Years, rows, declared amounts and ratios: nothing the plan prints is finer than a process intensity.
                    unit = "other";
                    ok = decimals <= 3;
                }
                checkedUnits[unit] = checkedUnits.GetValueOrDefault(unit) + 1;
                if (!ok)
                {
                    wrong.Add($"{m.Value} {after[..Math.Min(12, after.Length)]} in: {item[..Math.Min(90, item.Length)]}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The appendix has figures of every kind, so the rules above were applied, not skipped.
        Assert.All(["tCO2e/t", "tCO2e/yr", "t", "%"], unit => Assert.True(checkedUnits.GetValueOrDefault(unit) > 0, unit));
    }

    [Fact]
    public void AppendixA_2024En_KeepsTheExactValuesInTheWarningsFigures()
    {
        var plan = PlanBuilder.Build(PlanSamples.LaterYear(2024, Language.En));
        var warning = plan.Notices.SelectMany(n => n.Warnings).Single(w => w.SubsidiaryCode == "YN" && w.Code == PlanWarningCodes.PathwayNotFromBase);

        // YN's 2023 base: 3,409,015 tCO2e over 86,000 t = 39.63971 tCO2e/t, printed as the table prints it: 39.6.
        Assert.Equal("39.63971", warning.Figures["baseIntensity"]);
        Assert.Contains("base intensity 39.6 tCO2e/t", warning.Message.En, StringComparison.Ordinal);
    }
}
