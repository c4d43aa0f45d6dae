using GhgReports.Reporting.Runs;
using GhgReports.Storage;

namespace GhgReports.Localization;

/// <summary>
/// The words a reader sees for a stored state, in both languages: the web page (its <c>status.*</c> keys) and
/// `ghg status` take them from here, so a state reads the same wherever it is shown. The stored spelling stays with
/// the enum (<see cref="StoredName"/>) for tables and the wire.
/// </summary>
public static class StateTexts
{
    public static Bilingual Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Writing => new("处理中", "Processing"),
        SubmissionStatus.Accepted => new("已通过", "Accepted"),
        SubmissionStatus.Superseded => new("已被取代", "Superseded"),
        SubmissionStatus.Rejected => new("已退回", "Rejected"),
        SubmissionStatus.Failed => new("处理失败", "Failed"),
        SubmissionStatus.AwaitingReview => new("待集团审核", "Awaiting HQ's review"),
        SubmissionStatus.Returned => new("集团审核退回", "Returned by HQ"),
        _ => throw Unworded(status),
    };

    public static Bilingual Of(RunKind kind) => kind switch
    {
        RunKind.Plan => new("减排计划", "Reduction plan"),
        RunKind.Packs => new("ISO 14064-1 报告包", "ISO 14064-1 packs"),
        _ => throw Unworded(kind),
    };

    public static Bilingual Of(RunStatus status) => status switch
    {
        RunStatus.Requested => new("已请求", "Requested"),
        RunStatus.Queued => new("排队中", "Queued"),
        RunStatus.Running => new("生成中", "Running"),
        RunStatus.Done => new("已完成", "Done"),
        RunStatus.Failed => new("失败", "Failed"),
        _ => throw Unworded(status),
    };

    /// <summary>A member added to one of these enums without its words: a bug, caught by the test that walks each enum.</summary>
    private static ArgumentOutOfRangeException Unworded<TEnum>(TEnum value) where TEnum : struct, Enum =>
        new(nameof(value), value, $"{typeof(TEnum).Name}.{value} has no words in {nameof(StateTexts)}.");
}
