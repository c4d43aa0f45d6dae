using System.Text.Json;
using GhgReports.Cli;
using Spectre.Console.Testing;

namespace GhgReports.Tests.Cli;

[Collection(TempFolderCollection.Name)]
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
}
