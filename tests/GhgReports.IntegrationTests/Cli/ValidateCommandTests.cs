using System.Text.Json;
using GhgReports.Cli;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests.Cli;

/// <summary>`ghg validate` as an officer runs it on files in a folder of their own.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ghg-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(Stream workbook, string name)
    {
        var path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        workbook.CopyTo(file);
        return path;
    }

    [Fact]
    public void Validate_AcceptedSample_ExitsZero()
    {
        using var sample = GhgReports.Tests.Intake.SampleWorkbooks.Write("CP");
        var path = Save(sample, "CP-2023.xlsx");
        var console = new TestConsole().Width(200);

        Assert.Equal(GhgApp.Ok, GhgApp.Run(["validate", path], console));
        Assert.Contains("ACCEPTED", console.Output);
    }

    [Fact]
    public void Validate_BrokenWorkbook_ExitsOneAndPrintsJson()
    {
        var path = Path.Combine(_folder, "broken.xlsx");
        File.WriteAllText(path, "not a workbook");
        var console = new TestConsole().Width(200);

        Assert.Equal(GhgApp.Rejected, GhgApp.Run(["validate", path, "--json"], console));
        using var json = JsonDocument.Parse(console.Output);
        Assert.False(json.RootElement.GetProperty("accepted").GetBoolean());
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal("not-a-workbook", problem.GetProperty("code").GetString());
        Assert.Contains("Excel", problem.GetProperty("messageZh").GetString());
    }

    [Fact]
    public void Validate_MissingFileOrArgument_ExitsTwo()
    {
        Assert.Equal(GhgApp.UsageOrIo, GhgApp.Run(["validate", Path.Combine(_folder, "nope.xlsx")], new TestConsole()));
        Assert.Equal(GhgApp.UsageOrIo, GhgApp.Run(["validate"], new TestConsole()));
        Assert.Equal(GhgApp.UsageOrIo, GhgApp.Run(["no-such-command"], new TestConsole()));
    }

    [Fact]
    public void Validate_SampleGroupWorkbook_IsRecognisedByItsSheetsAndAccepted()
    {
        using var group = new MemoryStream();
        GhgReports.Intake.Group.GroupWorkbookWriter.Write(group, [.. GhgReports.Tests.Intake.SampleWorkbooks.Factors.All.Select(f => f.Id)], GhgReports.Intake.Samples.SeedGroup.Workbook);
        group.Position = 0;
        var path = Save(group, "_group-2023.xlsx");
        var console = new TestConsole().Width(200);

        Assert.Equal(GhgApp.Ok, GhgApp.Run(["validate", path], console));
        Assert.Contains("ACCEPTED", console.Output);
        Assert.Contains("_group", console.Output);
        Assert.Contains("NM", console.Output);
        Assert.DoesNotContain("sheet-missing", console.Output);
    }

    [Fact]
    public void Validate_GroupForcedOnASubsidiaryWorkbook_ChecksItAsAGroupWorkbook()
    {
        using var sample = GhgReports.Tests.Intake.SampleWorkbooks.Write("CP");
        var path = Save(sample, "CP-2023.xlsx");
        var console = new TestConsole().Width(300);

        Assert.Equal(GhgApp.Rejected, GhgApp.Run(["validate", path, "--group", "--json"], console));
        using var json = JsonDocument.Parse(console.Output);
        Assert.Contains(json.RootElement.GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("code").GetString() == "sheet-missing" && p.GetProperty("messageEn").GetString()!.Contains("Register", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AcceptedSubsidiaryWorkbook_PrintsItsTotals()
    {
        using var sample = GhgReports.Tests.Intake.SampleWorkbooks.Write("CP");
        var path = Save(sample, "CP-2023.xlsx");
        var console = new TestConsole().Width(200);

        Assert.Equal(GhgApp.Ok, GhgApp.Run(["validate", path], console));
        // The plan's 2023 figures for CP: 11,678 + 60,579 = 72,257 tCO2e scope 1+2 over 165,700 t = 0.4361.
        Assert.Contains("72,257", console.Output);
        Assert.Contains("2,417,620", console.Output);
        Assert.Contains("0.4361", console.Output);
        Assert.Contains("GWP AR5", console.Output);
    }

    [Fact]
    public void Validate_RejectedWorkbook_TableShowsWhatWasExpected()
    {
        using var edited = GhgReports.Tests.Intake.SampleWorkbooks.Edited("YN", wb =>
            GhgReports.Tests.Intake.SampleWorkbooks.TableCell(wb, GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema.Sources, 3, "activity_unit").SetValue("t"));
        var path = Save(edited, "YN-2023.xlsx");
        var console = new TestConsole().Width(400);

        Assert.Equal(GhgApp.Rejected, GhgApp.Run(["validate", path], console));
        Assert.Contains("应为 Expected", console.Output);
        var row = console.Output.Split('\n').Single(l => l.Contains("unit-mismatch", StringComparison.Ordinal));
        // Seen "t", expected the factor's own unit, m3.
        Assert.Matches(@"│\s*t\s*│\s*m3\s*│", row);
    }
}
