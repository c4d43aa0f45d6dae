using System.ComponentModel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Template;
using GhgReports.Localization;
using GhgReports.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

internal sealed class TemplateCommand(IAnsiConsole console) : Command<TemplateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the template (.xlsx). Default: ghg-template.xlsx, or ghg-template-CODE-YEAR.xlsx when pre-filled")]
        public string? Out { get; init; }

        [CommandOption("--group")]
        [Description("Write the group workbook template (集团工作簿: register, targets, plan narrative) instead.")]
        public bool Group { get; init; }

        [CommandOption("--subsidiary <CODE>")]
        [Description("Pre-fill the Entity sheet with this subsidiary code (with --year).")]
        public string? Subsidiary { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("Pre-fill the Entity sheet with this reporting year (with --subsidiary), e.g. 2024.")]
        [TypeConverter(typeof(YearConverter))]
        public int? Year { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("Pre-fill the subsidiary's name too, as the register gives it (with --subsidiary and --year).")]
        public string? Name { get; init; }

        public TemplatePrefill? Prefill => Subsidiary is { } code && Year is { } year ? new TemplatePrefill(code, year, Name) : null;

        public override ValidationResult Validate()
        {
            if (Subsidiary is not null && !SubsidiaryCode.IsValid(Subsidiary))
            {
                return Usage.Error(CliTexts.SubsidiaryCodes);
            }
            if ((Subsidiary is null) != (Year is null) || (Name is not null && Subsidiary is null))
            {
                return Usage.Error(CliTexts.TemplatePrefillNeedsBoth);
            }
            return Group && Subsidiary is not null ? Usage.Error(CliTexts.TemplatePrefillNotForGroup) : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var prefill = settings.Prefill;
        var output = settings.Out ?? prefill?.FileName ?? "ghg-template.xlsx";
        OutputFiles.EnsureParent(output);
        using (var file = File.Create(output))
        {
            if (settings.Group)
            {
                GroupWorkbookWriter.Write(file, ReferenceCatalogs.FactorIds);
            }
            else if (prefill is not null)
            {
                SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors, prefill);
            }
            else
            {
                SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors);
            }
        }
        console.MarkupLineInterpolated($"模板已写入 Template written: [green]{output}[/]");
        return GhgApp.Ok;
    }
}
