using ClosedXML.Excel;
using GhgReports.Intake;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

public sealed class TemplateTests
{
    [Fact]
    public void Write_BlankTemplate_HasEveryBilingualSheetWithHeadersAndDropdowns()
    {
        using var stream = SampleWorkbooks.Write(data: null);
        using var workbook = new XLWorkbook(stream);

        Assert.Equal(["说明 Instructions", .. S.DataSheets.Select(s => s.TemplateName), S.ListsSheetName], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet(S.ListsSheetName).Visibility);
        var sources = workbook.Worksheet(S.Sources.TemplateName);
        Assert.Equal("类别 *", sources.Cell(1, 2).GetString());
        Assert.Equal("Category", sources.Cell(2, 2).GetString());
        Assert.Equal(2, sources.SheetView.SplitRow);
        Assert.StartsWith("示例", sources.Cell(3, 1).GetString());
        Assert.Contains(sources.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 6) && v.Value.Contains(S.ListsSheetName));
        Assert.Contains(sources.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 11));
        var entity = workbook.Worksheet(S.Entity.TemplateName);
        Assert.Equal("子公司代码 *", entity.Cell(2, 1).GetString());
        Assert.Equal("Subsidiary code *", entity.Cell(2, 2).GetString());
        Assert.Contains("uploads/", workbook.Worksheet("说明 Instructions").Cell(1, 1).Worksheet.CellsUsed().Select(c => c.GetString()).Aggregate((a, b) => a + b));
    }

    [Fact]
    public void Check_BlankTemplate_IsRejectedForMissingValuesNotForStructure()
    {
        using var stream = SampleWorkbooks.Write(data: null);

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        Assert.False(result.Accepted);
        Assert.All(result.Problems, p => Assert.Equal("required", p.Code));
        Assert.Contains(result.Problems, p => p.Cell == "C2");
    }

    [Fact]
    public void Write_SampleWithFormulaLikeText_StoresItAsText()
    {
        var sample = GhgReports.Intake.Samples.SeedSamples.ByCode("LW");
        var hostile = sample with { Goals = sample.Goals with { Notes = "=HYPERLINK(\"http://x\",\"y\")" } };
        using var stream = SampleWorkbooks.Write(hostile);
        using var workbook = new XLWorkbook(stream);

        var cell = SampleWorkbooks.FieldCell(workbook, S.Goals, "notes");
        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", cell.GetString());
    }

    [Fact]
    public void ChoiceList_MatchesKeyLabelsAndDisplay()
    {
        Assert.True(ChoiceLists.ProductionStage.TryMatch("熔铸", out var zh));
        Assert.True(ChoiceLists.ProductionStage.TryMatch("Casting", out var en));
        Assert.True(ChoiceLists.ProductionStage.TryMatch("熔铸 casting", out var display));
        Assert.Equal(["casting", "casting", "casting"], new[] { zh.Key, en.Key, display.Key });
        Assert.False(ChoiceLists.ProductionStage.TryMatch("smelting", out _));
    }

    [Theory]
    [InlineData(" 熔铸  Casting ")]
    [InlineData("ＣＡＳＴＩＮＧ")]
    [InlineData("熔铸casting")]
    public void ChoiceList_TypedVariantsOfALabel_MatchTheSameOptionAsTheLabel(string typed)
    {
        Assert.True(ChoiceLists.ProductionStage.TryMatch(ChoiceLists.ProductionStage["casting"].Display, out var exact));

        Assert.True(ChoiceLists.ProductionStage.TryMatch(typed, out var variant));

        Assert.Same(exact, variant);
    }
}
