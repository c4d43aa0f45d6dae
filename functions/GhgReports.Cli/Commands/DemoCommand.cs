using System.ComponentModel;
using GhgReports.Intake;
using GhgReports.Intake.Template;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// The README's main job. Today: template and samples written, each sample checked, a summary printed. Later steps
/// (intake on Azurite, plan and packs) extend this same command.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : Command<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for everything the demo writes. Default: out")]
        public string Out { get; init; } = "out";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Out);
        var templatePath = Path.Combine(settings.Out, "ghg-template.xlsx");
        using (var file = File.Create(templatePath))
        {
            SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.FactorIds);
        }
        console.MarkupLineInterpolated($"[grey]1/3[/] 模板 Template: {templatePath}");

        var samples = SamplesCommand.Write(Path.Combine(settings.Out, "samples"));
        console.MarkupLineInterpolated($"[grey]2/3[/] 样例 Samples: {samples.Count} workbooks in {Path.Combine(settings.Out, "samples")}");

        console.MarkupLine("[grey]3/3[/] 校验 Checking each sample …");
        var summary = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "代码 Code", "名称 Name", "报告期 Period", "结果 Result", "错误 Errors", "警告 Warnings", "排放源行 Source rows" })
        {
            summary.AddColumn(column);
        }
        var allAccepted = true;
        foreach (var path in samples)
        {
            var result = ValidateCommand.CheckFile(path, cancellationToken);
            var report = CheckReport.From(Path.GetFileName(path), result);
            allAccepted &= result.Accepted;
            summary.AddRow(
                Markup.Escape(report.SubsidiaryCode ?? Path.GetFileName(path)),
                Markup.Escape(report.SubsidiaryName ?? ""),
                Markup.Escape($"{report.PeriodStart} – {report.PeriodEnd}"),
                result.Accepted ? "[green]通过 accepted[/]" : "[red]退回 rejected[/]",
                report.ErrorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                report.WarningCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (result.Workbook?.Sources.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var problem in result.Problems)
            {
                console.MarkupLineInterpolated($"  [yellow]{report.SubsidiaryCode}[/] {problem.Location} {problem.Code}: {problem.Message.En}");
            }
        }
        console.Write(summary);
        return allAccepted ? GhgApp.Ok : GhgApp.Rejected;
    }
}
