using System.ComponentModel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

internal sealed class SamplesCommand(IAnsiConsole console) : Command<SamplesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for the sample workbooks. Default: samples")]
        public string Out { get; init; } = "samples";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var path in Write(settings.Out))
        {
            console.MarkupLineInterpolated($"样例 Sample: [green]{path}[/]");
        }
        return GhgApp.Ok;
    }

    /// <summary>Writes the sample group workbook (_group-2023.xlsx) and one workbook per sample subsidiary (CODE-YEAR.xlsx).</summary>
    internal static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        var groupPath = Path.Combine(folder, "_group-2023.xlsx");
        using (var group = File.Create(groupPath))
        {
            GroupWorkbookWriter.Write(group, ReferenceCatalogs.FactorIds, SeedGroup.Workbook);
        }
        paths.Add(groupPath);
        foreach (var sample in SeedSamples.All)
        {
            var path = Path.Combine(folder, $"{sample.Entity.SubsidiaryCode}-{sample.Entity.ReportingYear}.xlsx");
            using var file = File.Create(path);
            SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors, sample);
            paths.Add(path);
        }
        return paths;
    }
}
