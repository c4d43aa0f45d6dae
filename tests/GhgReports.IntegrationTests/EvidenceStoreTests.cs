using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using GhgReports.Cli;
using GhgReports.Cli.Local;
using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class EvidenceStoreTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Upload_Pdf_IsStoredUnderCodeAndYearWithItsHashAndNeverOverwritten()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var store = new EvidenceStore(t.Storage);
        var statement = Pdf();

        var first = await store.UploadAsync("CP", 2023, "VS-2024-017 核查声明.pdf", new MemoryStream(statement), "officer@example.com", CancellationToken.None);

        var stored = Assert.IsType<StoredEvidence>(first.Stored);
        Assert.Equal("CP/2023/VS-2024-017 核查声明.pdf", stored.BlobName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(statement)), stored.Sha256);
        var blob = t.Storage.Evidence.GetBlobClient(stored.BlobName);
        Assert.Equal(statement, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("application/pdf", (await blob.GetPropertiesAsync()).Value.ContentType);

        // Create-only: the same name again is refused, and the stored statement is untouched.
        var second = await store.UploadAsync("CP", 2023, "VS-2024-017 核查声明.pdf", new MemoryStream(Pdf()[..^1]), "someone", CancellationToken.None);
        Assert.Null(second.Stored);
        Assert.Equal("evidence-exists", Assert.Single(second.Problems).Code);
        Assert.Equal(statement, (await blob.DownloadContentAsync()).Value.Content.ToArray());

        Assert.Equal([stored], await store.ListAsync("CP", 2023, CancellationToken.None));
        Assert.Empty(await store.ListAsync("CP", 2024, CancellationToken.None));
    }

    [Fact]
    public async Task Upload_HostileFile_IsRefusedAndNothingIsWrittenAnywhere()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var store = new EvidenceStore(t.Storage);

        var macros = await store.UploadAsync("CP", 2023, "figures.xlsx", new MemoryStream(WorkbookWithMacros()), "x", CancellationToken.None);
        var script = await store.UploadAsync("CP", 2023, "statement.pdf", new MemoryStream(PdfWithJavaScript()), "x", CancellationToken.None);

        Assert.Equal("macro-enabled", Assert.Single(macros.Problems).Code);
        Assert.Equal("evidence-active-content", Assert.Single(script.Problems).Code);
        Assert.Empty(await t.Storage.Evidence.GetBlobsAsync().ToListAsync());
        // Evidence never goes through uploads/, whose blob trigger would take it for a workbook.
        Assert.Empty(await t.Storage.Uploads.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task PackGenerator_StoredStatementCitedByName_GoesIntoThePackWithItsHash()
    {
        var names = StorageNames.Unique();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        var seed = SeedSamples.ByCode("CP");
        var cited = seed with { Sources = [.. seed.Sources.Select(s => s.ReportedTco2e is null ? s : s with { Evidence = "VS-2024-017.pdf" })] };
        Assert.Equal(SubmissionStatus.Accepted, (await t.ProcessAsync(TestStorage.Workbook(cited), "CP/CP-2023.xlsx")).Status);
        var statement = Pdf();
        Assert.NotNull((await new EvidenceStore(t.Storage).UploadAsync("CP", 2023, "VS-2024-017.pdf", new MemoryStream(statement), "officer", CancellationToken.None)).Stored);
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();

        await services.GetRequiredService<PackGenerator>().BuildAllAsync(2023, "CP", CancellationToken.None);

        var zip = (await t.Storage.Reports.GetBlobClient(PackAssembler.BlobName("CP", 2023)).DownloadContentAsync()).Value.Content.ToArray();
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using (var entry = archive.GetEntry("evidence/CP/VS-2024-017.pdf")!.Open())
        using (var copy = new MemoryStream())
        {
            await entry.CopyToAsync(copy);
            Assert.Equal(statement, copy.ToArray());
        }
        using var manifest = archive.GetEntry(PackAssembler.ManifestEntry)!.Open();
        var listed = Assert.Single(PackAssembler.ReadManifest(manifest).Files, f => f.Path == "evidence/CP/VS-2024-017.pdf");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(statement)), listed.Sha256);
    }

    [Fact]
    public async Task UploadCommand_Evidence_StoresOnceAndRefusesASecondFileOrAMismatchedType()
    {
        // The command uses the default container names: a code of this test's own keeps runs apart.
        var code = "EV-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var folder = Directory.CreateTempSubdirectory("ghg-evidence-");
        try
        {
            var statement = Path.Combine(folder.FullName, "statement.pdf");
            await File.WriteAllBytesAsync(statement, Pdf());
            var disguised = Path.Combine(folder.FullName, "photo.pdf");
            using (var bitmap = new SKBitmap(8, 8))
            using (var png = bitmap.Encode(SKEncodedImageFormat.Png, 100))
            {
                await File.WriteAllBytesAsync(disguised, png.ToArray());
            }
            string[] storage = ["--subsidiary", code, "--connection", fixture.Azurite.ConnectionString];

            var stored = GhgApp.Run(["upload", statement, "--evidence", "--year", "2023", .. storage], new TestConsole().Width(200));
            var again = GhgApp.Run(["upload", statement, "--evidence", "--year", "2023", .. storage], new TestConsole().Width(200));
            var mismatched = GhgApp.Run(["upload", disguised, "--evidence", "--year", "2023", .. storage], new TestConsole().Width(200));
            var withoutYear = GhgApp.Run(["upload", statement, "--evidence", .. storage], new TestConsole().Width(200));

            Assert.Equal((GhgApp.Ok, GhgApp.Rejected, GhgApp.Rejected, GhgApp.UsageOrIo), (stored, again, mismatched, withoutYear));
            var (blobs, _, _) = StorageClients.FromConnectionString(fixture.Azurite.ConnectionString);
            var evidence = blobs.GetBlobContainerClient(new StorageNames().Evidence);
            Assert.Equal([$"{code}/2023/statement.pdf"], (await evidence.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, code + "/", CancellationToken.None).ToListAsync()).Select(b => b.Name));
            Assert.Empty(await blobs.GetBlobContainerClient(new StorageNames().Uploads).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, code + "/", CancellationToken.None).ToListAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static byte[] Pdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            using var canvas = document.BeginPage(595.28f, 841.89f);
            canvas.Clear(SKColors.White);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static byte[] WorkbookWithMacros()
    {
        using var stream = new MemoryStream();
        stream.Write(TestStorage.Workbook(SeedSamples.ByCode("CP")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var vba = zip.CreateEntry("xl/vbaProject.bin").Open();
            vba.Write([0xD0, 0xCF, 0x11, 0xE0]);
        }
        return stream.ToArray();
    }

    private static byte[] PdfWithJavaScript() => Encoding.Latin1.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\n%%EOF\n");
}
