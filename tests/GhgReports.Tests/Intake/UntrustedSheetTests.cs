using System.Text;
using System.Xml.Linq;
using GhgReports.Intake.Workbook;
using static GhgReports.Tests.Intake.BrokenWorkbooks;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Broken sheets inside a sound package, each a real file: missing or renamed sheets, formula errors however spelled,
/// merged cells and sheets too large to read. Each is refused with its sheet and cell.
/// </summary>
public sealed class UntrustedSheetTests : UntrustedWorkbookChecks
{
    [Fact]
    public void Check_SourcesSheetRemoved_ReportsSheetMissing()
    {
        var bytes = Mutate(zip => EditXml(zip, "xl/workbook.xml", doc =>
            doc.Descendants().Single(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == SourcesSheet).Remove()));

        var result = CheckBytes(bytes);

        var problem = AssertRefused(result, "sheet-missing");
        Assert.Contains(SourcesSheet, problem.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SourcesSheetRenamed_ReportsSheetMissing()
    {
        var bytes = Mutate(zip => EditXml(zip, "xl/workbook.xml", doc =>
            doc.Descendants().Single(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == SourcesSheet)
                .SetAttributeValue("name", "2023年数据")));

        var result = CheckBytes(bytes);

        var problem = AssertRefused(result, "sheet-missing");
        Assert.Contains(SourcesSheet, problem.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormulaErrorCell_ReportsFormulaErrorAtCell()
    {
        // A formula whose cached result is an error would pass as a blank cell if it were not refused.
        var bytes = WithSourcesCell("I4", x => new XElement(x + "c", new XAttribute("r", "I4"), new XAttribute("t", "e"),
            new XElement(x + "f", "1/0"), new XElement(x + "v", "#DIV/0!")));

        var result = CheckBytes(bytes);

        var problem = AssertRefused(result, "formula-error", SourcesSheet, "I4");
        Assert.Equal("#DIV/0!", problem.ValueSeen);
        Assert.Contains("#DIV/0!", problem.Message.Zh, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same error cell spelled in ways XML allows but Excel does not write: each is decoded to t="e" before the
    /// reader judges it.
    /// </summary>
    [Theory]
    [InlineData("t='e'")]
    [InlineData("t=\"&#101;\"")]
    [InlineData("t=\"&#x65;\"")]
    [InlineData("t = \"e\"")]
    public void Check_FormulaErrorCellSpelledOtherwise_ReportsFormulaErrorAtCell(string attribute)
    {
        var bytes = Mutate(WithSourcesCell("I4", x => new XElement(x + "c", new XAttribute("r", "I4"), new XAttribute("t", "e"),
            new XElement(x + "f", "1/0"), new XElement(x + "v", "#DIV/0!"))), zip => EditText(zip, SourcesPart(zip), text =>
            text.Replace("t=\"e\"", attribute, StringComparison.Ordinal)));

        var problem = AssertRefused(CheckBytes(bytes), "formula-error", SourcesSheet, "I4");
        Assert.Equal("#DIV/0!", problem.ValueSeen);
    }

    [Fact]
    public void Check_FormulaErrorCellInUtf16Sheet_ReportsFormulaErrorAtCell()
    {
        var bytes = Mutate(WithSourcesCell("I4", x => new XElement(x + "c", new XAttribute("r", "I4"), new XAttribute("t", "e"),
            new XElement(x + "f", "1/0"), new XElement(x + "v", "#DIV/0!"))), zip =>
        {
            var part = SourcesPart(zip);
            var text = ReadText(zip, part);
            var body = text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
            WriteBytes(zip, part, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + body)).ToArray());
        });

        AssertRefused(CheckBytes(bytes), "formula-error", SourcesSheet, "I4");
    }

    [Fact]
    public void Check_TextCellReadingQuotedE_IsAcceptedWithoutFormulaError()
    {
        // The raw bytes hold "e" in quotes, so the sheet is parsed for error cells; the parse finds none.
        var bytes = WithSourcesText("E4", "\"e\"");

        var result = CheckBytes(bytes);

        AssertAccepted(result);
        Assert.Contains(result.Workbook!.Sources, s => s.Facility == "\"e\"");
    }

    [Fact]
    public void Check_FormulaErrorCachedAsString_ReportsFormulaErrorAtCell()
    {
        var bytes = WithSourcesCell("I4", x => new XElement(x + "c", new XAttribute("r", "I4"), new XAttribute("t", "str"),
            new XElement(x + "f", "VLOOKUP(A1,Z:Z,2,0)"), new XElement(x + "v", "#N/A")));

        AssertRefused(CheckBytes(bytes), "formula-error", SourcesSheet, "I4");
    }

    [Fact]
    public void Check_MergedCellsOverDataRow_ReportsMergedCells()
    {
        var bytes = Mutate(zip => EditXml(zip, SourcesPart(zip), doc =>
        {
            var x = doc.Root!.Name.Namespace;
            doc.Root.Element(x + "sheetData")!.AddAfterSelf(
                new XElement(x + "mergeCells", new XAttribute("count", 1), new XElement(x + "mergeCell", new XAttribute("ref", "I4:J4"))));
        }));

        var problem = AssertRefused(CheckBytes(bytes), "merged-cells", SourcesSheet, "I4");
        Assert.Contains("I4:J4", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeclaredDimensionOfWholeSheet_ReportsSheetTooLarge()
    {
        var bytes = Mutate(zip => EditXml(zip, SourcesPart(zip), doc =>
            doc.Descendants().Single(e => e.Name.LocalName == "dimension").SetAttributeValue("ref", "A1:XFD1048576")));

        var result = CheckBytes(bytes);

        var problem = AssertRefused(result, "sheet-too-large", SourcesSheet);
        Assert.Contains("1,048,576", problem.Message.En, StringComparison.Ordinal);
        Assert.Contains("16,384", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WholeSheetDimensionOnInstructionsSheet_IsAccepted()
    {
        // Only the sheets we read are capped: the instructions sheet is never walked.
        var bytes = Mutate(zip => EditXml(zip, SheetPart(zip, SubsidiaryWorkbookSchema.Instructions), doc =>
            doc.Descendants().Single(e => e.Name.LocalName == "dimension").SetAttributeValue("ref", "A1:XFD1048576")));

        var result = CheckBytes(bytes);

        AssertAccepted(result);
    }

    [Fact]
    public void Check_CellInLastRowAndColumn_ReportsSheetTooLarge()
    {
        // The declared dimension stays honest-looking; the real cell at XFD1048576 is what counts.
        var bytes = Mutate(zip => EditXml(zip, SourcesPart(zip), doc =>
        {
            var x = doc.Root!.Name.Namespace;
            doc.Root.Element(x + "sheetData")!.Add(new XElement(x + "row", new XAttribute("r", 1048576),
                new XElement(x + "c", new XAttribute("r", "XFD1048576"), new XElement(x + "v", 1))));
        }));

        AssertRefused(CheckBytes(bytes), "sheet-too-large", SourcesSheet);
    }

    [Fact]
    public void Check_RowOfAHundredThousandCellsWithoutReferences_ReportsSheetTooLarge()
    {
        // Cells without r follow one another: the row is 100,000 columns wide although the dimension says nothing.
        var bytes = Mutate(zip => EditXml(zip, SourcesPart(zip), doc =>
        {
            var x = doc.Root!.Name.Namespace;
            doc.Descendants().SingleOrDefault(e => e.Name.LocalName == "dimension")?.Remove();
            doc.Root.Element(x + "sheetData")!.Add(new XElement(x + "row", new XAttribute("r", 600),
                Enumerable.Range(0, 100_000).Select(_ => new XElement(x + "c", new XElement(x + "v", 1)))));
        }));

        var problem = AssertRefused(CheckBytes(bytes), "sheet-too-large", SourcesSheet);
        Assert.Contains("100,000", problem.Message.En, StringComparison.Ordinal);
    }
}
