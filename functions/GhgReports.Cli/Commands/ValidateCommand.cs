using System.ComponentModel;
using GhgReports.Intake;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

internal sealed class ValidateCommand(IAnsiConsole console) : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The workbook (.xlsx) to check.")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the result as JSON (the same shape as results/…result.json).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            console.MarkupLineInterpolated($"[red]找不到文件 File not found: {settings.File}[/]");
            return GhgApp.UsageOrIo;
        }
        var result = CheckFile(settings.File, cancellationToken);
        var report = CheckReport.From(Path.GetFileName(settings.File), result);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(report.ToJson());
        }
        else
        {
            ProblemTable.Write(console, report);
        }
        return result.Accepted ? GhgApp.Ok : GhgApp.Rejected;
    }

    internal static WorkbookCheckResult CheckFile(string path, CancellationToken cancellationToken)
    {
        // Read into memory first: the check needs a seekable stream and the file may be on a slow share.
        using var memory = new MemoryStream(System.IO.File.ReadAllBytes(path));
        return new WorkbookCheck(ReferenceCatalogs.Factors).Check(memory, cancellationToken);
    }
}
