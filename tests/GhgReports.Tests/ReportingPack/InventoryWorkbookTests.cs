using System.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;
using ClosedXML.Excel;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Submissions;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

public sealed class InventoryWorkbookTests
{
    public static TheoryData<string> Codes() => ["CP", "LW", "YN", "NM"];

    internal static XLWorkbook OpenInventory(byte[] zip) => new(new MemoryStream(Entry(zip, PackAssembler.InventoryEntry)));

    internal static IXLWorksheet Sheet(XLWorkbook workbook, Bilingual name) => workbook.Worksheet(InventoryWorkbookWriter.SheetName(name));

    /// <summary>Column number of the header whose English row (row 2) reads <paramref name="header"/>.</summary>
    internal static int Column(IXLWorksheet sheet, Bilingual header) =>
        sheet.Row(2).CellsUsed().Single(c => c.GetString() == header.En).Address.ColumnNumber;

    /// <summary>The category rows of the By category sheet: a number in column A and no sub-category code.</summary>
    internal static Dictionary<int, (double Location, double Market)> CategoryRows(IXLWorksheet sheet) =>
        sheet.RowsUsed()
            .Where(r => r.RowNumber() > 2 && r.Cell(1).DataType == XLDataType.Number && r.Cell(2).IsEmpty())
            .ToDictionary(r => (int)r.Cell(1).GetDouble(), r => (r.Cell(6).GetDouble(), r.Cell(7).GetDouble()));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Workbook_CategoryTotals_EqualTheInventoryAndThePlan(string code)
    {
        var inputs = Inputs(code);
        using var workbook = OpenInventory(Build(inputs));

        var rows = CategoryRows(Sheet(workbook, PackTexts.SheetCategories));
        Assert.Equal([1, 2, 3, 4, 5, 6], rows.Keys.Order());
        foreach (var (category, (location, market)) in rows)
        {
            Assert.Equal((double)inputs.Inventory.CategoryEmissions(category, Scope2Method.LocationBased), location, 6);
            Assert.Equal((double)inputs.Inventory.CategoryEmissions(category, Scope2Method.MarketBased), market, 6);
        }
        // CP: 11,678 / 60,579 / 6,630 / 2,417,620 in the plan, and so on for the others.
        var plan = SeedSamples.PlanCategoryTotals[code];
        Assert.Equal(plan, Enumerable.Range(1, 4).Select(c => (decimal)Math.Round(rows[c].Location, 0, MidpointRounding.AwayFromZero)));
    }

    [Fact]
    public void Workbook_Cp_CategoryTotalsRoundToThePlansFigures()
    {
        using var workbook = OpenInventory(Build(Inputs("CP")));

        var rows = CategoryRows(Sheet(workbook, PackTexts.SheetCategories));
        // 11,678 reported; 106,223 MWh × 0.5703 = 60,578.98 → 60,579; 6,630 and 2,417,620 reported.
        Assert.Equal([11_678d, 60_579d, 6_630d, 2_417_620d], Enumerable.Range(1, 4).Select(c => Math.Round(rows[c].Location)));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Workbook_EveryLine_CarriesSubmissionSheetAndRow(string code)
    {
        var inputs = Inputs(code);
        using var workbook = OpenInventory(Build(inputs));

        var sheet = Sheet(workbook, PackTexts.SheetLines);
        var submission = Column(sheet, PackTexts.ColSubmission);
        var sheetName = Column(sheet, PackTexts.ColSheet);
        var row = Column(sheet, PackTexts.ColRow);
        var location = Column(sheet, PackTexts.ColLocation);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 2).ToList();
        // One row per line and gas, in the inventory's order.
        Assert.Equal(inputs.Inventory.Lines.Sum(l => l.GasTonnes.Count), rows.Count);
        var byLine = rows.GroupBy(r => (int)r.Cell(row).GetDouble()).ToList();
        Assert.Equal(inputs.Inventory.Lines.Select(l => l.Row), byLine.Select(g => g.Key));
        foreach (var (line, gasRows) in inputs.Inventory.Lines.Zip(byLine))
        {
            Assert.All(gasRows, r => Assert.Equal(inputs.Inventory.SubmissionId, r.Cell(submission).GetString()));
            Assert.All(gasRows, r => Assert.Equal("排放源 Sources", r.Cell(sheetName).GetString()));
            Assert.Equal((double)line.Tco2e, gasRows.Sum(r => r.Cell(location).GetDouble()), 6);
        }
        // The lines add up to the report's total.
        Assert.Equal((double)inputs.Inventory.TotalAllCategories(Scope2Method.LocationBased), rows.Sum(r => r.Cell(location).GetDouble()), 3);
    }

    [Fact]
    public void Workbook_YunnanLines_ShowActivityFactorAndConversion()
    {
        var inputs = Inputs("YN");
        using var workbook = OpenInventory(Build(inputs));

        var sheet = Sheet(workbook, PackTexts.SheetLines);
        var diesel = sheet.RowsUsed().Single(r => r.Cell(Column(sheet, PackTexts.ColFactorId)).GetString() == SeedSamples.DieselFactor);
        Assert.Equal(70_000d, diesel.Cell(Column(sheet, PackTexts.ColActivity)).GetDouble());
        Assert.Equal("L", diesel.Cell(Column(sheet, PackTexts.ColUnit)).GetString());
        Assert.Equal("70,000 L → 60.2 t at 0.86 t/m³", diesel.Cell(Column(sheet, PackTexts.ColConversion)).GetString());
        Assert.Equal("AR5@" + inputs.Inventory.GwpSetVersion, diesel.Cell(Column(sheet, PackTexts.ColGwpSet)).GetString());
        // The factor value is a number now (it was the text "CO2: 3.…"), beside the gas it is for.
        var dieselFactor = GhgReports.Tests.Inventory.Calculation.CalculationFixtures.Library.All.Single(f => f.Id == SeedSamples.DieselFactor);
        Assert.Equal("CO2", diesel.Cell(Column(sheet, PackTexts.ColGas)).GetString());
        Assert.Equal(XLDataType.Number, diesel.Cell(Column(sheet, PackTexts.ColFactorValue)).DataType);
        Assert.Equal((double)dieselFactor.TonnesPerUnit["CO2"], diesel.Cell(Column(sheet, PackTexts.ColFactorValue)).GetDouble(), 12);
        Assert.Equal(dieselFactor.Source.Publisher, diesel.Cell(Column(sheet, PackTexts.ColPublisher)).GetString());
        Assert.Equal(dieselFactor.Source.Title, diesel.Cell(Column(sheet, PackTexts.ColTitle)).GetString());

        var factors = Sheet(workbook, PackTexts.SheetFactors);
        var grid = factors.RowsUsed().Single(r => r.Cell(1).GetString() == SeedSamples.GridFactor);
        Assert.Equal(0.5703d, grid.Cell(Column(factors, PackTexts.ColValue)).GetDouble(), 6);
        Assert.False(string.IsNullOrWhiteSpace(grid.Cell(Column(factors, PackTexts.ColPublisher)).GetString()));
        Assert.False(string.IsNullOrWhiteSpace(grid.Cell(Column(factors, PackTexts.ColTitle)).GetString()));
    }

    [Fact]
    public void Workbook_ByGas_RowsOfEachCategoryAddUpToItsLocationBasedTotal()
    {
        var inputs = Inputs("YN");
        using var workbook = OpenInventory(Build(inputs));

        var sheet = Sheet(workbook, PackTexts.SheetGas);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 2 && r.Cell(1).DataType == XLDataType.Number).ToList();
        foreach (var category in Enumerable.Range(1, 6))
        {
            var sum = rows.Where(r => (int)r.Cell(1).GetDouble() == category).Sum(r => r.Cell(5).GetDouble());
            Assert.Equal((double)inputs.Inventory.CategoryEmissions(category, Scope2Method.LocationBased), sum, 4);
        }
        // The Chinese fuel defaults are CO2 factors: Yunnan's direct emissions are all CO2.
        Assert.Equal(["CO2"], rows.Where(r => (int)r.Cell(1).GetDouble() == 1).Select(r => r.Cell(2).GetString()));
    }

    private static readonly string[] Injections =
    [
        "=HYPERLINK(\"http://example.com/x\",\"click\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "=1+1",
        "=cmd|' /C calc'!A0",
        "\t=1",
    ];

    [Fact]
    public void Workbook_FormulaLikeUserText_ComesBackAsTextAndNoCellHasAFormula()
    {
        var injections = Injections;
        var seed = SeedSamples.ByCode("CP");
        var sources = seed.Sources.Select((s, i) => s with
        {
            SourceName = injections[i % injections.Length],
            Facility = injections[(i + 1) % injections.Length],
            Evidence = injections[(i + 2) % injections.Length],
            Notes = injections[(i + 3) % injections.Length],
        }).ToList();
        // A custom factor whose source is a formula, so the Factors sheet gets one too.
        sources.Add(new EmissionSourceLine
        {
            Row = 7,
            Category = 1,
            Subcategory = "1.4",
            SourceName = "@SUM(A1)",
            Gas = "SF6",
            ActivityAmount = 2m,
            ActivityUnit = GhgReports.Inventory.Units.Unit.Kilogram,
            ActivityUnitText = "kg",
            CustomFactor = new CustomFactor(1m, "kg/kg", "=HYPERLINK(\"http://example.com\")"),
            Evidence = "-2",
        });
        var workbookData = seed with
        {
            Sources = sources,
            Entity = seed.Entity with { ResponsiblePerson = "=1+1", Contact = "+86 531 0000 0000" },
        };
        var inputs = Inputs(workbookData);

        using var workbook = OpenInventory(Build(inputs));

        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        // The only formulas are our own arithmetic on the Lines sheet: products of cells of their own row.
        var lines = Sheet(workbook, PackTexts.SheetLines);
        Assert.All(cells.Where(c => c.HasFormula), c =>
        {
            Assert.Same(lines, c.Worksheet);
            Assert.Matches($"^[A-Z]+{c.Address.RowNumber}(\\*[A-Z]+{c.Address.RowNumber})*$", c.FormulaA1);
        });
        var texts = cells.Where(c => c.DataType == XLDataType.Text).Select(c => c.GetString()).ToHashSet();
        foreach (var injection in injections)
        {
            Assert.Contains(injection, texts);
        }
        var sourceColumn = Column(lines, PackTexts.ColSource);
        var written = lines.RowsUsed().Where(r => r.RowNumber() > 2).Select(r => r.Cell(sourceColumn)).ToList();
        Assert.Equal(inputs.Inventory.Lines.SelectMany(l => Enumerable.Repeat(l.SourceName, l.GasTonnes.Count)), written.Select(c => c.GetString()));
        Assert.All(written, c =>
        {
            Assert.Equal(XLDataType.Text, c.DataType);
            // Leading =, +, -, @ also get the quote prefix, so editing the cell in a spreadsheet keeps it text.
            Assert.True(c.Style.IncludeQuotePrefix);
        });
        var factors = Sheet(workbook, PackTexts.SheetFactors);
        Assert.Contains(factors.CellsUsed(), c => c.GetString() == "=HYPERLINK(\"http://example.com\")" && c.DataType == XLDataType.Text);
        var readme = Sheet(workbook, PackTexts.SheetReadme);
        Assert.Contains(readme.CellsUsed(), c => c.GetString() == "=1+1 <+86 531 0000 0000>");
    }

    /// <summary>Names as officers type or paste them, including what XML cannot carry as it is.</summary>
    private static readonly string[] AwkwardNames =
    [
        "A&B <炉> \"1#\" 'x'",
        "two\r\nlines\tand a tab",
        "bell \u0007 and \u001F",
        "𠀀 outside the BMP 🏭",
        "  spaces kept  ",
    ];

    [Fact]
    public void StreamedRows_LiteralEscapeSequence_IsItselfEscaped()
    {
        // ECMA-376 ST_Xstring: a literal _x0041_ is stored as _x005F_x0041_ (as ClosedXML's own writer does), or a
        // spreadsheet would show "A". ClosedXML 0.95.4's reader does not undo that escape, so this is checked in the XML.
        const string sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<dimension ref=\"A1:B3\"/><sheetData><row r=\"1\"><c r=\"A1\"/></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"4\"/><c r=\"B2\" s=\"5\"/><c r=\"C2\" s=\"9\"/><c r=\"D2\" s=\"10\"/></row>"
            + "<row r=\"3\"><c r=\"A3\" s=\"6\"/><c r=\"B3\" s=\"7\"/><c r=\"C3\" s=\"8\"/></row>"
            + "</sheetData></worksheet>";

        using var written = new MemoryStream();
        StreamedSheetRows.Fill(Encoding.UTF8.GetBytes(sheet), 2, 3, 1, [["literal _x0041_\r", 1.5m, new RowProduct([1, 1], 2.25m)]])(written);
        var xml = Encoding.UTF8.GetString(written.ToArray());

        // The XML as written (the OpenXml writer puts the main namespace under the prefix x).
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var document = XDocument.Parse(xml);
        var cells = document.Descendants(x + "c").ToDictionary(c => (string)c.Attribute("r")!);
        Assert.Contains("<x:t xml:space=\"preserve\">literal _x005F_x0041__x000D_</x:t>", xml, StringComparison.Ordinal);
        Assert.Equal("inlineStr", (string?)cells["A2"].Attribute("t"));
        Assert.Null(cells["A2"].Attribute("s"));
        Assert.Equal(("5", "1.5"), ((string?)cells["B2"].Attribute("s"), cells["B2"].Element(x + "v")?.Value));
        // A formula carries its cached value, in the column's decimal style.
        Assert.Equal(("9", "B2*B2", "2.25"), ((string?)cells["C2"].Attribute("s"), cells["C2"].Element(x + "f")?.Value, cells["C2"].Element(x + "v")?.Value));
        Assert.Equal("A1:C2", (string?)document.Descendants(x + "dimension").Single().Attribute("ref"));
        Assert.DoesNotContain("A3", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_StreamedLinesSheet_IsValidSpreadsheetMl()
    {
        var seed = SeedSamples.ByCode("CP");
        var inputs = Inputs(seed with { Sources = [.. seed.Sources.Select((s, i) => s with { SourceName = AwkwardNames[i % AwkwardNames.Length] })] });
        using var stream = new MemoryStream();
        stream.Write(Entry(Build(inputs), PackAssembler.InventoryEntry));

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Single(s => s.Name == InventoryWorkbookWriter.SheetName(PackTexts.SheetLines));
        var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(part).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.Equal(inputs.Inventory.Lines.Sum(l => l.GasTonnes.Count), part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() - 2);
    }

    [Fact]
    public void Workbook_AwkwardText_ComesBackFromTheLinesSheetExactly()
    {
        var seed = SeedSamples.ByCode("CP");
        var sources = seed.Sources.Select((s, i) => s with { SourceName = AwkwardNames[i % AwkwardNames.Length] }).ToList();
        var inputs = Inputs(seed with { Sources = sources });

        using var workbook = OpenInventory(Build(inputs));

        var lines = Sheet(workbook, PackTexts.SheetLines);
        var written = lines.RowsUsed().Where(r => r.RowNumber() > 2).Select(r => r.Cell(Column(lines, PackTexts.ColSource)).GetString());
        Assert.Equal(inputs.Inventory.Lines.SelectMany(l => Enumerable.Repeat(l.SourceName, l.GasTonnes.Count)), written);
    }

    [Fact]
    public void Write_SameModelTwice_GivesIdenticalBytesWithTheSnapshotAsDocumentDates()
    {
        var model = PackModelBuilder.ForSubsidiary(Inputs("NM"));

        var first = Write(model);
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        var second = Write(model);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        using var archive = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(archive.Entries, e => Assert.Equal(SnapshotDate.UtcDateTime, e.LastWriteTime.DateTime));
        XNamespace terms = "http://purl.org/dc/terms/";
        using var core = archive.GetEntry("docProps/core.xml")!.Open();
        var document = XDocument.Load(core);
        Assert.Equal("2024-03-31T08:30:00Z", document.Root!.Element(terms + "created")!.Value);
        Assert.Equal("2024-03-31T08:30:00Z", document.Root!.Element(terms + "modified")!.Value);
    }

    [Fact]
    public void Workbook_Readme_HasTheChecklistAndTheFigures()
    {
        using var workbook = OpenInventory(Build(Inputs("NM")));

        var readme = Sheet(workbook, PackTexts.SheetReadme);
        var texts = readme.CellsUsed().Select(c => c.GetString()).ToList();
        foreach (var item in "abcdefghijklmnopqrst")
        {
            Assert.Contains(texts, t => t.StartsWith($"{item}) ", StringComparison.Ordinal));
        }
        Assert.Contains(texts, t => t.Contains("2023-09-01", StringComparison.Ordinal) && t.Contains("not the calendar year", StringComparison.Ordinal));
    }

    private static byte[] Write(PackModel model)
    {
        using var stream = new MemoryStream();
        InventoryWorkbookWriter.Write(model, stream);
        return stream.ToArray();
    }
}
