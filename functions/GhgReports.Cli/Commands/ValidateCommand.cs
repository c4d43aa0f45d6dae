using System.ComponentModel;
using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Checks a workbook on the desk as intake would: a subsidiary's (with its totals when accepted) or the group's, told
/// apart by its sheets unless --group says so.
/// </summary>
internal sealed class ValidateCommand(IAnsiConsole console) : Command<ValidateCommand.Settings>
{
    /// <summary>The local runner's GWP set (LocalSettings), so that totals here match what `ghg run` would store.</summary>
    public const string DefaultGwpSet = "AR5";

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The workbook (.xlsx) to check.")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the result as JSON (the check part of results/…result.json).")]
        public bool Json { get; init; }

        [CommandOption("--group")]
        [Description("Check it as the group workbook. Default: recognised by its sheets (集团信息 Group, 子公司名册 Register).")]
        public bool Group { get; init; }

        [CommandOption("--gwp <SET>")]
        [Description("GWP set for an accepted subsidiary workbook's totals: AR4, AR5 or AR6. Default: AR5, as `ghg run` uses.")]
        public string Gwp { get; init; } = DefaultGwpSet;

        public override ValidationResult Validate() =>
            Gwps.TryGet(Gwp, out _) ? ValidationResult.Success() : Usage.Error(CliTexts.GwpChoice.Format(Gwp, string.Join(", ", Gwps.All.Select(s => s.Id))));
    }

    private static readonly GwpCatalog Gwps = GwpCatalog.LoadEmbedded();

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            CliErrors.Print(console, CliTexts.FileNotFound.Format(settings.File));
            return GhgApp.UsageOrIo;
        }
        // Read into memory first: the check needs a seekable stream and the file may be on a slow share.
        using var memory = new MemoryStream(System.IO.File.ReadAllBytes(settings.File));
        var name = Path.GetFileName(settings.File);
        if (settings.Group || GroupWorkbookReader.HasGroupSheets(memory))
        {
            var group = new GroupWorkbookReader(ReferenceCatalogs.Factors).Check(memory, cancellationToken);
            return Print(settings, CheckReport.FromGroup(name, group), null, group.Workbook);
        }
        using var services = ReferenceCatalogs.WithoutStorage(Gwps.Get(settings.Gwp).Id);
        var calculation = services.GetRequiredService<CalculationSettings>();
        // With the calculator, as intake checks: an accepted file is one whose every line calculates.
        var result = new WorkbookCheck(services.GetRequiredService<IFactorCatalog>(), calculator: services.GetRequiredService<InventoryCalculator>(), settings: calculation)
            .Check(memory, cancellationToken);
        var figures = result is { Accepted: true, Workbook: { } workbook, Inventory: { } inventory }
            ? SubmissionFiguresFactory.From(workbook, inventory, calculation)
            : null;
        return Print(settings, CheckReport.From(name, result), figures, null);
    }

    private int Print(Settings settings, CheckReport report, SubmissionFigures? figures, GroupWorkbook? group)
    {
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(report.ToJson());
        }
        else
        {
            ProblemTable.Write(console, report);
            if (figures is not null)
            {
                FiguresTable.Write(console, figures);
            }
            if (group is not null && report.Accepted)
            {
                FiguresTable.Write(console, group);
            }
        }
        return report.Accepted ? GhgApp.Ok : GhgApp.Rejected;
    }
}
