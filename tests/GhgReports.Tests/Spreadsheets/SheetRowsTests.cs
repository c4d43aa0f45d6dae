using System.IO.Compression;
using System.Text;
using System.Xml;
using ClosedXML.Excel;
using ExcelDataReader;
using GhgReports.Intake.Samples;
using GhgReports.Spreadsheets;
using GhgReports.Tests.Intake;

namespace GhgReports.Tests.Spreadsheets;

/// <summary>
/// The single-pass sheet reader, checked cell by cell against ExcelDataReader 3.6.0 (the reader it replaced on the intake
/// path) over real workbooks, and on its own for what ExcelDataReader does not report.
/// </summary>
public sealed class SheetRowsTests
{
    static SheetRowsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Corpus => ["CP", "LW", "NM", "YN", "group", "template", "awkward-closedxml", "awkward-xml", "dates-1904", "excel-markup"];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void EveryCell_ReadsAsExcelDataReaderReadsIt(string name)
    {
        var bytes = CorpusWorkbook(name);

        var ours = ReadOurs(bytes);
        var theirs = ReadExcelDataReader(bytes);

        Assert.Equal(theirs.Keys.Order(), ours.Keys.Order());
        foreach (var (sheet, cells) in theirs)
        {
            Assert.True(cells.Count > 0 || name == "template", $"{name}/{sheet}: nothing read");
            foreach (var (at, value) in cells)
            {
                Assert.True(ours[sheet].TryGetValue(at, out var mine), $"{name}/{sheet} {Ref(at)}: ExcelDataReader reads {Show(value)}, ours nothing");
                if (KnownDifferences.Contains((name, Ref(at))))
                {
                    continue;
                }
                Assert.True(Equals(value.Value, mine.Value), $"{name}/{sheet} {Ref(at)}: ExcelDataReader reads {Show(value)}, ours {Show(mine)}");
                Assert.True(value.Percent == mine.Percent, $"{name}/{sheet} {Ref(at)}: percent format differs");
            }
            // Error cells are the one difference: ExcelDataReader reads them as empty.
            var extra = ours[sheet].Keys.Except(cells.Keys).Where(at => !ours[sheet][at].Error).Select(Ref).ToList();
            Assert.True(extra.Count == 0, $"{name}/{sheet}: ours reads cells ExcelDataReader leaves empty: {string.Join(", ", extra)}");
        }
    }

    /// <summary>
    /// Where ours is deliberately different: a number in an East Asian built-in date format (ids 27–36, 50–58, which a
    /// Chinese Excel writes without spelling the format out) is a date, as Excel shows it; ExcelDataReader reads a number.
    /// </summary>
    private static readonly HashSet<(string Workbook, string Cell)> KnownDifferences = [("awkward-closedxml", "D1")];

    [Fact]
    public void EastAsianBuiltInDateFormat_ReadsAsDate()
    {
        var cells = ReadOurs(CorpusWorkbook("awkward-closedxml"))["数据"];

        Assert.Equal(new DateTime(2023, 9, 30), cells[(0, 3)].Value);
    }

    [Fact]
    public void AwkwardXml_ReadsEveryKindOfCell()
    {
        var cells = ReadOurs(CorpusWorkbook("awkward-xml"))["Data"];

        Assert.Equal(11678d, cells[(0, 0)].Value);
        Assert.Equal("11,678", cells[(0, 1)].Value);
        Assert.Equal("inline 文字", cells[(0, 2)].Value);
        Assert.Equal("rich text", cells[(0, 3)].Value);
        Assert.Equal("東京", cells[(0, 4)].Value); // the phonetic run (とうきょう) is not part of the text
        Assert.Equal("line\rbreak_x", cells[(0, 5)].Value);
        Assert.Equal(true, cells[(1, 0)].Value);
        Assert.Equal("from formula", cells[(1, 1)].Value);
        Assert.Equal(new DateTime(2023, 9, 30), cells[(1, 2)].Value);
        Assert.Equal(0.05, cells[(1, 3)].Value);
        Assert.True(cells[(1, 3)].Percent);
        Assert.Equal(0.001, cells[(1, 4)].Value);
        Assert.Equal("  spaced  ", cells[(1, 5)].Value);
        // A row without r follows the one before; a cell without r follows its neighbour; rows may skip.
        Assert.Equal("no r", cells[(2, 1)].Value);
        Assert.Equal("after gap", cells[(9, 0)].Value);
        Assert.Equal(new DateTime(2024, 9, 1), cells[(9, 1)].Value);
    }

    [Fact]
    public void ErrorCell_GivesItsErrorTextAndSaysSo()
    {
        using var package = SpreadsheetPackage.Open(new MemoryStream(Package(Sheet(
            """<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="str"><v>#DIV/0!</v></c><c r="C1" t="e"/></row>"""))));
        using var rows = package.OpenSheet(package.Sheets[0])!;

        Assert.True(rows.Read());
        Assert.Equal("#DIV/0!", rows.GetValue(0));
        Assert.True(rows.IsError(0));
        Assert.Equal("#DIV/0!", rows.GetValue(1));
        Assert.False(rows.IsError(1));
        Assert.Equal("#VALUE!", rows.GetValue(2));
        Assert.True(rows.IsError(2));
    }

    [Fact]
    public void Sheet_GivesDeclaredDimensionBeforeAnyRowAndMergedRangesAfterTheLast()
    {
        using var package = SpreadsheetPackage.Open(new MemoryStream(Package(Sheet(
            """<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>""",
            dimension: "A1:XFD1048576", after: """<mergeCells count="2"><mergeCell ref="B2:D3"/><mergeCell ref="nonsense"/></mergeCells>"""))));
        using var rows = package.OpenSheet(package.Sheets[0])!;

        Assert.Equal((1048576, 16384), rows.DeclaredDimension);
        Assert.True(rows.Read());
        Assert.Equal(new MergedRange(1, 1, 2, 3), Assert.Single(rows.ReadMergedRanges()));
        Assert.False(rows.Read());
    }

    [Fact]
    public void WideRow_IsCountedButOnlyTheFirstColumnsAreKept()
    {
        var cells = string.Concat(Enumerable.Range(0, 50).Select(i => $"<c><v>{i}</v></c>"));
        using var package = SpreadsheetPackage.Open(new MemoryStream(Package(Sheet($"<row>{cells}</row>"))));
        using var rows = package.OpenSheet(package.Sheets[0], maxColumns: 10)!;

        Assert.True(rows.Read());
        Assert.Equal(50, rows.FieldCount);
        Assert.Equal(9d, rows.GetValue(9));
        Assert.Null(rows.GetValue(10));
        Assert.Null(rows.GetValue(49));
    }

    [Fact]
    public void EmptySheet_HasNoRows()
    {
        using var package = SpreadsheetPackage.Open(new MemoryStream(Package(
            """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""")));
        using var rows = package.OpenSheet(package.Sheets[0])!;

        Assert.False(rows.Read());
        Assert.Null(rows.DeclaredDimension);
        Assert.Empty(rows.ReadMergedRanges());
    }

    [Fact]
    public void DoctypeInSharedStrings_Throws()
    {
        var bytes = Package(Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""),
            sharedStrings: """<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>""");

        var ex = Assert.Throws<XmlException>(() => SpreadsheetPackage.Open(new MemoryStream(bytes)).Dispose());
        Assert.Contains("DTD", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PackageWithoutWorkbookPart_Throws()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/worksheets/sheet1.xml", Sheet(""));
        }

        Assert.Throws<InvalidDataException>(() => SpreadsheetPackage.Open(new MemoryStream(buffer.ToArray())));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a_x000D_b", "a\rb")]
    [InlineData("_x005F_x0041_", "_x0041_")]
    [InlineData("_x00zz_ and _x", "_x00zz_ and _x")]
    [InlineData("_x4E2D_", "中")]
    public void Unescape_UndoesEcma376Escapes(string stored, string meant) =>
        Assert.Equal(meant, SpreadsheetPackage.Unescape(stored));

    private sealed record Cell(object Value, bool Percent, bool Error);

    private static string Ref((int Row, int Column) at) => GhgReports.Intake.CellAddress.ColumnLetters(at.Column) + (at.Row + 1);

    private static string Show(Cell cell) => $"{cell.Value.GetType().Name} '{cell.Value}'";

    private static Dictionary<string, Dictionary<(int, int), Cell>> ReadOurs(byte[] bytes)
    {
        var sheets = new Dictionary<string, Dictionary<(int, int), Cell>>();
        using var package = SpreadsheetPackage.Open(new MemoryStream(bytes));
        foreach (var sheet in package.Sheets)
        {
            var cells = sheets[sheet.Name] = [];
            using var rows = package.OpenSheet(sheet)!;
            while (rows.Read())
            {
                for (var c = 0; c < rows.FieldCount; c++)
                {
                    if (rows.GetValue(c) is { } value)
                    {
                        cells[(rows.RowIndex, c)] = new(value, rows.NumberFormat(c).Contains('%'), rows.IsError(c));
                    }
                }
            }
        }
        return sheets;
    }

    private static Dictionary<string, Dictionary<(int, int), Cell>> ReadExcelDataReader(byte[] bytes)
    {
        var sheets = new Dictionary<string, Dictionary<(int, int), Cell>>();
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        do
        {
            var cells = sheets[reader.Name] = [];
            var row = -1;
            while (reader.Read())
            {
                row++;
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    if (reader.GetValue(c) is { } value)
                    {
                        cells[(row, c)] = new(value, reader.GetNumberFormatString(c)?.Contains('%') == true, false);
                    }
                }
            }
        }
        while (reader.NextResult());
        return sheets;
    }

    private static byte[] CorpusWorkbook(string name) => name switch
    {
        "group" => ToBytes(stream => GhgReports.Intake.Group.GroupWorkbookWriter.Write(stream, [.. BrokenWorkbooks.Factors.All.Select(f => f.Id)], SeedGroup.Workbook)),
        "template" => ToBytes(stream => GhgReports.Intake.Template.SubsidiaryWorkbookWriter.Write(stream, [.. BrokenWorkbooks.Factors.All.Select(f => f.Id)], null)),
        "awkward-closedxml" => AwkwardClosedXml(),
        "awkward-xml" => Package(AwkwardSheet, sharedStrings: AwkwardSharedStrings, styles: AwkwardStyles),
        "dates-1904" => Package(Sheet("""<row r="1"><c r="A1" s="1"><v>43737</v></c><c r="B1"><v>43737</v></c></row>"""),
            styles: AwkwardStyles, workbookPr: """<workbookPr date1904="1"/>"""),
        "excel-markup" => Package(ExcelMarkupSheet, sharedStrings: AwkwardSharedStrings, styles: AwkwardStyles),
        _ => BrokenWorkbooks.Write(SeedSamples.ByCode(name)),
    };

    private static byte[] ToBytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>What officers' workbooks hold, written by ClosedXML: dates in several formats, booleans, percentages, formulas.</summary>
    private static byte[] AwkwardClosedXml()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("数据");
        sheet.Cell("A1").Value = new DateTime(2023, 9, 1);
        sheet.Cell("B1").Value = new DateTime(2024, 9, 30, 17, 45, 0);
        sheet.Cell("B1").Style.DateFormat.Format = "yyyy\"年\"m\"月\"d\"日\" hh:mm";
        sheet.Cell("C1").Value = 45199;
        sheet.Cell("C1").Style.NumberFormat.NumberFormatId = 14;
        sheet.Cell("D1").Value = 45199;
        sheet.Cell("D1").Style.NumberFormat.NumberFormatId = 31; // a Chinese built-in date format
        sheet.Cell("E1").Value = 0.125;
        sheet.Cell("E1").Style.NumberFormat.Format = "0.0%";
        sheet.Cell("F1").Value = 0.2;
        sheet.Cell("F1").Style.NumberFormat.NumberFormatId = 9;
        sheet.Cell("A2").Value = true;
        sheet.Cell("B2").Value = "11,678";
        sheet.Cell("C2").FormulaA1 = "ROUND(1234.5678*2,2)";
        sheet.Cell("D2").FormulaA1 = "\"t\"&\"CO2e\"";
        sheet.Cell("E2").Value = 1e-12;
        sheet.Cell("F2").Value = -987654321.125;
        sheet.Cell("G2").Value = "  leading and trailing  ";
        sheet.Cell("H2").Value = "tab\there";
        sheet.Cell("A5").Value = "after a gap";
        sheet.Cell("B5").Value = 12345.6789;
        sheet.Cell("B5").Style.NumberFormat.Format = "#,##0.00";
        sheet.Range("A7:C7").Merge();
        sheet.Cell("A7").Value = "merged";
        sheet.Cell("A8").Value = 1;
        sheet.Cell("A8").Style.NumberFormat.Format = "[Red]0.00;[Blue]-0.00";
        sheet.Cell("B8").Value = 2;
        sheet.Cell("B8").Style.NumberFormat.Format = "\"d\" 0"; // a quoted d is not a day
        workbook.RecalculateAllFormulas();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private const string AwkwardSharedStrings =
        """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>11,678</t></si><si><r><rPr><b/></rPr><t>rich</t></r><r><t xml:space="preserve"> text</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1"/></si><si><t>line_x000D_break_x</t></si><si><t xml:space="preserve">  spaced  </t></si><si><t>no r</t></si></sst>""";

    private const string AwkwardStyles =
        """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>""";

    private static readonly string AwkwardSheet = Sheet(
        """
        <row r="1"><c r="A1"><v>11678</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline 文字</t></is></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c><c r="F1" t="s"><v>3</v></c></row>
        <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="str"><f>"from "&amp;"formula"</f><v>from formula</v></c><c r="C2" s="1"><v>45199</v></c><c r="D2" s="2"><v>0.05</v></c><c r="E2"><v>1E-3</v></c><c r="F2" t="s"><v>4</v></c></row>
        <row><c/><c t="s"><v> 5 </v></c></row>
        <row r="10"><c r="A10" t="inlineStr"><is><r><t>after </t></r><r><t>gap</t></r></is></c><c r="B10" s="3"><v>45536</v></c></row>
        """,
        dimension: "A1:F10");

    /// <summary>
    /// A sheet as desktop Excel writes one: markup-compatibility namespaces and attributes we do not know, spans, row
    /// heights, a formula shared across cells, a hyperlink, conditional formatting and an extension list after the data.
    /// </summary>
    private const string ExcelMarkupSheet =
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">
          <sheetPr><tabColor rgb="FF00B050"/></sheetPr>
          <dimension ref="A1:D4"/>
          <sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>
          <sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>
          <cols><col min="1" max="1" width="12.5" customWidth="1"/></cols>
          <sheetData>
            <row r="1" spans="1:4" ht="15" customHeight="1" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" t="s"><v>5</v></c><c r="D1"><f>B1*2</f><v>0.25</v></c></row>
            <row r="2" spans="1:4" x14ac:dyDescent="0.2"><c r="A2" s="1"><v>45199</v></c><c r="B2"><v>12</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B2*10</f><v>120</v></c></row>
            <row r="3" spans="1:4" x14ac:dyDescent="0.2"><c r="B3"><v>13</v></c><c r="C3"><f t="shared" si="0"/><v>130</v></c></row>
            <row r="4" spans="1:4" hidden="1" x14ac:dyDescent="0.2"><c r="B4" s="3"><v>45536.5</v></c><c r="C4"><f t="shared" si="0"/><v>455365</v></c><c r="D4" t="s"><v>4</v></c></row>
          </sheetData>
          <conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>12</formula></cfRule></conditionalFormatting>
          <hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>
          <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
          <extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings/></ext></extLst>
        </worksheet>
        """;

    private static string Sheet(string rows, string? dimension = null, string after = "") =>
        $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{(dimension is null ? "" : $"<dimension ref=\"{dimension}\"/>")}<sheetData>{rows}</sheetData>{after}</worksheet>""";

    /// <summary>A minimal package around one sheet named Data, as Excel would lay it out.</summary>
    private static byte[] Package(string sheet, string? sharedStrings = null, string? styles = null, string workbookPr = "")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels",
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml",
                $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels",
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles is not null)
            {
                Add(zip, "xl/styles.xml", styles);
            }
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
