namespace GhgReports.Localization;

/// <summary>What a plan or pack run says about itself: its status answer, the notification, `ghg status`.</summary>
internal static class RunTexts
{
    /// <summary>A part of the run whose queue message failed every retry and went to the poison queue.</summary>
    public static readonly Bilingual Poisoned = new(
        "多次重试后仍未能生成（消息已转入 pack-requests-poison 队列）；请查看日志，修正后重新生成。",
        "Could not be generated after every retry (the message went to the pack-requests-poison queue); see the logs, fix the cause and run it again.");

    public static readonly Bilingual NothingToPack = new(
        "未生成 {0} 年报告包：尚无集团名册，或该年没有所选子公司的在用数据。",
        "No packs for {0}: there is no group register yet, or the subsidiaries asked for have no data in force for that year.");

    public static readonly Bilingual GroupPackNotBuilt = new(
        "未生成集团报告包：仍有子公司有在用数据但尚无报告包（请生成全部子公司的报告包）。",
        "No group pack: some subsidiary with data in force has no pack yet (generate every subsidiary's pack).");

    /// <summary>The error codes a run records, in both languages; the record keeps the code only.</summary>
    public static Bilingual? ForCode(string? code, int year) => code switch
    {
        null or "" => null,
        Errors.Poisoned => Poisoned,
        Errors.NothingToPlan => PlanTexts.NothingToPlan.Format(year),
        Errors.GroupPackNotBuilt => GroupPackNotBuilt,
        _ => new Bilingual(code, code),
    };

    /// <summary>The codes stored in the runs table.</summary>
    public static class Errors
    {
        public const string Poisoned = "poisoned";
        public const string NothingToPlan = "nothing-to-plan";
        public const string GroupPackNotBuilt = "group-pack-not-built";
    }
}
