namespace GhgReports.Localization;

/// <summary>Wording of HQ's review, the verifier's queries and the recorded verification statement (API answers, CLI, pack appendix).</summary>
public static class ReviewTexts
{
    public static readonly Bilingual NotAwaiting = new("该提交当前状态为“{0}”，不在待审核状态，无法批准或退回。",
        "This submission is \"{0}\", not awaiting review: it cannot be approved or returned.");
    public static readonly Bilingual DecisionTaken = new("另一项审核决定正在处理该提交，请刷新后查看结果。",
        "Another review decision on this submission is under way: refresh to see how it ended.");
    public static readonly Bilingual Locked = new("{0} 的 {1} 年度已锁定（核查机构：{2}，声明编号：{3}），无法批准：数据指针不会移动。该提交已记为因锁定而退回；解锁后请子公司重新上传同一文件。",
        "{0} {1} is locked (verifier: {2}, statement: {3}), so it cannot be approved: the data in force do not move. The submission is recorded as refused for the lock; after an unlock the officer uploads the same file again.");
    public static readonly Bilingual ReasonRequired = new("{0} 年是基准年，且之后的年度（{1}）已有数据：批准即基准年重算，需要说明原因（上传时未填写，集团工作簿亦未登记）。请在批准时填写原因。",
        "{0} is the base year and later years ({1}) have data: approving it is a base-year recalculation and needs a reason (none came with the upload or the group workbook). Give one with the approval.");
    public static readonly Bilingual CommentRequired = new("退回需要填写意见（子公司可见，记入审计记录）", "Returning needs a comment (the officer sees it; it is kept in the audit trail)");
    public static readonly Bilingual Approved = new("已批准", "approved");
    public static readonly Bilingual Returned = new("已退回", "returned");
    public static readonly Bilingual QueryNeedsText = new("请填写问题（不超过 2000 字），并指明工作表和行号", "Write the question (at most 2,000 characters) and name the sheet and row");
    public static readonly Bilingual AnswerNeedsText = new("请填写答复（不超过 2000 字）", "Write the answer (at most 2,000 characters)");
    public static readonly Bilingual QueryNotOpen = new("该问题已关闭", "This query is closed");
    public static readonly Bilingual EvidenceMissing = new("未找到所附证据文件“{0}”：请先通过证据上传保存该文件", "The evidence file \"{0}\" is not stored: attach it through the evidence upload first");
    public static readonly Bilingual StatementNeedsFields = new("核查声明需要编号、保证等级（合理或有限）和日期", "The verification statement needs its reference, level of assurance (reasonable or limited) and date");
    public static readonly Bilingual NoStatement = new("核查机构尚未登记 {0} {1} 年度的核查声明", "The verifier has recorded no verification statement for {0} {1}");
}
