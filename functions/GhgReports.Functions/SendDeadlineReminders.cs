using GhgReports.Reminders;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// Daily: a week before the group workbook's deadline for last year's workbooks, and on the day, every registered
/// subsidiary with nothing in force is reminded through the notification webhook, once that day whatever the retries.
/// </summary>
public sealed class SendDeadlineReminders(DeadlineReminders reminders, TimeProvider clock)
{
    [Function(AppTriggers.SendDeadlineReminders)]
    public Task Run([TimerTrigger(AppTriggers.ReminderSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        reminders.SendAsync(AppTriggers.ScheduledReportingYear(clock), cancellationToken);
}
