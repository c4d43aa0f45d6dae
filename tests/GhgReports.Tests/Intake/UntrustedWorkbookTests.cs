using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using GhgReports.Intake;
using GhgReports.Intake.Reading;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Workbook;
using static GhgReports.Tests.Intake.BrokenWorkbooks;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Every way an uploaded file can be refused, each with a real broken file: the check names the problem (and where it
/// is), never throws, and leaves no temporary files behind.
/// </summary>
[Collection(TempFolderCollection.Name)]
public sealed class UntrustedWorkbookTests
{
    private const string SourcesSheet = "排放源 Sources";
    private const string EntitySheet = "基本信息 Entity";

    private const string BillionLaughs =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" +
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">" +
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">" +
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private const string ExternalEntity = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    [Fact]
    public void Check_ValidSample_IsAccepted()
    {
        var result = CheckBytes(Valid());

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}")));
    }

    [Fact]
    public void Check_EmptyFile_ReportsFileEmpty()
    {
        AssertRefused(CheckBytes([]), "file-empty");
    }

    [Fact]
    public void Check_FileOverSizeLimit_ReportsFileTooLarge()
    {
        var result = CheckBytes(Valid(), new ReadLimits { MaxFileBytes = 10_000 });

        AssertRefused(result, "file-too-large");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("png")]
    [InlineData("text")]
    [InlineData("two-bytes")]
    public void Check_NonZipBytes_ReportsNotAWorkbook(string kind)
    {
        byte[] bytes = kind switch
        {
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n"),
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "text" => Encoding.UTF8.GetBytes("序号,类别,排放源名称\n1,1,天然气锅炉\n"),
            _ => [0x50, 0x4B],
        };

        AssertRefused(CheckBytes(bytes), "not-a-workbook");
    }

    [Fact]
    public void Check_LegacyXls_ReportsLegacyXls()
    {
        AssertRefused(CheckBytes(LegacyXls()), "legacy-xls");
    }

    [Fact]
    public void Check_EncryptedXlsx_ReportsFileEncrypted()
    {
        AssertRefused(CheckBytes(EncryptedXlsx()), "file-encrypted");
    }

    [Fact]
    public void Check_VbaProjectEntry_ReportsMacroEnabled()
    {
        var bytes = Mutate(zip => AddEntry(zip, "xl/vbaProject.bin", "not really VBA"));

        AssertRefused(CheckBytes(bytes), "macro-enabled");
    }

    [Fact]
    public void Check_MacroEnabledContentType_ReportsMacroEnabled()
    {
        var bytes = Mutate(zip => EditText(zip, "[Content_Types].xml", text =>
            text.Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)));

        AssertRefused(CheckBytes(bytes), "macro-enabled");
    }

    [Fact]
    public void Check_EntryOverDeclaredSizeLimit_ReportsZipLimits()
    {
        var bytes = Mutate(zip => AddZeros(zip, "xl/media/image1.png", 2 * 1024 * 1024));

        var result = CheckBytes(bytes, new ReadLimits { MaxEntryUncompressedBytes = 1024 * 1024 });

        AssertRefused(result, "zip-limits");
    }

    [Fact]
    public void Check_EntryWithExtremeRatioUnderLoweredFloor_ReportsZipLimits()
    {
        var bytes = Mutate(zip => AddZeros(zip, "xl/media/image1.png", 512 * 1024));

        var result = CheckBytes(bytes, new ReadLimits { RatioCheckFloorBytes = 64 * 1024 });

        AssertRefused(result, "zip-limits");
    }

    [Fact]
    public void Check_MoreSharedStringsThanAllowed_ReportsZipLimits()
    {
        var result = CheckBytes(Valid(), new ReadLimits { MaxSharedStrings = 10 });

        var problem = AssertRefused(result, "zip-limits");
        Assert.Contains("more than 10 strings", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TotalOverUncompressedLimit_ReportsZipLimits()
    {
        var result = CheckBytes(Valid(), new ReadLimits { MaxTotalUncompressedBytes = 100_000 });

        AssertRefused(result, "zip-limits");
    }

    [Fact]
    public void Check_ZipBombWithDefaultLimits_ReportsZipLimitsWithoutInflating()
    {
        // 64 MiB of zeros deflate to about 64 KB: under the 50 MB file limit and the 512 MiB entry limit, so only the
        // compression ratio can catch it. Inflating it would take far longer than the pre-flight's budget.
        var bytes = Mutate(zip => AddZeros(zip, "xl/media/image1.png", 64L * 1024 * 1024));
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            var bomb = zip.GetEntry("xl/media/image1.png")!;
            Assert.True(bomb.Length / bomb.CompressedLength > 500, $"ratio {bomb.Length / bomb.CompressedLength}:1");
        }

        var result = CheckBytes(bytes);

        // Only the pre-flight, which reads the zip directory and never inflates, reports zip-limits.
        AssertRefused(result, "zip-limits");
        Assert.Contains("image1.png", result.Problems[0].Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreeThousandEntries_ReportsZipLimits()
    {
        var bytes = Mutate(zip =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                AddEntry(zip, $"customXml/item{i}.xml", "<a/>");
            }
        });

        AssertRefused(CheckBytes(bytes), "zip-limits");
    }

    [Theory]
    [InlineData("../../evil.xml")]
    [InlineData("xl/../../evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("..\\evil.xml")]
    public void Check_PathTraversalEntryName_ReportsZipLimits(string entryName)
    {
        var bytes = Mutate(zip => AddEntry(zip, entryName, "<a/>"));

        var result = CheckBytes(bytes);

        AssertRefused(result, "zip-limits");
        Assert.Contains("evil.xml", result.Problems[0].Message.En, StringComparison.Ordinal);
    }

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

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}")));
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

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}")));
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

    [Fact]
    public void Check_BillionLaughsInSheetPart_ReportsXmlUnsafe()
    {
        var bytes = WithDoctype(SourcesPart, BillionLaughs);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_ExternalEntityInSheetPart_ReportsXmlUnsafe()
    {
        var bytes = WithDoctype(SourcesPart, ExternalEntity);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_ExternalEntityInSharedStrings_ReportsXmlUnsafe()
    {
        // Shared strings are parsed before any sheet, with the same safe XmlReader settings.
        var bytes = WithDoctype(_ => "xl/sharedStrings.xml", ExternalEntity);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_TruncatedZip_ReportsUnreadable()
    {
        var valid = Valid();

        AssertRefused(CheckBytes(valid[..(valid.Length / 2)]), "unreadable");
    }

    [Fact]
    public void Check_CorruptedSheetData_ReportsUnreadable()
    {
        var bytes = WithCorruptEntry(Valid(), "xl/worksheets/sheet4.xml");

        AssertRefused(CheckBytes(bytes), "unreadable");
    }

    [Fact]
    public void Check_TextInActivityCell_ReportsNotANumberAtCell()
    {
        var problem = AssertRefused(CheckBytes(WithSourcesText("I4", "abc")), "not-a-number", SourcesSheet, "I4");

        Assert.Equal("abc", problem.ValueSeen);
    }

    [Fact]
    public void Check_NegativeActivity_ReportsNegativeAtCell()
    {
        AssertRefused(CheckBytes(WithSourcesNumber("I4", -106223)), "negative", SourcesSheet, "I4");
    }

    [Theory]
    [InlineData("11,678")]
    [InlineData("１１，６７８")]
    [InlineData(" 11678 ")]
    public void Check_ThousandsSeparatedText_IsAcceptedAsNumber(string typed)
    {
        // O3 is the reported tCO2e of the first source row, 11678 in the sample.
        var result = CheckBytes(WithSourcesText("O3", typed));

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}")));
        Assert.Equal(11678m, result.Workbook!.Sources.Single(s => s.Row == 3).ReportedTco2e);
    }

    [Fact]
    public void Check_PeriodEndBeforeStart_ReportsPeriodOrderAtPeriodEnd()
    {
        var sample = SeedSamples.ByCode("CP");
        var swapped = sample with { Entity = sample.Entity with { PeriodStart = sample.Entity.PeriodEnd, PeriodEnd = sample.Entity.PeriodStart } };

        AssertRefused(CheckBytes(Write(swapped)), "period-order", EntitySheet, "C6");
    }

    /// <summary>
    /// Runs the whole check as the intake does, asserting on the way that nothing escapes and nothing is left in the
    /// temporary directory.
    /// </summary>
    private static WorkbookCheckResult CheckBytes(byte[] bytes, ReadLimits? limits = null)
    {
        var tempBefore = TempEntries();
        WorkbookCheckResult? result = null;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            var thrown = Record.Exception(() => result = new WorkbookCheck(Factors, limits).Check(stream));
            Assert.Null(thrown);
        }
        Assert.Empty(TempEntries().Except(tempBefore));
        return result!;
    }

    /// <summary>
    /// Files in the system temp folder, less the runtime's own diagnostic sockets and pipes and MSBuild's node pipes
    /// (<c>MSBuild&lt;pid&gt;</c>), which every .NET process or build running beside the tests creates there and which say
    /// nothing about our check.
    /// </summary>
    private static HashSet<string> TempEntries() =>
        [.. Directory.EnumerateFiles(Path.GetTempPath())
            .Where(p => !Path.GetFileName(p).StartsWith("dotnet-diagnostic-", StringComparison.Ordinal)
                        && !Path.GetFileName(p).StartsWith("clr-debug-pipe-", StringComparison.Ordinal)
                        && !Path.GetFileName(p).StartsWith("MSBuild", StringComparison.Ordinal))];

    /// <summary>Asserts the file was refused with <paramref name="code"/> (at the sheet and cell given) and returns that problem.</summary>
    private static Problem AssertRefused(WorkbookCheckResult result, string code, string? sheet = null, string? cell = null)
    {
        var seen = string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}"));
        Assert.False(result.Accepted, $"accepted; problems: {seen}");
        var matches = result.Problems.Where(p => p.Code == code && (sheet is null || p.Sheet == sheet) && (cell is null || p.Cell == cell)).ToList();
        Assert.True(matches.Count > 0, $"no {code} at {sheet}!{cell}; problems: {seen}");
        var problem = matches[0];
        Assert.True(problem.IsError);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.En));
        Assert.DoesNotContain("{0", problem.Message.En, StringComparison.Ordinal);
        return problem;
    }
}
