using System.IO.Compression;
using System.Security.Cryptography;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using static GhgReports.Tests.ReportingPack.InventoryWorkbookTests;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

public sealed class GroupPackTests
{
    [Fact]
    public void BuildGroup_SeedGroup_WorkbookCategoryTotalsEqualTheConsolidatedInventory()
    {
        var inputs = GroupInputs();
        using var workbook = OpenInventory(BuildGroup(inputs));

        var rows = CategoryRows(Sheet(workbook, PackTexts.SheetCategories));
        foreach (var category in Enumerable.Range(1, 6))
        {
            Assert.Equal((double)inputs.Inventory.CategoryEmissions(category, Scope2Method.LocationBased), rows[category].Location, 6);
            Assert.Equal((double)inputs.Inventory.CategoryEmissions(category, Scope2Method.MarketBased), rows[category].Market, 6);
        }
        // All four members at 100 % (operational control), no intra-group metal: category 1 = 11,678 + 330 + 16,697 + 15,205 = 43,910.
        Assert.Equal(43_910d, Math.Round(rows[1].Location));
        // Category 2 = 60,579 + 9,101 + 8,814 + 31,271 = 109,765.
        Assert.Equal(109_765d, Math.Round(rows[2].Location));
    }

    [Fact]
    public void InventoryWorkbook_GroupOfTwoThousandMembers_ListsEveryIdAndMemberInCellsWithinTheLimit()
    {
        // 2,000 members cite 2,000 submissions: 2,000 × 65 characters, four times what one cell holds.
        var model = PackModelBuilder.ForGroup(GroupInputs());
        var line = model.Inventory.Lines[0];
        var ids = Enumerable.Range(0, 2000).Select(i => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)))).ToList();
        // ... and its description names every member: 2,000 × 30 characters.
        var members = string.Join(", ", Enumerable.Range(1, 2000).Select(i => $"Subsidiary number {i} (S{i:0000})"));
        var many = model with
        {
            Inventory = model.Inventory with { Lines = [.. ids.Select(id => line with { Line = line.Line with { SubmissionId = id } })] },
            Organisation = model.Organisation with { Description = new Bilingual(members, members) },
            // ... which its checklist and its warnings may repeat.
            Checklist = [model.Checklist[0] with { Content = new Bilingual(members, members) }, .. model.Checklist.Skip(1)],
            Warnings = [.. model.Warnings, new Bilingual(members, members)],
        };
        using var output = new MemoryStream();

        InventoryWorkbookWriter.Write(many, output);

        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(output.ToArray()));
        var cells = Sheet(workbook, PackTexts.SheetReadme).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.All(cells, c => Assert.True(c.Length <= CellText.MaxCellText));
        var listed = cells.SelectMany(c => c.Split('\n')).ToHashSet(StringComparer.Ordinal);
        Assert.All(ids, id => Assert.Contains(id, listed));
        var named = cells.Where(c => c.Contains("Subsidiary number", StringComparison.Ordinal)).ToList();
        // The description, the checklist item and the warning, in Chinese and English: each member named six times.
        Assert.Equal(6, named.Count(c => c.Contains("Subsidiary number 1 (S0001)", StringComparison.Ordinal)));
        Assert.Equal(6, named.Count(c => c.Contains("Subsidiary number 2000 (S2000)", StringComparison.Ordinal)));
    }

    [Fact]
    public void BuildGroup_SeedGroup_HasEveryMembersLinesAndEvidence()
    {
        var inputs = GroupInputs();
        var zip = BuildGroup(inputs);

        var manifest = Manifest(zip);
        Assert.Equal("group", manifest.Kind);
        Assert.Equal(PackModelBuilder.GroupCode, manifest.Code);
        Assert.Equal(["CP", "LW", "NM", "YN"], manifest.Snapshot.Pointers.Select(p => p.Subsidiary));
        var evidence = manifest.Files.Where(f => f.Path.StartsWith(PackAssembler.EvidenceFolder, StringComparison.Ordinal)).ToList();
        Assert.Equal(inputs.Members.Select(m => PackAssembler.EvidenceEntry(m.Inventory.SubmissionId)).Order(StringComparer.Ordinal), evidence.Select(f => f.Path));
        foreach (var file in manifest.Files)
        {
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(Entry(zip, file.Path))));
        }

        using var workbook = OpenInventory(zip);
        var lines = Sheet(workbook, PackTexts.SheetLines);
        var consolidated = Column(lines, PackTexts.ColConsolidatedLocation);
        var dataRows = lines.RowsUsed().Where(r => r.RowNumber() > 2).ToList();
        Assert.Equal(inputs.Members.Sum(m => m.Inventory.Lines.Count), dataRows.Count);
        Assert.Equal((double)inputs.Inventory.TotalAllCategories(Scope2Method.LocationBased), dataRows.Sum(r => r.Cell(consolidated).GetDouble()), 3);
    }

    [Fact]
    public void BuildGroup_SeedGroup_WarnsThat内蒙新材料ReportsAnotherPeriod()
    {
        var inputs = GroupInputs();
        var model = PackModelBuilder.ForGroup(inputs);

        var warning = Assert.Single(model.Warnings, w => w.En.StartsWith("These subsidiaries do not report the calendar year 2023", StringComparison.Ordinal));
        Assert.Contains("内蒙古创新新材料有限公司 (NM) 2023-09-01..2024-08-31", warning.Zh, StringComparison.Ordinal);
        Assert.Equal(new ReportingPeriod(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31)), model.Boundaries.Members.Single(m => m.Code == "NM").Period);

        using var workbook = OpenInventory(BuildGroup(inputs));
        var readme = Sheet(workbook, PackTexts.SheetReadme).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(warning.Zh, readme);
        Assert.Contains(warning.En, readme);
    }

    [Fact]
    public void BuildGroup_SameInputsTwice_GivesIdenticalBytes()
    {
        var inputs = GroupInputs();

        var first = BuildGroup(inputs, new PlaceholderPdfRenderer());
        var second = BuildGroup(inputs, new PlaceholderPdfRenderer());

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        using var archive = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal("report-zh.pdf", archive.Entries[0].FullName);
        Assert.Equal(PackAssembler.ManifestEntry, archive.Entries[^1].FullName);
    }

    [Fact]
    public void ForGroup_SeedGroup_ModelIsConsolidatedAndBilingual()
    {
        var model = PackModelBuilder.ForGroup(GroupInputs());

        Assert.Equal(PackKind.Group, model.Kind);
        Assert.Equal("创新集团（样例） 2023 年度合并温室气体报告（ISO 14064-1:2018）", model.Title.Zh);
        Assert.Equal("运营控制权法", model.Boundaries.ConsolidationApproach.Zh);
        Assert.Equal(4, model.Boundaries.Members.Count(m => m.Included));
        Assert.Equal(model.Inventory.Scope12LocationBasedTco2e, model.Inventory.GetCategory(1).LocationBasedTco2e + model.Inventory.GetCategory(2).LocationBasedTco2e);
        // No member verified the consolidated figure; each member's own verification is listed.
        Assert.Equal("not-verified", model.Verification.Status);
        Assert.Contains("SAMPLE-NM-2023", model.Verification.Text.En, StringComparison.Ordinal);
        // The four members give the same justification for categories 5 and 6: it is listed once with their codes.
        var five = model.Significance.Single(s => s.Category == 5);
        Assert.False(five.Included);
        Assert.StartsWith("CP, LW, YN, NM: Not significant under the group's criteria", five.Justification.En, StringComparison.Ordinal);
    }
}
