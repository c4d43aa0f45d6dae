using System.IO.Compression;
using System.Text;
using GhgReports.Intake.Reading;
using static GhgReports.Tests.Intake.BrokenWorkbooks;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Every way an uploaded file can be refused as a package, each with a real broken file: size, type, encryption,
/// macros and zip limits. The check names the problem, never throws, and leaves no temporary files behind.
/// </summary>
public sealed class UntrustedWorkbookTests : UntrustedWorkbookChecks
{
    [Fact]
    public void Check_ValidSample_IsAccepted()
    {
        var result = CheckBytes(Valid());

        AssertAccepted(result);
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
}
