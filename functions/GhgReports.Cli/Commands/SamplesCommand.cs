using System.ComponentModel;
using GhgReports.Localization;
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

        [CommandOption("--year <YEAR>")]
        [Description("Reporting year of the subsidiary workbooks. 2023 (default) is the seed plan's data; a later year is a synthetic, labelled sample (CP and LW: 4 % less energy, 3 % more output a year).")]
        public int Year { get; init; } = 2023;

        public override ValidationResult Validate() =>
            Year is < 2023 or > 2050 ? Usage.Error(CliTexts.YearFrom2023.Format("--year")) : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var path in Write(settings.Out, settings.Year))
        {
            console.MarkupLineInterpolated($"样例 Sample: [green]{path}[/]");
        }
        return GhgApp.Ok;
    }

    /// <summary>Writes the sample group workbook (_group-2023.xlsx) and one workbook per sample subsidiary for the year (CODE-YEAR.xlsx).</summary>
    internal static IReadOnlyList<string> Write(string folder, int year = 2023)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        var groupPath = Path.Combine(folder, "_group-2023.xlsx");
        using (var group = File.Create(groupPath))
        {
            GroupWorkbookWriter.Write(group, ReferenceCatalogs.FactorIds, SeedGroup.Workbook);
        }
        paths.Add(groupPath);
        foreach (var sample in LaterYearSamples.For(year))
        {
            var path = Path.Combine(folder, $"{sample.Entity.SubsidiaryCode}-{sample.Entity.ReportingYear}.xlsx");
            using var file = File.Create(path);
            SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors, sample);
            paths.Add(path);
        }
        return paths;
    }
}
