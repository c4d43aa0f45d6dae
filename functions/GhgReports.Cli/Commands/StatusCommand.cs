using System.ComponentModel;
using System.Globalization;
using GhgReports.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>Submissions, the one in force per period, history, and who has not submitted for a year.</summary>
internal sealed class StatusCommand(IAnsiConsole console) : AsyncCommand<StatusCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Reporting year to check for missing submissions.")]
        public int? Year { get; init; }

        [CommandOption("--subsidiary <CODE>")]
        public string? Subsidiary { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var storage = settings.Open();
        var pointers = new CurrentPointers(storage);
        var store = new SubmissionStore(storage, pointers);
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            console.MarkupLine("[yellow]尚无集团名册 No group register yet: upload the group workbook to uploads/_group/.[/]");
            return GhgApp.Rejected;
        }
        var codes = group.Value.Workbook.Register.Where(s => s.Active).Select(s => s.Code)
            .Where(c => settings.Subsidiary is null || c == settings.Subsidiary).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "代码 Code", "年度 Year", "状态 Status", "文件 File", "上传 Uploaded", "提交 Submission", "在用 Current" })
        {
            table.AddColumn(column);
        }
        var missing = new List<string>();
        foreach (var code in codes)
        {
            var current = (await pointers.ListAsync(code, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.RowKey, p => p);
            var history = await store.HistoryAsync(code, cancellationToken).ConfigureAwait(false);
            foreach (var s in history.Where(h => settings.Year is null || h.ReportingYear == settings.Year))
            {
                var isCurrent = s.ReportingYear is { } y && current.TryGetValue(CurrentPointers.PeriodKey(y), out var p) && p.SubmissionId == s.RowKey;
                table.AddRow(code, s.ReportingYear?.ToString(CultureInfo.InvariantCulture) ?? "", s.Status, Markup.Escape(s.BlobName),
                    s.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.RowKey[..Math.Min(12, s.RowKey.Length)], isCurrent ? "✓" : "");
            }
            if (settings.Year is { } year && !current.ContainsKey(CurrentPointers.PeriodKey(year)))
            {
                missing.Add(code);
            }
        }
        console.Write(table);
        if (settings.Year is not null)
        {
            if (missing.Count == 0)
            {
                console.MarkupLineInterpolated($"[green]{settings.Year} 年度全部子公司已提交 All registered subsidiaries have data in force for {settings.Year}.[/]");
            }
            else
            {
                console.MarkupLineInterpolated($"[yellow]{settings.Year} 年度未提交 Not yet submitted: {string.Join(", ", missing)}[/]");
            }
        }
        return GhgApp.Ok;
    }
}
