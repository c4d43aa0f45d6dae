using System.Text.RegularExpressions;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.ReportingPack;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

/// <summary>The pack's report: excluded categories, the group's members and their periods, and tables that keep words whole.</summary>
public sealed partial class PackReportTableTests
{
    private static PlanDocument GroupReport(Language language) => PackReportRenderer.Compose(PackModelBuilder.ForGroup(GroupInputs()), language);

    private static IEnumerable<PlanTable> Tables(PlanDocument document) => document.Sections.SelectMany(s => s.Blocks).OfType<PlanTable>();

    [Theory]
    [InlineData(Language.En, "not included")]
    [InlineData(Language.Zh, "未纳入")]
    public void Compose_ExcludedCategories_ReadNotIncludedNeverZero(Language language, string notIncluded)
    {
        foreach (var document in new[] { GroupReport(language), PackReportRenderer.Compose(PackModelBuilder.ForSubsidiary(Inputs("CP")), language) })
        {
            var categories = Tables(document).First();
            foreach (var category in new[] { "5", "6" })
            {
                var row = categories.Rows.Single(r => r.Cells[0] == category);
                Assert.Equal([notIncluded, notIncluded], row.Cells.Skip(2).Take(2));
            }
        }
    }

    [Fact]
    public void Compose_GroupReport_StatesEachMembersPeriodAndHasAPerSubsidiaryTable()
    {
        var document = GroupReport(Language.En);
        var paragraphs = document.Sections.SelectMany(s => s.Blocks).OfType<PlanParagraph>().Select(p => p.Text).ToList();

        Assert.Contains(paragraphs, p => p.StartsWith("Consolidated for 2023, each subsidiary over its own reporting period: ", StringComparison.Ordinal)
            && p.Contains("CP 2023-01-01–2023-12-31", StringComparison.Ordinal) && p.Contains("NM 2023-09-01–2024-08-31", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Calendar year 2023", StringComparison.Ordinal));
        var members = Tables(document).Single(t => t.Header[0] == "Subsidiary");
        Assert.Equal(4, members.Rows.Count);
        var nm = members.Rows.Single(r => r.Cells[0].EndsWith("(NM)", StringComparison.Ordinal));
        // NM: 15,205 + 31,271 = 46,476 scope 1+2 at 100 % (operational control, controlled)
        Assert.Equal(["2023-09-01 – 2024-08-31", "100 %", "46,476"], nm.Cells.Skip(1).Take(3));
        Assert.Equal(GroupInputs().Inventory.TotalScope12(GhgReports.Inventory.Calculation.Scope2Method.LocationBased),
            PackModelBuilder.ForGroup(GroupInputs()).Boundaries.Members.Sum(m => m.Scope12Tco2e!.Value));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Zh)]
    public void Lay_GroupReport_NoTableBreaksAWord(Language language)
    {
        var document = GroupReport(language);
        var runs = PlanPdf.Lay(document).Texts.Select(t => t.Text.Trim()).ToList();

        var tableWords = Tables(document)
            .SelectMany(t => t.Header.Concat(t.Rows.SelectMany(r => r.Cells)))
            .SelectMany(cell => Latin().Matches(cell).Select(m => m.Value))
            .Where(w => w.Length >= 4)
            .Distinct()
            .ToList();

        Assert.NotEmpty(tableWords);
        // A word broken over two lines ends one laid-out line and starts the next.
        var broken = tableWords
            .SelectMany(w => Enumerable.Range(2, w.Length - 3).Select(k => (Word: w, Head: w[..k], Tail: w[k..])))
            .Where(x => runs.Any(r => r.EndsWith(x.Head, StringComparison.Ordinal) && (r.Length == x.Head.Length || r[^(x.Head.Length + 1)] == ' '))
                && runs.Any(r => r.StartsWith(x.Tail, StringComparison.Ordinal) && (r.Length == x.Tail.Length || !char.IsLetter(r[x.Tail.Length]))))
            .Select(x => $"{x.Head}/{x.Tail}")
            .ToList();
        Assert.Empty(broken);
    }

    [GeneratedRegex("[A-Za-z][A-Za-z-]+")]
    private static partial Regex Latin();
}
