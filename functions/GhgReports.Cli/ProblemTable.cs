using GhgReports.Intake;
using Spectre.Console;

namespace GhgReports.Cli;

/// <summary>Prints a check result as officers read it: verdict first, then one row per problem.</summary>
internal static class ProblemTable
{
    public static void Write(IAnsiConsole console, CheckReport report)
    {
        var verdict = report.Accepted
            ? $"[green]通过 ACCEPTED[/] {Markup.Escape(report.File)}"
            : $"[red]退回 REJECTED[/] {Markup.Escape(report.File)}";
        console.MarkupLine(verdict);
        if (report.SubsidiaryCode is not null)
        {
            // A group workbook has no period: its code and name alone.
            var period = report.ReportingYear is null ? "" : $" · {report.ReportingYear} · {report.PeriodStart} – {report.PeriodEnd}";
            console.MarkupLineInterpolated($"{report.SubsidiaryCode} {report.SubsidiaryName}{period}");
        }
        console.MarkupLineInterpolated($"错误 errors: {report.ErrorCount} · 警告 warnings: {report.WarningCount}");
        if (report.Problems.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("级别 Severity");
        table.AddColumn("位置 Location");
        table.AddColumn("代码 Code");
        table.AddColumn("问题 Problem");
        table.AddColumn("读到 Seen");
        table.AddColumn("应为 Expected");
        foreach (var p in report.Problems)
        {
            var location = p.Sheet is null ? "" : p.Cell is null ? (p.Row is null ? p.Sheet : $"{p.Sheet} · row {p.Row}") : $"{p.Sheet}!{p.Cell}";
            table.AddRow(
                p.Severity == "error" ? "[red]错误 error[/]" : "[yellow]警告 warning[/]",
                Markup.Escape(location),
                Markup.Escape(p.Code),
                Markup.Escape($"{p.MessageZh}\n{p.MessageEn}"),
                Markup.Escape(p.ValueSeen ?? ""),
                Markup.Escape(Expected(p)));
        }
        console.Write(table);
    }

    /// <summary>One line when both languages say the same (a code, a unit), two otherwise.</summary>
    private static string Expected(CheckReportProblem p) =>
        p.ExpectedZh is null ? p.ExpectedEn ?? "" : p.ExpectedZh == p.ExpectedEn || p.ExpectedEn is null ? p.ExpectedZh : $"{p.ExpectedZh}\n{p.ExpectedEn}";
}
