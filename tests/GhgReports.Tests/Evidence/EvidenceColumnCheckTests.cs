using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Workbook;
using GhgReports.Tests.Intake;

namespace GhgReports.Tests.Evidence;

public sealed class EvidenceColumnCheckTests
{
    private const string Folder = "evidence/CP/2024/";

    [Theory]
    [InlineData("VS-2024-017.pdf", "VS-2024-017.pdf")]
    [InlineData("见 evidence/CP/2024/meter.png；发票 invoice.JPG。", "meter.png|invoice.JPG")]
    [InlineData("供应商声明（supplier-2024.xlsx）", "supplier-2024.xlsx")]
    [InlineData("电费结算单 Electricity bills", "")]
    [InlineData("2024 年温室气体核查结果（见集团《温室气体减排计划》三、碳排放现状汇总） / as summarised in the group's GHG reduction plan, section 3", "")]
    [InlineData("https://example.com/statements/VS-2024-017.pdf", "")]
    [InlineData("see www.example.com/a.pdf and report v1.2", "")]
    [InlineData("minutes.docx", "")]
    [InlineData("", "")]
    public void CitedFiles_EvidenceText_NamesOnlyEvidenceFilesNotDescriptionsOrAddresses(string evidence, string expected)
    {
        var cited = EvidenceColumnCheck.CitedFiles(evidence);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), cited);
    }

    [Fact]
    public void Check_Later2024WorkbookCitingAMissingFile_WarnsAtThatLinesEvidenceCellOnly()
    {
        var cp = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        var reported = cp.Sources.Where(s => s.IsReportedDirectly).ToList();
        var cited = cp with
        {
            Sources = [.. cp.Sources.Select(s =>
                s == reported[0] ? s with { Evidence = "核查声明 VS-2024-017.pdf" }
                : s == reported[1] ? s with { Evidence = "meter-2024-12.png" }
                : s)],
        };
        // The rows as an officer's workbook has them, read back by intake's own reader.
        using var stream = SampleWorkbooks.Write(cited);
        var read = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);
        Assert.NotNull(read.Workbook);
        var missingRow = read.Workbook.Sources.Single(s => s.Evidence == "meter-2024-12.png").Row;

        var problems = EvidenceColumnCheck.Check(read.Workbook.Sources, Folder, ["VS-2024-017.pdf", "other.pdf"]);

        var warning = Assert.Single(problems);
        Assert.Equal(("evidence-file-missing", Severity.Warning), (warning.Code, warning.Severity));
        var sheet = SubsidiaryWorkbookSchema.Sources;
        var column = CellAddress.ColumnLetters(sheet.Fields.ToList().FindIndex(f => f.Key == "evidence"));
        Assert.Equal((sheet.TemplateName, missingRow, column, $"{column}{missingRow}"), (warning.Sheet, warning.Row, warning.Column, warning.Cell));
        Assert.Equal("meter-2024-12.png", warning.ValueSeen);
        Assert.Contains("meter-2024-12.png", warning.Message.Zh);
        Assert.Contains("meter-2024-12.png", warning.Message.En);
        Assert.Contains(Folder, warning.Message.En);
        Assert.Contains("VS-2024-017.pdf, other.pdf", warning.Expected!.En);
    }

    [Fact]
    public void Check_StoredNameWithSpacesOrAnyCase_AnswersTheCitation()
    {
        var line = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "LW").Sources[0];

        var withSpaces = EvidenceColumnCheck.Check([line with { Evidence = "见 VS-2024-017 核查声明.PDF 第 3 页" }], Folder, ["VS-2024-017 核查声明.pdf"]);
        var nothingStored = EvidenceColumnCheck.Check([line with { Evidence = "VS-2024-017 核查声明.pdf" }], Folder, []);

        Assert.Empty(withSpaces);
        var warning = Assert.Single(nothingStored);
        Assert.Contains("none yet", warning.Expected!.En);
    }
}
