namespace GhgReports.Localization;

/// <summary>The deadline reminders the notification webhook receives, and what `ghg remind` prints.</summary>
public static class ReminderTexts
{
    /// <summary>{0} year, {1} subsidiary code, {2} the deadline (a DateOnly), {3} days left.</summary>
    public static readonly Bilingual DueIn = new(
        "{1}：{0} 年度温室气体工作簿尚未提交（无现行数据），报送截止日为 {2:yyyy-MM-dd}，还剩 {3} 天。请下载预填模板填写后上传。",
        "{1}: the {0} GHG workbook has not been submitted (nothing in force); it is due by {2:yyyy-MM-dd}, {3} days from now. Download the pre-filled template from the page, fill it in and upload it.");

    /// <summary>{0} year, {1} subsidiary code.</summary>
    public static readonly Bilingual DueToday = new(
        "{1}：{0} 年度温室气体工作簿今天截止，尚未提交（无现行数据）。请今天上传。",
        "{1}: the {0} GHG workbook is due today and has not been submitted (nothing in force). Please upload it today.");

    public static readonly Bilingual NotReminderDay = new(
        "今天（{0:yyyy-MM-dd}）不是 {1} 年度的提醒日：提醒在截止日 {2} 前 {3} 天和截止当天发出。",
        "Today ({0:yyyy-MM-dd}) is not a reminder day for {1}: reminders go out {3} days before the deadline, {2}, and on the day itself.");
    public static readonly Bilingual NoDeadline = new(
        "集团工作簿未规定报送截止日（集团信息表“报送截止日”），{0} 年度不发提醒。",
        "The group workbook declares no submission deadline (Group sheet, \"Submission deadline\"): no reminders for {0}.");
    public static readonly Bilingual NoWebhook = new(
        "未配置通知 webhook（NotificationWebhookUrl 或 --webhook），不发提醒。",
        "No notification webhook is configured (NotificationWebhookUrl or --webhook): no reminders sent.");
    public static readonly Bilingual Round = new(
        "{0} 年度截止提醒：已发送 {1}；今天已发过 {2}；发送失败 {3}。",
        "{0} deadline reminders: sent to {1}; already sent today to {2}; failed for {3}.");
}
