using System.ComponentModel;
using System.Globalization;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.Reporting.Runs;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Submissions;
using GhgReports.Tracker;
using Microsoft.Extensions.DependencyInjection;
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
        await using var services = settings.Services();
        var pointers = services.GetRequiredService<CurrentPointers>();
        var store = services.GetRequiredService<SubmissionStore>();
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
        var years = new SortedDictionary<int, YearLine>();
        foreach (var code in codes)
        {
            var periods = (await pointers.ListAsync(code, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.RowKey, p => p);
            await CountYearsAsync(store, code, periods.Values, years, cancellationToken).ConfigureAwait(false);
            var history = await store.HistoryAsync(code, cancellationToken).ConfigureAwait(false);
            foreach (var s in history.Where(h => settings.Year is null || h.ReportingYear == settings.Year))
            {
                var period = s.ReportingYear is { } y ? periods.GetValueOrDefault(CurrentPointers.PeriodKey(y)) : null;
                table.AddRow(code, s.ReportingYear?.ToString(CultureInfo.InvariantCulture) ?? "", Words(StateTexts.Of(s.Status)), Markup.Escape(OfficersName(s)),
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
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        console.Write(YearTable(years, codes, settings.Year, group.Value.Workbook.Deadline, today));
        console.Write(await DocumentTableAsync(services.GetRequiredService<DocumentVersions>(), [.. years.Keys.Where(y => settings.Year is null || y == settings.Year)],
            codes, cancellationToken).ConfigureAwait(false));
        console.Write(await RunTableAsync(services.GetRequiredService<RunViews>(),
            [.. years.Keys.Where(y => settings.Year is null || y == settings.Year)], cancellationToken).ConfigureAwait(false));
        if (settings.Year is { } reported)
        {
            var message = missing.Count == 0 ? CliTexts.AllSubmitted.Format(reported) : CliTexts.NotSubmitted.Format(reported, string.Join(", ", missing));
            console.MarkupLineInterpolated($"[{(missing.Count == 0 ? "green" : "yellow")}]{message.Zh}\n{message.En}[/]");
            if (YearTracker.DeadlineOf(group.Value.Workbook, reported, today) is { } due)
            {
                var said = due.Passed && missing.Count > 0
                    ? CliTexts.Overdue.Format(reported, Day(due.Due), string.Join(", ", missing))
                    : CliTexts.DueBy.Format(reported, Day(due.Due));
                console.MarkupLineInterpolated($"[{(due.Passed && missing.Count > 0 ? "red" : "green")}]{said.Zh}\n{said.En}[/]");
            }
        }
        return GhgApp.Ok;
    }

    private async Task WriteGroupAsync(SubmissionStore store, string submissionId, GroupWorkbook workbook, CancellationToken cancellationToken)
    {
        var submission = await store.GetAsync(GroupWorkbook.Code, submissionId, cancellationToken).ConfigureAwait(false);
        var name = submission is null ? "" : OfficersName(submission);
        var uploaded = submission?.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
        var message = CliTexts.GroupInForce.Format(workbook.Group.Name, name, uploaded, submissionId[..Math.Min(12, submissionId.Length)],
            workbook.Register.Count(s => s.Active));
        console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
        var deadline = workbook.Deadline is { } d ? CliTexts.DeadlineDeclared.Format(d.ToString()) : CliTexts.DeadlineNotDeclared;
        console.MarkupLineInterpolated($"{deadline.Zh}\n{deadline.En}");
    }

    /// <summary>A stored state or name as the headers are written: Chinese, then English, on one line.</summary>
    private static string Words(Bilingual words) => Markup.Escape($"{words.Zh} {words.En}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One reporting year across the subsidiaries: who has data in force, whose periods are locked, whose base it is.</summary>
    private sealed record YearLine(List<string> InForce, List<string> Locked, List<string> BaseOf);

    /// <summary>
    /// Adds a subsidiary's periods to the per-year lines; its base year is the one its latest workbook in force names
    /// (the Entity sheet), which plans and progress measure from.
    /// </summary>
    private static async Task CountYearsAsync(SubmissionStore store, string code, IEnumerable<PointerEntity> periods, SortedDictionary<int, YearLine> years,
        CancellationToken cancellationToken)
    {
        PointerEntity? latest = null;
        foreach (var period in periods)
        {
            if (!int.TryParse(period.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }
            var line = Line(years, year);
            if (period.SubmissionId is not null)
            {
                line.InForce.Add(code);
                latest = latest is null || string.CompareOrdinal(period.RowKey, latest.RowKey) > 0 ? period : latest;
            }
            if (period.Locked)
            {
                line.Locked.Add(code);
            }
        }
        if (latest?.SubmissionId is { } id)
        {
            var workbook = SubmissionRows.ToSubsidiaryWorkbook(await store.RowsAsync(id, cancellationToken).ConfigureAwait(false));
            Line(years, workbook.Entity.BaseYear).BaseOf.Add(code);
        }
    }

    private static YearLine Line(SortedDictionary<int, YearLine> years, int year) =>
        years.TryGetValue(year, out var line) ? line : years[year] = new YearLine([], [], []);

    private static Table YearTable(SortedDictionary<int, YearLine> years, IReadOnlyList<string> registered, int? only, SubmissionDeadline? deadline,
        DateOnly today)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("按年度 By year");
        foreach (var column in new[] { "年度 Year", "在用 In force", "缺失 Missing", "锁定 Locked", "基准年 Base year of", "截止 Due" })
        {
            table.AddColumn(column);
        }
        foreach (var (year, line) in years.Where(y => only is null || y.Key == only))
        {
            table.AddRow(year.ToString(CultureInfo.InvariantCulture), $"{line.InForce.Count} / {registered.Count}",
                string.Join(", ", registered.Except(line.InForce)), string.Join(", ", line.Locked), string.Join(", ", line.BaseOf),
                deadline is null ? "" : Day(deadline.For(year)) + (deadline.IsPast(year, today) ? $" ({Words(CliTexts.DeadlinePassed)})" : ""));
        }
        return table;
    }

    /// <summary>Every version of each year's plan and packs, with what changed from the version before.</summary>
    private static async Task<Table> DocumentTableAsync(DocumentVersions versions, IReadOnlyList<int> years, IReadOnlyList<string> codes,
        CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("文档版本 Document versions");
        foreach (var column in new[] { "年度 Year", "文档 Document", "版本 Version", "生成 Made", "变化 What changed" })
        {
            table.AddColumn(column);
        }
        foreach (var year in years)
        {
            var documents = new List<(string Name, string Key)> { (Words(StateTexts.Of(RunKind.Plan)), PlanGenerator.VersionsKey(year)) };
            documents.AddRange(codes.Append(PackGenerator.GroupCode).Select(code => (Words(CliTexts.PackOf.Format(code)), PackAssembler.BlobName(code, year))));
            foreach (var (name, key) in documents)
            {
                foreach (var version in (await versions.HistoryAsync(key, cancellationToken).ConfigureAwait(false)).Versions)
                {
                    table.AddRow(year.ToString(CultureInfo.InvariantCulture), name, version.Number.ToString(CultureInfo.InvariantCulture),
                        version.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        Markup.Escape(string.Join("\n", version.Changes.Select(c => c.ToString()))));
                }
            }
        }
        return table;
    }

    /// <summary>The latest plan and pack runs of each year, and every part that failed every retry (the poison queue), with why.</summary>
    private static async Task<Table> RunTableAsync(RunViews runs, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("生成运行 Runs");
        foreach (var column in new[] { "年度 Year", "运行 Run", "类型 Kind", "状态 Status", "请求 Requested", "完成 Done", "失败 Failed" })
        {
            table.AddColumn(column);
        }
        foreach (var year in years)
        {
            foreach (var run in (await runs.ListAsync(year, cancellationToken).ConfigureAwait(false)).Take(RunsShownPerYear))
            {
                var failed = run.Parts.Where(p => p.Status == RunStatus.Failed).Select(p => $"{p.Subsidiary}: {p.ErrorZh}\n{p.ErrorEn}");
                string[] note = run.NoteZh is null ? [] : [$"{run.NoteZh}\n{run.NoteEn}"];
                table.AddRow(year.ToString(CultureInfo.InvariantCulture), run.Id, Words(StateTexts.Of(run.Kind)) + (run.Subsidiary is { } only ? " · " + only : ""),
                    Words(StateTexts.Of(run.Status)),
                    Markup.Escape($"{run.RequestedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {run.RequestedBy}"),
                    $"{run.Completed} / {run.Expected}", Markup.Escape(string.Join("\n", failed.Concat(note))));
            }
        }
        return table;
    }

    private const int RunsShownPerYear = 10;

    /// <summary>The officer's own file name when the upload came through the page; the blob's name otherwise.</summary>
    private static string OfficersName(SubmissionEntity submission) =>
        submission.FileName is { Length: > 0 } name ? name : submission.BlobName;

    private static string LockText(PointerEntity? period) =>
        period is { Locked: true } ? $"✓ {period.Verifier} · {period.StatementReference}" : "";
}
