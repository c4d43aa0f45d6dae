using System.IO.Compression;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using UglyToad.PdfPig;

namespace GhgReports.Tests.ReportingPack;

/// <summary>The GHG report PDF inside the pack, drawn by the plan's engine, read back as a verifier's tools would.</summary>
public sealed class PackReportTests
{
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private static byte[] Report(string code, Language language)
    {
        var zip = PackFixtures.Build(PackFixtures.Inputs(code), new PackReportRenderer());
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var entry = archive.GetEntry(PackAssembler.ReportEntry(language))!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Render_CpChinese_HasEveryChecklistItemAndTheInventory()
    {
        var text = Text(Report("CP", Language.Zh));

        Assert.Contains("温室气体报告", text);
        foreach (var item in "abcdefghijklmnopqrst")
        {
            Assert.Contains($"{item})", text);
        }
        Assert.Contains("11,678", text);
        Assert.Contains("2,417,620", text);
        Assert.Contains("0.5703", text);
    }

    [Fact]
    public void Render_English_IsTheSameReportInEnglish()
    {
        var text = Text(Report("NM", Language.En));

        Assert.Contains("GHG report (ISO 14064-1:2018)", text);
        Assert.Contains("9,093,705", text);
        Assert.Contains("Emission factors and their sources", text);
    }

    [Fact]
    public void Build_WithTheRenderer_ManifestListsBothEditionsWithTheirHashes()
    {
        var zip = PackFixtures.Build(PackFixtures.Inputs("LW"), new PackReportRenderer());
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var manifestStream = archive.GetEntry("manifest.json")!.Open();
        var manifest = PackAssembler.ReadManifest(manifestStream);

        Assert.Contains(manifest.Files, f => f.Path == "report-zh.pdf");
        Assert.Contains(manifest.Files, f => f.Path == "report-en.pdf");
    }
}
