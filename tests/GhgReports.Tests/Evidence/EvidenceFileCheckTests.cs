using GhgReports.Evidence;
using SkiaSharp;

namespace GhgReports.Tests.Evidence;

public sealed class EvidenceFileCheckTests
{
    public static TheoryData<string, string> Accepted() => new()
    {
        { "VS-2024-017 核查声明.pdf", "Pdf" },
        { "meter-2023-12.png", "Png" },
        { "invoice 12.JPG", "Jpeg" },
        { "supplier figures.xlsx", "Workbook" },
    };

    private static byte[] Content(string kind) => kind switch
    {
        "Pdf" => EvidenceFiles.Pdf(),
        "Png" => EvidenceFiles.Image(SKEncodedImageFormat.Png),
        "Jpeg" => EvidenceFiles.Image(SKEncodedImageFormat.Jpeg),
        _ => EvidenceFiles.Workbook(),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Check_RealFileWithItsOwnExtension_IsAcceptedAsItsKind(string name, string kind)
    {
        using var content = new MemoryStream(Content(kind));

        var outcome = EvidenceFileCheck.Check(name, content);

        Assert.True(outcome.Accepted, string.Join("; ", outcome.Problems.Select(p => p.Message.En)));
        Assert.Equal(Enum.Parse<EvidenceKind>(kind), outcome.Kind);
        Assert.Equal(0, content.Position);
    }

    [Theory]
    [InlineData("/JavaScript")]
    [InlineData("/J#61vaScript")]
    [InlineData("/Launch")]
    public void Check_PdfWithActiveContent_IsRefused(string name)
    {
        var outcome = EvidenceFileCheck.Check("statement.pdf", new MemoryStream(EvidenceFiles.PdfWithJavaScript(name)));

        Assert.False(outcome.Accepted);
        Assert.Equal("evidence-active-content", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public void Check_WorkbookWithMacros_IsRefusedAsTheWorkbookPreflightRefusesIt()
    {
        var outcome = EvidenceFileCheck.Check("figures.xlsx", new MemoryStream(EvidenceFiles.WorkbookWithMacros()));

        Assert.Equal("macro-enabled", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public void Check_ExecutableNamedPdf_IsRefusedByItsContent()
    {
        var outcome = EvidenceFileCheck.Check("statement.pdf", new MemoryStream(EvidenceFiles.Executable()));

        Assert.Equal("evidence-type", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public void Check_PngNamedPdf_IsRefusedForTheExtension()
    {
        var outcome = EvidenceFileCheck.Check("statement.pdf", new MemoryStream(EvidenceFiles.Image(SKEncodedImageFormat.Png)));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("evidence-extension", problem.Code);
        Assert.Contains(".png", problem.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../statement.pdf")]
    [InlineData("CP/2023/statement.pdf")]
    [InlineData("C:\\scans\\statement.pdf")]
    [InlineData(".statement.pdf")]
    [InlineData("statement\u0007.pdf")]
    [InlineData(" statement.pdf")]
    [InlineData("")]
    public void Check_NameThatIsNotAPlainFileName_IsRefused(string name)
    {
        var outcome = EvidenceFileCheck.Check(name, new MemoryStream(EvidenceFiles.Pdf()));

        Assert.Equal("evidence-name", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public void Check_OverTheLimitOrEmpty_IsRefusedBeforeReading()
    {
        var pdf = EvidenceFiles.Pdf();

        Assert.Equal("evidence-too-large", Assert.Single(EvidenceFileCheck.Check("a.pdf", new MemoryStream(pdf), maxBytes: pdf.Length - 1).Problems).Code);
        Assert.Equal("evidence-empty", Assert.Single(EvidenceFileCheck.Check("a.pdf", new MemoryStream()).Problems).Code);
        Assert.True(EvidenceFileCheck.Check("a.pdf", new MemoryStream(pdf), maxBytes: pdf.Length).Accepted);
    }
}
