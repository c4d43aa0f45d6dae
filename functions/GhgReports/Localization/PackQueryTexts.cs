namespace GhgReports.Localization;

/// <summary>Wording of the pack's appendix of verifiers' queries and officers' answers.</summary>
internal static class PackQueryTexts
{
    public static readonly Bilingual Sheet = new("核查问询", "Queries");
    public static readonly Bilingual ColSheet = new("工作表", "Sheet");
    public static readonly Bilingual ColRow = new("行", "Row");
    public static readonly Bilingual ColQuestion = new("问题", "Question");
    public static readonly Bilingual ColRaised = new("提出人 / 时间", "Raised by / at");
    public static readonly Bilingual ColStatus = new("状态", "Status");
    public static readonly Bilingual ColAnswer = new("答复", "Answer");
    public static readonly Bilingual ColAnswered = new("答复人 / 时间", "Answered by / at");
    public static readonly Bilingual ColEvidence = new("证据文件", "Evidence file");
    public static readonly Bilingual ColClosed = new("关闭人 / 时间 / 说明", "Closed by / at / note");
    public static readonly Bilingual Open = new("待答复", "open");
    public static readonly Bilingual Answered = new("已答复，待核查机构关闭", "answered, awaiting the verifier");
    public static readonly Bilingual Closed = new("已关闭", "closed");
    public static readonly Bilingual ChangeNote = new("{0} {1} 年度的核查问询或答复有更新", "{0} {1}: verifier's queries or answers updated");
}
