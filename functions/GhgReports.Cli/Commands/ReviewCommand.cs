using System.ComponentModel;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>What every `ghg review` command takes: the storage, and who is acting.</summary>
internal class ReviewSettings : StorageSettings
{
    [CommandOption("--actor <WHO>")]
    [Description("Who is acting (recorded in the audit trail). Default: the current user name.")]
    public string Actor { get; init; } = Environment.UserName;
}

/// <summary>`ghg review list`: the workbooks awaiting HQ's review, per registered subsidiary, with their ids.</summary>
internal sealed class ReviewListCommand(IAnsiConsole console) : AsyncCommand<ReviewListCommand.Settings>
{
    public sealed class Settings : ReviewSettings
    {
        [CommandOption("--subsidiary <CODE>")]
        [Description("One subsidiary only.")]
        public string? Subsidiary { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        var group = await services.GetRequiredService<SubmissionStore>().CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            CliErrors.Print(console, CliTexts.NoRegister);
            return GhgApp.UsageOrIo;
        }
        var intake = services.GetRequiredService<SubmissionIntake>();
        var table = new Table().AddColumns("子公司 Subsidiary", "年度 Year", "文件 File", "上传 Uploaded", "提交编号 Submission");
        foreach (var code in group.Value.Workbook.ActiveCodes.Where(c => settings.Subsidiary is null || c == settings.Subsidiary))
        {
            foreach (var waiting in await intake.AwaitingReviewAsync(code, cancellationToken).ConfigureAwait(false))
            {
                table.AddRow(Markup.Escape(code), waiting.ReportingYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(waiting.FileName), waiting.UploadedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
                    waiting.RowKey);
            }
        }
        if (table.Rows.Count == 0)
        {
            console.MarkupLineInterpolated($"{ReviewCliTexts.NothingWaiting.Zh}\n{ReviewCliTexts.NothingWaiting.En}");
            return GhgApp.Ok;
        }
        console.Write(table);
        return GhgApp.Ok;
    }
}

/// <summary>`ghg review approve|return`: HQ's decision on one workbook awaiting review, as the page's buttons take it.</summary>
internal sealed class ReviewDecisionCommand(IAnsiConsole console) : AsyncCommand<ReviewDecisionCommand.Settings>
{
    public sealed class Settings : ReviewSettings
    {
        [CommandArgument(0, "<SUBSIDIARY>")]
        [Description("Subsidiary code, e.g. CP.")]
        public string Subsidiary { get; init; } = "";

        [CommandArgument(1, "<SUBMISSION>")]
        [Description("The submission id (as `ghg review list` shows it), or its first 8 or more characters.")]
        public string Submission { get; init; } = "";

        [CommandOption("--comment <TEXT>")]
        [Description("HQ's comment to the officer (required to return).")]
        public string? Comment { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why a base-year workbook replaces the one in force, when neither the upload nor the group workbook says.")]
        public string? Reason { get; init; }

        public override ValidationResult Validate() =>
            !SubsidiaryCode.IsValid(Subsidiary) ? Usage.Error(CliTexts.NotACode.Format(Subsidiary))
            : Submission.Length < 8 ? Usage.Error(ReviewCliTexts.IdTooShort)
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var returning = context.Name == "return";
        if (returning && string.IsNullOrWhiteSpace(settings.Comment))
        {
            CliErrors.Print(console, ReviewTexts.CommentRequired);
            return GhgApp.UsageOrIo;
        }
        await using var services = settings.Services();
        var intake = services.GetRequiredService<SubmissionIntake>();
        var waiting = (await intake.AwaitingReviewAsync(settings.Subsidiary, cancellationToken).ConfigureAwait(false))
            .Where(s => s.RowKey.StartsWith(settings.Submission, StringComparison.OrdinalIgnoreCase)).ToList();
        // A prefix names one waiting workbook or none; a full id not waiting is passed on, so the answer says why.
        var id = waiting.Count == 1 ? waiting[0].RowKey : settings.Submission;
        if (waiting.Count > 1)
        {
            CliErrors.Print(console, ReviewCliTexts.Ambiguous.Format(settings.Submission));
            return GhgApp.UsageOrIo;
        }
        var outcome = returning
            ? await intake.ReturnAsync(settings.Subsidiary, id, settings.Actor, settings.Comment!.Trim(), cancellationToken).ConfigureAwait(false)
            : await intake.ApproveAsync(settings.Subsidiary, id, settings.Actor, settings.Comment, settings.Reason, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == ReviewOutcomeKind.NotFound)
        {
            CliErrors.Print(console, ReviewCliTexts.NotFound.Format(settings.Subsidiary, settings.Submission));
            return GhgApp.UsageOrIo;
        }
        if (!outcome.Done)
        {
            CliErrors.Print(console, outcome.Message!);
            return GhgApp.Rejected;
        }
        var said = ReviewCliTexts.Decided.Format(settings.Subsidiary, outcome.Result!.FileName ?? outcome.Result.BlobName, StoredName.Of(outcome.Result.Status));
        console.MarkupLineInterpolated($"{said.Zh}\n{said.En}");
        return GhgApp.Ok;
    }
}

/// <summary>The wording `ghg review` prints.</summary>
internal static class ReviewCliTexts
{
    public static readonly Bilingual NothingWaiting = new("没有待审核的工作簿。", "No workbook is awaiting review.");
    public static readonly Bilingual IdTooShort = new("提交编号至少需要前 8 位。", "Give at least the first 8 characters of the submission id.");
    public static readonly Bilingual Ambiguous = new("“{0}”对应多个待审核的提交，请多给几位。", "\"{0}\" matches several workbooks awaiting review: give more characters.");
    public static readonly Bilingual NotFound = new("{0} 没有提交 {1}。", "{0} has no submission {1}.");
    public static readonly Bilingual Decided = new("{0} 的 {1}：{2}", "{0}'s {1}: {2}");
}
