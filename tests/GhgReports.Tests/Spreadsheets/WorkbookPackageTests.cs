using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Spreadsheets;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.Spreadsheets;

/// <summary>
/// The package our workbooks are written as: its own parts made by us (never System.IO.Packaging's random names, ids
/// and save times), ClosedXML's sheets copied, the streamed sheet written by its writer.
/// </summary>
public sealed class WorkbookPackageTests
{
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    [Fact]
    public void Write_LaterYearPack_PackagePartsAreOursAndEveryPartIsDeclared()
    {
        var cp = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        var model = PackModelBuilder.ForSubsidiary(Inputs(cp));
        using var stream = new MemoryStream();
        InventoryWorkbookWriter.Write(model, stream);

        using var archive = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml"], names.Take(3));
        Assert.DoesNotContain(names, n => n.StartsWith("package/", StringComparison.Ordinal) || n.EndsWith(".psmdcp", StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());

        // Every part but the relationship parts (declared by extension) has an override naming its type.
        var types = Load(archive, "[Content_Types].xml").Root!;
        var declared = types.Elements(ContentTypes + "Override").Select(o => ((string)o.Attribute("PartName")!).TrimStart('/')).ToList();
        Assert.Equal(names.Where(n => n != "[Content_Types].xml" && !n.EndsWith(".rels", StringComparison.Ordinal)), declared);
        Assert.Contains(types.Elements(ContentTypes + "Default"), d => (string?)d.Attribute("Extension") == "rels");

        // Package relationships numbered in order, each pointing at a part that is there.
        var relationships = Load(archive, "_rels/.rels").Root!.Elements(Relationships + "Relationship").ToList();
        Assert.Equal(Enumerable.Range(1, relationships.Count).Select(i => $"rId{i}"), relationships.Select(r => (string)r.Attribute("Id")!));
        Assert.All(relationships, r => Assert.Contains(((string)r.Attribute("Target")!).TrimStart('/'), names));

        // The OpenXml SDK reads it as a workbook with the pack's title and the snapshot as its dates.
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Equal($"{model.Title.Zh} {model.Title.En}", document.PackageProperties.Title);
        Assert.Equal("GhgReports", document.PackageProperties.Creator);
        Assert.Equal(SnapshotDate.UtcDateTime, document.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(SnapshotDate.UtcDateTime, document.PackageProperties.Modified!.Value.ToUniversalTime());
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        Assert.Equal(model.Inventory.Lines.Sum(l => l.Line.GasTonnes.Count),
            GhgReports.Tests.ReportingPack.InventoryWorkbookTests.Sheet(workbook, PackTexts.SheetLines).RowsUsed().Count() - 2);
    }

    [Fact]
    public void Write_StreamedSheet_IsWrittenByItsWriterFromClosedXmlsFrame()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Frame").Cell(1, 1).SetValue("header");
        workbook.Worksheets.Add("Kept").Cell(1, 1).SetValue("kept");
        byte[]? frame = null;

        using var stream = new MemoryStream();
        WorkbookPackage.Write(workbook, stream, SnapshotDate,
        [
            new StreamedSheet("Frame", xml =>
            {
                frame = xml;
                return output => output.Write(Encoding.UTF8.GetBytes(StreamedPart));
            }),
        ]);

        Assert.Contains("header", Encoding.UTF8.GetString(frame!), StringComparison.Ordinal);
        using var read = new XLWorkbook(new MemoryStream(stream.ToArray()));
        Assert.Equal("streamed", read.Worksheet("Frame").Cell(3, 2).GetString());
        Assert.True(read.Worksheet("Frame").Cell(1, 1).IsEmpty());
        Assert.Equal("kept", read.Worksheet("Kept").Cell(1, 1).GetString());
    }

    [Fact]
    public void Write_SameWorkbook_SameBytesForOneTimestampAndEntryTimesFollowIt()
    {
        var later = SnapshotDate.AddDays(1);

        var first = Write(SnapshotDate);
        var second = Write(SnapshotDate);
        var third = Write(later);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(third));
        using var archive = new ZipArchive(new MemoryStream(third), ZipArchiveMode.Read);
        Assert.All(archive.Entries, e => Assert.Equal(later.UtcDateTime, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Write_Undated_NoCoreDatesAndEveryEntryAtTheEarliestZipTime()
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "Undated";
        workbook.Worksheets.Add("Sheet").Cell(1, 1).SetValue("x");
        using var stream = new MemoryStream();

        WorkbookPackage.Write(workbook, stream, timestamp: null);

        using (var archive = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read))
        {
            Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        }
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Equal("Undated", document.PackageProperties.Title);
        Assert.Null(document.PackageProperties.Created);
        Assert.Null(document.PackageProperties.Modified);
    }

    [Fact]
    public void Write_StreamedSheetNotInTheWorkbook_IsRefused()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Sheet");

        var refused = Assert.Throws<ArgumentException>(() =>
            WorkbookPackage.Write(workbook, new MemoryStream(), SnapshotDate, [new StreamedSheet("Missing", _ => _ => { })]));
        Assert.Contains("Missing", refused.Message, StringComparison.Ordinal);
    }

    private const string StreamedPart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>streamed</t></is></c></row></sheetData></worksheet>";

    /// <summary>A new workbook each time: ClosedXML 0.95.4 saves a workbook once (a second save reuses the first stream).</summary>
    private static byte[] Write(DateTimeOffset timestamp)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Sheet").Cell(1, 1).SetValue("x");
        using var stream = new MemoryStream();
        WorkbookPackage.Write(workbook, stream, timestamp);
        return stream.ToArray();
    }

    private static XDocument Load(ZipArchive archive, string name)
    {
        using var entry = archive.GetEntry(name)!.Open();
        return XDocument.Load(entry);
    }
}
