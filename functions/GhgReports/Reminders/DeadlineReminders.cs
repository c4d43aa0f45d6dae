using System.Globalization;
using System.Text.Json.Serialization;
using Azure;
using GhgReports.Localization;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.Reminders;

/// <summary>
/// One reminder as the notification webhook receives it: which subsidiary has no workbook in force for the year, the
/// deadline the group workbook declares and how many days are left, and the message in both languages.
/// </summary>
internal sealed record DeadlineReminder(string Kind, int Year, string Subsidiary, string NameZh, string? NameEn, DateOnly Deadline, int DaysLeft,
    string TextZh, string TextEn);

/// <summary>What a round of reminders did: whom it reminded, whom it had already reminded that day, and whose post failed.</summary>
/// <param name="ReminderDay">Whether today is a reminder day for the year (<see cref="DeadlineReminders.DaysBefore"/> days before, or the day itself).</param>
public sealed record ReminderRound(int Year, DateOnly Today, DateOnly? Deadline, bool ReminderDay, bool WebhookConfigured,
    IReadOnlyList<string> Reminded, IReadOnlyList<string> AlreadyReminded, IReadOnlyList<string> Failed);

/// <summary>
/// Reminds the subsidiaries that have no workbook in force for a year, through the notification webhook, a week before
/// the deadline the group workbook declares and on the day itself. Each reminder is first claimed in the audit table
/// (create-only, one row per subsidiary, year and day), so a second round the same day, a retried timer or two hosts
/// racing post it once; a post the webhook refuses gives its claim back, so the next round tries again.
/// </summary>
public sealed partial class DeadlineReminders(SubmissionStore submissions, CurrentPointers pointers, GhgStorage storage, TimeProvider clock,
    NotificationWebhook? webhook = null, ILogger<DeadlineReminders>? logger = null)
{
    /// <summary>A week ahead: time to fill a workbook, close enough not to be forgotten again.</summary>
    public const int DaysBefore = 7;

    public const string Kind = "deadline-reminder";
    private const string Actor = "deadline reminders";

    private readonly ILogger _logger = logger ?? NullLogger<DeadlineReminders>.Instance;

    /// <summary>The audit row that records (and claims) one subsidiary's reminder for a year on a day.</summary>
    public static string RowKey(int year, DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"reminder-{year}-{day:yyyyMMdd}");

    /// <summary>Null when no group workbook is in force (no register, no deadline).</summary>
    public async Task<ReminderRound?> SendAsync(int year, CancellationToken cancellationToken)
    {
        var group = await submissions.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var deadline = group.Value.Workbook.Deadline?.For(year);
        var daysLeft = deadline is { } due ? due.DayNumber - today.DayNumber : (int?)null;
        var reminderDay = daysLeft is DaysBefore or 0;
        if (!reminderDay || webhook?.Address is null)
        {
            return new ReminderRound(year, today, deadline, reminderDay, webhook?.Address is not null, [], [], []);
        }
        List<string> reminded = [], already = [], failed = [];
        foreach (var registered in group.Value.Workbook.Register.Where(r => r.Active))
        {
            var period = await pointers.GetAsync(registered.Code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false);
            if (period?.SubmissionId is not null)
            {
                continue;
            }
            var claim = new AuditEntity
            {
                PartitionKey = registered.Code,
                RowKey = RowKey(year, today),
                Action = AuditAction.DeadlineReminder,
                Actor = Actor,
                ReportingYear = year,
                At = now,
                Details = string.Create(CultureInfo.InvariantCulture, $"due {deadline:yyyy-MM-dd}, {daysLeft} day(s) left"),
            };
            try
            {
                await storage.Audit.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                already.Add(registered.Code);
                continue;
            }
            var text = daysLeft == 0 ? ReminderTexts.DueToday.Format(year, registered.Code) : ReminderTexts.DueIn.Format(year, registered.Code, deadline!.Value, daysLeft!.Value);
            var reminder = new DeadlineReminder(Kind, year, registered.Code, registered.NameZh, registered.NameEn, deadline!.Value, daysLeft!.Value, text.Zh, text.En);
            if (await PostAsync(reminder, cancellationToken).ConfigureAwait(false))
            {
                reminded.Add(registered.Code);
            }
            else
            {
                await storage.Audit.DeleteEntityAsync(claim.PartitionKey, claim.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                failed.Add(registered.Code);
            }
        }
        LogRound(year, today, reminded.Count, already.Count, failed.Count);
        return new ReminderRound(year, today, deadline, reminderDay, true, reminded, already, failed);
    }

    private async Task<bool> PostAsync(DeadlineReminder reminder, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await webhook!.PostAsync(reminder, ReminderJson.Default.DeadlineReminder, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(reminder.Subsidiary, reminder.Year, (int)response.StatusCode);
            }
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(reminder.Subsidiary, reminder.Year, ex.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information,
        Message = "Deadline reminders for {Year} on {Today}: {Reminded} sent, {Already} already sent today, {Failed} failed")]
    private partial void LogRound(int year, DateOnly today, int reminded, int already, int failed);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "The notification webhook refused the {Year} reminder of {Subsidiary} with {StatusCode}")]
    private partial void LogRefused(string subsidiary, int year, int statusCode);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "The notification webhook could not be reached for the {Year} reminder of {Subsidiary}: {Reason}")]
    private partial void LogUnreachable(string subsidiary, int year, string reason);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DeadlineReminder))]
internal sealed partial class ReminderJson : JsonSerializerContext;
