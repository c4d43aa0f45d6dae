using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

public sealed class PackAssemblerTests
{
    public static TheoryData<string> Codes() => ["CP", "LW", "YN", "NM"];

    [Fact]
    public void Build_SeedSubsidiary_WritesInventoryEvidenceAndManifestInThatOrder()
    {
        var inputs = Inputs("CP");
        var zip = Build(inputs);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(
            [PackAssembler.InventoryEntry, $"evidence/{inputs.Inventory.SubmissionId}.xlsx", PackAssembler.ManifestEntry],
            archive.Entries.Select(e => e.FullName));
        Assert.Equal("iso14064/2023/CP-2023-iso14064-pack.zip", PackAssembler.BlobName("CP", 2023));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Build_SeedSubsidiary_EveryManifestHashVerifies(string code)
    {
        var zip = Build(Inputs(code));

        var manifest = Manifest(zip);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        // Every entry but the manifest itself is listed, and each listed file is there with its hash and size.
        Assert.Equal(archive.Entries.Select(e => e.FullName).Where(n => n != PackAssembler.ManifestEntry), manifest.Files.Select(f => f.Path));
        foreach (var file in manifest.Files)
        {
            var bytes = Entry(zip, file.Path);
            Assert.Equal(file.Bytes, bytes.LongLength);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public void Build_SeedSubsidiary_ManifestRecordsSnapshotVersionsAndGenerator()
    {
        var inputs = Inputs("YN");
        var manifest = Manifest(Build(inputs));

        Assert.Equal(PackManifest.CurrentSchema, manifest.Schema);
        Assert.Equal("subsidiary", manifest.Kind);
        Assert.Equal("YN", manifest.Code);
        Assert.Equal(new DateOnly(2023, 1, 1), manifest.PeriodStart);
        Assert.Equal(SnapshotDate, manifest.Snapshot.Date);
        var pointer = Assert.Single(manifest.Snapshot.Pointers);
        Assert.Equal(("YN", 2023, inputs.Inventory.SubmissionId), (pointer.Subsidiary, pointer.Year, pointer.SubmissionId));
        Assert.Equal(inputs.Snapshot.Pointers[0].ETag, pointer.ETag);
        Assert.Equal(inputs.Inventory.FactorCatalogVersion, manifest.FactorVersion);
        // YN uses the grid factor and the two Chinese fuel defaults.
        Assert.Equal(["cn-fuel", "cn-grid"], manifest.FactorSets.Select(s => s.Id));
        Assert.Equal(new ManifestVersion("AR5", inputs.Inventory.GwpSetVersion), manifest.GwpSet);
        Assert.Equal(Generator, manifest.GeneratorVersion);
    }

    [Fact]
    public void Build_EvidenceIsTheUploadedFileByteForByte()
    {
        var inputs = Inputs("NM");
        var zip = Build(inputs);

        var evidence = Entry(zip, PackAssembler.EvidenceEntry(inputs.Inventory.SubmissionId));
        Assert.Equal(inputs.Evidence[0].Content, evidence);
        Assert.Equal(inputs.Inventory.SubmissionId, SubmissionId(evidence));
    }

    [Fact]
    public void Build_SameInputsTwice_GivesIdenticalBytes()
    {
        var inputs = Inputs("YN");
        var first = Build(inputs, new PlaceholderPdfRenderer());
        // Longer than the two-second step of zip times and the one-second step of document properties: a clock
        // reading anywhere in the output would show.
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        var second = Build(inputs, new PlaceholderPdfRenderer());

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void Build_ZipEntries_CarryTheSnapshotTimeAndNoExtraFields()
    {
        var zip = Build(Inputs("CP"), new PlaceholderPdfRenderer());

        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            Assert.All(archive.Entries, e => Assert.Equal(SnapshotDate.UtcDateTime, e.LastWriteTime.DateTime));
        }
        var records = CentralDirectory(zip);
        Assert.Equal(5, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal(0, r.CentralExtra);
            Assert.Equal(0, r.LocalExtra);
        });
    }

    [Fact]
    public void Build_WithRenderer_AddsChineseAndEnglishReportsAndListsThemInTheManifest()
    {
        var renderer = new PlaceholderPdfRenderer();
        var zip = Build(Inputs("LW"), renderer);

        Assert.Equal([("LW", Language.Zh), ("LW", Language.En)], renderer.Calls);
        var manifest = Manifest(zip);
        Assert.Equal(["report-zh.pdf", "report-en.pdf", PackAssembler.InventoryEntry], manifest.Files.Take(3).Select(f => f.Path));
        var zh = Entry(zip, "report-zh.pdf");
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.UTF8.GetString(zh), StringComparison.Ordinal);
        Assert.Contains("内蒙古创新轻量化新材料有限公司", System.Text.Encoding.UTF8.GetString(zh), StringComparison.Ordinal);
        Assert.Equal(manifest.Files[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(zh)));
    }

    [Fact]
    public void Build_EvidenceThatDoesNotHashToItsSubmissionId_IsRefused()
    {
        var inputs = Inputs("CP");
        var tampered = inputs.Evidence[0].Content.ToArray();
        tampered[^1] ^= 0xFF;

        var error = Assert.Throws<ArgumentException>(() => Build(inputs with { Evidence = [new EvidenceFile(inputs.Inventory.SubmissionId, tampered)] }));
        Assert.Contains("does not hash to its id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingEvidence_IsRefused()
    {
        var inputs = Inputs("CP");

        var error = Assert.Throws<ArgumentException>(() => Build(inputs with { Evidence = [] }));
        Assert.Contains(inputs.Inventory.SubmissionId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LinesWithoutSubmissionId_AreRefused()
    {
        var inputs = Inputs("CP");
        var unstored = inputs with { Inventory = inputs.Inventory with { Lines = [.. inputs.Inventory.Lines.Select(l => l with { SubmissionId = "" })] } };

        Assert.Throws<ArgumentException>(() => Build(unstored));
    }

    private sealed record CentralRecord(string Name, int CentralExtra, int LocalExtra);

    /// <summary>Reads the zip's central directory by hand: ZipArchive does not expose extra fields.</summary>
    private static List<CentralRecord> CentralDirectory(byte[] zip)
    {
        var end = zip.Length - 22;
        while (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)) != 0x06054b50)
        {
            end--;
        }
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var records = new List<CentralRecord>();
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset)));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 32));
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset + 42));
            var name = System.Text.Encoding.UTF8.GetString(zip, offset + 46, nameLength);
            var localExtra = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(local + 28));
            records.Add(new CentralRecord(name, extraLength, localExtra));
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return records;
    }
}
