using ClosedXML.Excel;
using GhgReports.Cli;
using Spectre.Console.Testing;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.IntegrationTests.Cli;

/// <summary>`ghg template --subsidiary CODE --year Y`: the pre-filled template on disk, or a usage error.</summary>
public sealed class TemplateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ghg-template-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IXLCell EntityValue(XLWorkbook workbook, string key) =>
        workbook.Worksheet(S.Entity.TemplateName).Cell(S.Entity.Fields.ToList().FindIndex(f => f.Key == key) + 2, 3);

    [Fact]
    public void GhgTemplate_SubsidiaryAndYear_WritesTheFilledTemplate()
    {
        var console = new TestConsole().Width(400);
        var output = Path.Combine(_folder, "LW.xlsx");

        var exit = GhgApp.Run(["template", "--subsidiary", "LW", "--year", "2024", "--out", output], console);

        Assert.Equal(GhgApp.Ok, exit);
        using var workbook = new XLWorkbook(output);
        Assert.Equal("LW", EntityValue(workbook, "subsidiary_code").GetString());
        Assert.Equal(2024, EntityValue(workbook, "reporting_year").GetValue<int>());
    }

    [Theory]
    [InlineData("--subsidiary", "CP")]
    [InlineData("--year", "2024")]
    [InlineData("--group", "--subsidiary", "CP", "--year", "2024")]
    [InlineData("--subsidiary", "cp", "--year", "2024")]
    public void GhgTemplate_IncompletePrefill_IsAUsageErrorInBothLanguages(params string[] options)
    {
        var console = new TestConsole().Width(400);
        var output = Path.Combine(_folder, "t.xlsx");

        var exit = GhgApp.Run(["template", "--out", output, .. options], console);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("--subsidiary", console.Output, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", console.Output);
        Assert.False(File.Exists(output));
    }
}
