using System.IO.Compression;
using System.Text;
using GhgReports.Intake.Reading;

namespace GhgReports.Tests.Intake;

/// <summary>The raw-byte test that decides whether a sheet must be parsed for error cells.</summary>
public sealed class WorksheetPartsTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet><sheetData><row r=\"1\">";
    private const string Tail = "</row></sheetData></worksheet>";

    [Fact]
    public void MayHoldErrorCells_CleanSheet_IsFalse()
    {
        Assert.False(Judge(Head + Cells(5_000, "t=\"s\"") + Tail));
    }

    [Theory]
    [InlineData("t=\"e\"")]
    [InlineData("t='e'")]
    [InlineData("t=\"&#101;\"")]
    public void MayHoldErrorCells_ErrorCell_IsTrue(string attribute)
    {
        Assert.True(Judge(Head + Cells(100, "t=\"s\"") + $"<c r=\"A101\" {attribute}><v>#N/A</v></c>" + Tail));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MayHoldErrorCells_PatternAcrossAReadBoundary_IsTrue(int shift)
    {
        // The part is read 64 KiB at a time; the quoted e starts a few bytes before the first boundary.
        var prefix = Head + "<c r=\"A1\" t=\"inlineStr\"><is><t>";
        var padding = new string('x', (1 << 16) - Encoding.UTF8.GetByteCount(prefix) - shift);

        Assert.True(Judge(prefix + padding + "\"e\"</t></is></c>" + Tail));
    }

    [Fact]
    public void MayHoldErrorCells_PartInAnotherEncoding_IsTrue()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><worksheet><sheetData/></worksheet>";

        Assert.True(Judge(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray()));
        Assert.True(Judge("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>"));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><worksheet/>")]
    [InlineData("<?xml version='1.0' encoding = 'utf-8'?><worksheet/>")]
    [InlineData("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet/>")]
    [InlineData("<worksheet/>")]
    public void MayHoldErrorCells_Utf8Declarations_AreJudged(string xml)
    {
        Assert.False(Judge(xml));
    }

    private static string Cells(int count, string type) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<c r=\"A{i}\" {type}><v>{i % 50}</v></c>"));

    private static bool Judge(string xml) => Judge(new UTF8Encoding(false).GetBytes(xml));

    private static bool Judge(byte[] part)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            stream.Write(part);
        }
        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);
        return WorksheetParts.MayHoldErrorCells(read.GetEntry("xl/worksheets/sheet1.xml")!);
    }
}
