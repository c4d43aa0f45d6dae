using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Reminders;
using GhgReports.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// The daily deadline reminders on demand: the same service as the SendDeadlineReminders timer, for a year given, and
/// as idempotent (a subsidiary reminded today is not reminded again).
/// </summary>
internal sealed class RemindCommand(IAnsiConsole console) : AsyncCommand<RemindCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("The reporting year whose workbooks are due, e.g. 2024 (due in 2025).")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--webhook <URL>")]
        [Description("The notification webhook. Default: the NotificationWebhookUrl environment variable.")]
        public string? Webhook { get; init; }

        public override ValidationResult Validate() =>
            Usage.RequireYear(Year, "--year")
            ?? (Webhook is not null && !Uri.TryCreate(Webhook, UriKind.Absolute, out _) ? Usage.Error(CliTexts.NotAWebhook.Format(Webhook)) : ValidationResult.Success());
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The command line's default is the environment's NotificationWebhookUrl, as the Functions app's is its app setting.
        var webhook = settings.Webhook ?? Environment.GetEnvironmentVariable(nameof(NotificationOptions.NotificationWebhookUrl));
        await using var services = settings.Services(new Dictionary<string, string?> { [nameof(NotificationOptions.NotificationWebhookUrl)] = webhook });
        var round = await services.GetRequiredService<DeadlineReminders>().SendAsync(settings.Year, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            CliErrors.Print(console, CliTexts.NoRegister);
            return GhgApp.Rejected;
        }
        var message = round.Deadline is not { } due ? ReminderTexts.NoDeadline.Format(round.Year)
            : !round.ReminderDay ? ReminderTexts.NotReminderDay.Format(round.Today, round.Year, due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DeadlineReminders.DaysBefore)
            : !round.WebhookConfigured ? ReminderTexts.NoWebhook
            : ReminderTexts.Round.Format(round.Year, Codes(round.Reminded), Codes(round.AlreadyReminded), Codes(round.Failed));
        console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
        return round.Failed.Count > 0 ? GhgApp.Rejected : GhgApp.Ok;
    }

    private static string Codes(IReadOnlyList<string> codes) => codes.Count == 0 ? "—" : string.Join(", ", codes);
}
