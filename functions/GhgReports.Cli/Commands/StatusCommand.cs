using System.ComponentModel;
using System.Globalization;
using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Localization;
using GhgReports.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// The group workbook in force, then each subsidiary's submissions under the names officers gave their files, which
/// one is in force per period, which periods are locked, and who has not submitted for a year.
/// </summary>
internal sealed class StatusCommand(IAnsiConsole console) : AsyncCommand<StatusCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Only this reporting year, and list who has no data in force for it, e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int? Year { get; init; }

        [CommandOption("--subsidiary <CODE>")]
        [Description("Only this subsidiary, e.g. CP.")]
        public string? Subsidiary { get; init; }

        public override ValidationResult Validate() =>
            Subsidiary is not null && !SubsidiaryCode.IsValid(Subsidiary) ? Usage.Error(CliTexts.NotACode.Format(Subsidiary)) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var storage = settings.Open();
        var pointers = new CurrentPointers(storage);
        var store = new SubmissionStore(storage, pointers);
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            CliErrors.Print(console, CliTexts.NoRegister);
            return GhgApp.Rejected;
        }
        await WriteGroupAsync(store, group.Value.SubmissionId, group.Value.Workbook, cancellationToken).ConfigureAwait(false);
        var codes = group.Value.Workbook.Register.Where(s => s.Active).Select(s => s.Code)
            .Where(c => settings.Subsidiary is null || c == settings.Subsidiary).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "代码 Code", "年度 Year", "状态 Status", "文件 File", "上传 Uploaded", "提交 Submission", "在用 In force", "锁定 Locked" })
        {
            table.AddColumn(column);
        }
        var missing = new List<string>();
        foreach (var code in codes)
        {
            var periods = (await pointers.ListAsync(code, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.RowKey, p => p);
            var history = await store.HistoryAsync(code, cancellationToken).ConfigureAwait(false);
            foreach (var s in history.Where(h => settings.Year is null || h.ReportingYear == settings.Year))
            {
                var period = s.ReportingYear is { } y ? periods.GetValueOrDefault(CurrentPointers.PeriodKey(y)) : null;
                table.AddRow(code, s.ReportingYear?.ToString(CultureInfo.InvariantCulture) ?? "", s.Status, Markup.Escape(OfficersName(s)),
                    s.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.RowKey[..Math.Min(12, s.RowKey.Length)],
                    period?.SubmissionId == s.RowKey ? "✓" : "", period?.SubmissionId == s.RowKey ? Markup.Escape(LockText(period)) : "");
            }
            // A locked period without a submission listed above (e.g. filtered by year) still shows its lock.
            foreach (var period in periods.Values.Where(p => p.Locked && p.SubmissionId is null && (settings.Year is null || p.RowKey == CurrentPointers.PeriodKey(settings.Year.Value))))
            {
                table.AddRow(code, period.RowKey, "", "", "", "", "", Markup.Escape(LockText(period)));
            }
            if (settings.Year is { } year && periods.GetValueOrDefault(CurrentPointers.PeriodKey(year))?.SubmissionId is null)
            {
                missing.Add(code);
            }
        }
        console.Write(table);
        if (settings.Year is { } reported)
        {
            var message = missing.Count == 0 ? CliTexts.AllSubmitted.Format(reported) : CliTexts.NotSubmitted.Format(reported, string.Join(", ", missing));
            console.MarkupLineInterpolated($"[{(missing.Count == 0 ? "green" : "yellow")}]{message.Zh}\n{message.En}[/]");
        }
        return GhgApp.Ok;
    }

    private async Task WriteGroupAsync(SubmissionStore store, string submissionId, GroupWorkbook workbook, CancellationToken cancellationToken)
    {
        var submission = await store.GetAsync(GroupWorkbookSchema.GroupCode, submissionId, cancellationToken).ConfigureAwait(false);
        var name = submission is null ? "" : OfficersName(submission);
        var uploaded = submission?.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
        var message = CliTexts.GroupInForce.Format(workbook.Group.Name, name, uploaded, submissionId[..Math.Min(12, submissionId.Length)],
            workbook.Register.Count(s => s.Active));
        console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
    }

    /// <summary>The officer's own file name when the upload came through the page; the blob's name otherwise.</summary>
    private static string OfficersName(SubmissionEntity submission) =>
        submission.FileName is { Length: > 0 } name ? name : submission.BlobName;

    private static string LockText(PointerEntity? period) =>
        period is { Locked: true } ? $"✓ {period.Verifier} · {period.StatementReference}" : "";
}
