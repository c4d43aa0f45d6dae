using ClosedXML.Excel;
using GhgReports.Intake;
using GhgReports.Intake.Template;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>
/// The template pre-filled for one subsidiary and year (for `ghg template --subsidiary CP --year 2024` and the
/// page's button): the Entity sheet carries the code and year as intake reads them, the tables keep their examples.
/// </summary>
public sealed class PrefilledTemplateTests
{
    /// <summary>The value cell (column C) of an Entity field: one row per field below the header.</summary>
    internal static IXLCell EntityValue(XLWorkbook workbook, string key) =>
        workbook.Worksheet(S.Entity.TemplateName).Cell(S.Entity.Fields.ToList().FindIndex(f => f.Key == key) + 2, 3);

    [Fact]
    public void Write_Prefilled2024_EntityCarriesCodeYearAndName()
    {
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, SampleWorkbooks.Factors, new TemplatePrefill("CP", 2024, "山东创新精密科技有限公司"));
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        Assert.Equal("CP", EntityValue(workbook, "subsidiary_code").GetString());
        Assert.Equal(2024, EntityValue(workbook, "reporting_year").GetValue<int>());
        Assert.Equal("山东创新精密科技有限公司", EntityValue(workbook, "subsidiary_name").GetString());
        // Everything else on the Entity sheet is the officer's to fill; the tables keep their example rows.
        Assert.True(EntityValue(workbook, "base_year").IsEmpty());
        Assert.StartsWith("示例", workbook.Worksheet(S.Sources.TemplateName).Cell(3, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Prefilled2024_IntakeNoLongerMissesTheCodeOrTheYear()
    {
        using var blank = SampleWorkbooks.Write(data: null);
        using var prefilled = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(prefilled, SampleWorkbooks.Factors, new TemplatePrefill("CP", 2024));
        prefilled.Position = 0;
        var codeCell = EntityCell("subsidiary_code");
        var yearCell = EntityCell("reporting_year");

        var before = new WorkbookCheck(SampleWorkbooks.Factors).Check(blank);
        var after = new WorkbookCheck(SampleWorkbooks.Factors).Check(prefilled);

        Assert.Contains(before.Problems, p => p.Cell == codeCell);
        Assert.Contains(before.Problems, p => p.Cell == yearCell);
        Assert.DoesNotContain(after.Problems, p => p.Sheet == S.Entity.TemplateName && (p.Cell == codeCell || p.Cell == yearCell));
    }

    private static string EntityCell(string key) => "C" + (S.Entity.Fields.ToList().FindIndex(f => f.Key == key) + 2);
}
