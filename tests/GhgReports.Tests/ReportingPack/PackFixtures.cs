using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.ReportingPack;

/// <summary>Packs of the seed samples, calculated with AR5 and the grid average as the residual-mix proxy.</summary>
internal static class PackFixtures
{
    public static readonly DateTimeOffset SnapshotDate = new(2024, 3, 31, 8, 30, 0, TimeSpan.Zero);
    public const string Generator = "0.1.0-test";

    private static readonly ConditionalWeakTable<SubsidiaryWorkbook, byte[]> EvidenceCache = [];

    /// <summary>
    /// The sample workbook as a subsidiary would upload it, written once per test run: the bytes are the evidence, and
    /// their SHA-256 is the submission id (as intake names submissions).
    /// </summary>
    public static byte[] UploadedBytes(SubsidiaryWorkbook workbook)
    {
        return EvidenceCache.GetValue(workbook, w =>
        {
            using var stream = new MemoryStream();
            SubsidiaryWorkbookWriter.Write(stream, [.. Library.All.Select(f => f.Id)], w);
            return stream.ToArray();
        });
    }

    public static string SubmissionId(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static (SubsidiaryInventory Inventory, EvidenceFile Evidence) Calculate(SubsidiaryWorkbook workbook)
    {
        var bytes = UploadedBytes(workbook);
        var id = SubmissionId(bytes);
        var inventory = LibraryCalculator().Calculate(workbook, Ar5 with { SubmissionId = id });
        return (inventory, new EvidenceFile(id, bytes));
    }

    public static PointerSnapshot Pointer(SubsidiaryInventory inventory) =>
        new(inventory.SubsidiaryCode, inventory.ReportingYear, inventory.SubmissionId, $"W/\"datetime'2024-03-30T10%3A00%3A00.{inventory.SubsidiaryCode.Length}Z'\"");

    public static PackInputs Inputs(string code) => Inputs(SeedSamples.ByCode(code));

    public static PackInputs Inputs(SubsidiaryWorkbook workbook)
    {
        var (inventory, evidence) = Calculate(workbook);
        return new PackInputs
        {
            Group = SeedGroup.Workbook,
            Workbook = workbook,
            Inventory = inventory,
            Factors = Library,
            Gwps = Gwps,
            Snapshot = new PackSnapshot { Date = SnapshotDate, Pointers = [Pointer(inventory)] },
            Evidence = [evidence],
            GeneratorVersion = Generator,
        };
    }

    public static GroupPackInputs GroupInputs()
    {
        var members = SeedSamples.All.Select(w => (Workbook: w, Calculated: Calculate(w))).ToList();
        var register = SeedGroup.Workbook.Register.ToDictionary(r => r.Code);
        var group = GroupConsolidator.Consolidate(
            members.Select(m => register[m.Workbook.Entity.SubsidiaryCode].Consolidating(m.Calculated.Inventory)).ToList(),
            SeedGroup.Workbook.Group.ConsolidationApproach, 2023);
        return new GroupPackInputs
        {
            Group = SeedGroup.Workbook,
            Inventory = group,
            Members = members.Select(m => new GroupPackMember(m.Workbook, m.Calculated.Inventory)).ToList(),
            Factors = Library,
            Gwps = Gwps,
            Snapshot = new PackSnapshot { Date = SnapshotDate, Pointers = members.Select(m => Pointer(m.Calculated.Inventory)).ToList() },
            Evidence = members.Select(m => m.Calculated.Evidence).ToList(),
            GeneratorVersion = Generator,
        };
    }

    public static byte[] Build(PackInputs inputs, IPackReportRenderer? renderer = null)
    {
        using var output = new MemoryStream();
        PackAssembler.Build(inputs, output, renderer);
        return output.ToArray();
    }

    public static byte[] BuildGroup(GroupPackInputs inputs, IPackReportRenderer? renderer = null)
    {
        using var output = new MemoryStream();
        PackAssembler.BuildGroup(inputs, output, renderer);
        return output.ToArray();
    }

    public static byte[] Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"No entry {name}.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static PackManifest Manifest(byte[] zip) => PackAssembler.ReadManifest(new MemoryStream(Entry(zip, PackAssembler.ManifestEntry)));
}

/// <summary>Stands in for the PDF engine: a tiny, fixed placeholder PDF per language.</summary>
internal sealed class PlaceholderPdfRenderer : IPackReportRenderer
{
    public List<(string Code, Language Language)> Calls { get; } = [];

    public void Render(PackModel pack, Language language, Stream output, CancellationToken cancellationToken)
    {
        Calls.Add((pack.Code, language));
        var text = $"%PDF-1.4\n% placeholder {pack.Code} {pack.ReportingYear} {language}: {pack.Title.In(language)}\n%%EOF\n";
        output.Write(Encoding.UTF8.GetBytes(text));
    }
}
