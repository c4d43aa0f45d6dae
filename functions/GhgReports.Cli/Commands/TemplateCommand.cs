using System.ComponentModel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Template;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

internal sealed class TemplateCommand(IAnsiConsole console) : Command<TemplateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the template (.xlsx). Default: ghg-template.xlsx")]
        public string Out { get; init; } = "ghg-template.xlsx";

        [CommandOption("--group")]
        [Description("Write the group workbook template (集团工作簿: register, targets, plan narrative) instead.")]
        public bool Group { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputFiles.EnsureParent(settings.Out);
        using (var file = File.Create(settings.Out))
        {
            if (settings.Group)
            {
                GroupWorkbookWriter.Write(file, ReferenceCatalogs.FactorIds);
            }
            else
            {
                SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors);
            }
        }
        console.MarkupLineInterpolated($"模板已写入 Template written: [green]{settings.Out}[/]");
        return GhgApp.Ok;
    }
}
