using System.Security.Cryptography;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.ReportingPack;
using GhgReports.Tests.Evidence;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

public sealed class PackEvidenceTests
{
    private const string Statement = "VS-2024-017 核查声明.pdf";

    /// <summary>CP's sample with its reported lines citing the verification statement by file name, and the statement attached.</summary>
    private static PackInputs CpWithStatement(byte[] statement)
    {
        var seed = SeedSamples.ByCode("CP");
        var cited = seed with
        {
            Sources = [.. seed.Sources.Select(s => s.ReportedTco2e is null ? s : s with { Evidence = $"2023 核查声明 / verification statement: {Statement}" })],
        };
        return Inputs(cited) with { Attachments = [new AttachedEvidence("CP", Statement, statement)] };
    }

    [Fact]
    public void Build_ReportedTotalsCitingOnlyThePlan_AreWarnedAboutByRow()
    {
        var inputs = Inputs("CP");
        using var output = new MemoryStream();

        var model = PackAssembler.Build(inputs, output);

        // CP reports categories 1, 3 and 4 as totals, each citing the group's plan: rows of the Sources sheet.
        var rows = string.Join(", ", inputs.Inventory.Lines.Where(l => l.Path == CalculationPath.Reported).Select(l => l.Row));
        var warning = Assert.Single(model.Warnings, w => w.En.StartsWith("CP: the reported totals", StringComparison.Ordinal));
        Assert.Contains($"on rows {rows} cite no attached evidence file; rows {rows} point back to the group's own reduction plan", warning.En, StringComparison.Ordinal);
        Assert.Contains("集团减排计划本身", warning.Zh, StringComparison.Ordinal);
        using var workbook = InventoryWorkbookTests.OpenInventory(output.ToArray());
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString() == warning.En);
    }

    [Fact]
    public void Build_AttachedStatement_IsInThePackUnderItsOwnNameWithItsHashAndSilencesTheWarning()
    {
        var statement = EvidenceFiles.Pdf();
        var inputs = CpWithStatement(statement);
        using var output = new MemoryStream();

        var model = PackAssembler.Build(inputs, output);

        Assert.DoesNotContain(model.Warnings, w => w.En.Contains("cite no attached evidence file", StringComparison.Ordinal));
        var zip = output.ToArray();
        var path = $"evidence/CP/{Statement}";
        Assert.Equal(statement, Entry(zip, path));
        var listed = Assert.Single(Manifest(zip).Files, f => f.Path == path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(statement)), listed.Sha256);
        Assert.Equal(statement.LongLength, listed.Bytes);
        // After the submission's workbook, before the manifest; the same inputs give the same bytes.
        var paths = Manifest(zip).Files.Select(f => f.Path).ToList();
        Assert.True(paths.IndexOf(path) > paths.IndexOf(PackAssembler.EvidenceEntry(inputs.Inventory.SubmissionId)));
        Assert.Equal(SHA256.HashData(zip), SHA256.HashData(Build(inputs)));
    }

    [Theory]
    [InlineData("CP", "../escape.pdf")]
    [InlineData("CP", "folder/statement.pdf")]
    [InlineData("LW", "statement.pdf")]
    public void Build_AttachmentThatCannotBeNamedSafelyOrBelongsElsewhere_IsRefused(string code, string name)
    {
        var inputs = Inputs("CP") with { Attachments = [new AttachedEvidence(code, name, EvidenceFiles.Pdf())] };

        Assert.Throws<ArgumentException>(() => Build(inputs));
    }
}
