using System.Globalization;
using System.Security.Cryptography;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.ReportingPack;
using GhgReports.Submissions;

namespace GhgReports.Bench.Pack;

/// <summary>
/// A generated group of N subsidiaries, each a copy of one of the four seed subsidiaries (in turn) under its own code,
/// with its sources repeated to the requested number of lines (amounts varied so no two lines are equal), calculated
/// with AR5 and the grid average proxy, and its workbook written once as the "uploaded" evidence.
/// </summary>
/// <remarks>
/// The evidence is written to files in <paramref name="EvidenceFolder"/> and streamed from there into the packs, as the
/// app streams it from the archive container: the inputs hold no workbook bytes, so a pack's memory is its own.
/// </remarks>
internal sealed record BenchGroup(
    GroupWorkbook Group,
    IReadOnlyList<PackInputs> Subsidiaries,
    GroupPackInputs Consolidated,
    long EvidenceBytes,
    string EvidenceFolder)
{
    public static readonly DateTimeOffset SnapshotDate = new(2024, 3, 31, 8, 30, 0, TimeSpan.Zero);

    public static BenchGroup Generate(int subsidiaries, int linesPerSubsidiary)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ghg-bench-evidence-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        long evidenceBytes = 0;
        var factors = FactorCatalog.LoadEmbedded();
        var gwps = GwpCatalog.LoadEmbedded();
        var calculator = new InventoryCalculator(factors, gwps);
        var factorIds = factors.All.Select(f => f.Id).ToList();
        var register = new List<RegisteredSubsidiary>();
        var members = new List<(SubsidiaryWorkbook Workbook, SubsidiaryInventory Inventory, EvidenceFile Evidence)>();
        for (var i = 0; i < subsidiaries; i++)
        {
            var seed = SeedSamples.All[i % SeedSamples.All.Count];
            var code = string.Create(CultureInfo.InvariantCulture, $"S{i + 1:000}");
            var name = $"{seed.Entity.SubsidiaryName}（第 {i + 1} 家）";
            var workbook = seed with
            {
                Entity = seed.Entity with { SubsidiaryCode = code, SubsidiaryName = name, DeclaredTotals = new Dictionary<int, decimal>() },
                Sources = Lines(seed.Sources, linesPerSubsidiary),
            };
            byte[] bytes;
            using (var stream = new MemoryStream())
            {
                SubsidiaryWorkbookWriter.Write(stream, factorIds, workbook);
                bytes = stream.ToArray();
            }
            var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var path = Path.Combine(folder, id + ".xlsx");
            File.WriteAllBytes(path, bytes);
            evidenceBytes += bytes.LongLength;
            var settings = new CalculationSettings { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy(), SubmissionId = id };
            members.Add((workbook, calculator.Calculate(workbook, settings), EvidenceFile.Streamed(id, () => File.OpenRead(path))));
            register.Add(new RegisteredSubsidiary
            {
                Row = i + 3,
                Code = code,
                NameZh = name,
                NameEn = $"Subsidiary {i + 1}",
                Province = "山东 Shandong",
                GridFactorId = SeedSamples.GridFactor,
                ProductionStage = seed.Entity.ProductionStage,
                SharePercent = 100m,
            });
        }
        var group = SeedGroup.Workbook with { Register = register };
        var pointers = members.Select(m => new PointerSnapshot(m.Inventory.SubsidiaryCode, 2023, m.Inventory.SubmissionId, $"W/\"etag-{m.Inventory.SubsidiaryCode}\"")).ToList();
        var snapshot = new PackSnapshot { Date = SnapshotDate, Pointers = pointers };
        var packs = members.Select(m => new PackInputs
        {
            Group = group,
            Workbook = m.Workbook,
            Inventory = m.Inventory,
            Factors = factors,
            Gwps = gwps,
            Snapshot = snapshot with { Pointers = [pointers.Single(p => p.SubsidiaryCode == m.Inventory.SubsidiaryCode)] },
            Evidence = [m.Evidence],
        }).ToList();
        var consolidated = GroupConsolidator.Consolidate(members.Select(m => (m.Inventory, 1m)).ToList(), group.Group.ConsolidationApproach, 2023);
        var groupInputs = new GroupPackInputs
        {
            Group = group,
            Inventory = consolidated,
            Members = members.Select(m => new GroupPackMember(m.Workbook, m.Inventory)).ToList(),
            Factors = factors,
            Gwps = gwps,
            Snapshot = snapshot,
            Evidence = members.Select(m => m.Evidence).ToList(),
        };
        return new BenchGroup(group, packs, groupInputs, evidenceBytes, folder);
    }

    /// <summary>The seed's sources repeated to <paramref name="count"/> lines, rows renumbered, amounts scaled a little per copy.</summary>
    private static List<EmissionSourceLine> Lines(IReadOnlyList<EmissionSourceLine> seed, int count)
    {
        var lines = new List<EmissionSourceLine>(count);
        for (var i = 0; i < count; i++)
        {
            var source = seed[i % seed.Count];
            var copy = i / seed.Count;
            var scale = 1m + copy * 0.01m;
            lines.Add(source with
            {
                Row = i + 3,
                LineNumber = (i + 1).ToString(CultureInfo.InvariantCulture),
                SourceName = copy == 0 ? source.SourceName : $"{source.SourceName} #{copy + 1}",
                ActivityAmount = source.ActivityAmount * scale,
                ReportedTco2e = source.ReportedTco2e * scale,
            });
        }
        return lines;
    }
}
