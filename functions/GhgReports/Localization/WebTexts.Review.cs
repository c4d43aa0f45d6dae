using GhgReports.Storage;

namespace GhgReports.Localization;

/// <summary>The wording of the page's review, queries and sign-off section (review.js).</summary>
internal static partial class WebTexts
{
    /// <summary>The review section's texts by key, written into the page beside <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<string, Bilingual> Review { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["status.awaiting-review"] = StateTexts.Of(SubmissionStatus.AwaitingReview),
        ["status.returned"] = StateTexts.Of(SubmissionStatus.Returned),
        ["tracker.awaiting-review"] = new("待集团审核，未有现行数据", "Awaiting HQ's review, nothing in force"),
        ["reviewTitle"] = new("审核、核查问询与核查声明", "Review, verifier's queries and sign-off"),
        ["reviewPending"] = new("待审核的工作簿", "Workbooks awaiting review"),
        ["reviewComment"] = new("审核意见（退回时必填，子公司可见）", "Comment (required to return; the officer sees it)"),
        ["approve"] = new("批准", "Approve"),
        ["return"] = new("退回", "Return"),
        ["reviewApproved"] = new("已批准 {0} 的 {1}：现为{2}。", "Approved {0}'s {1}: now {2}."),
        ["reviewReturnedDone"] = new("已退回 {0} 的 {1}。", "Returned {0}'s {1}."),
        ["reviewDecisions"] = new("集团审核", "HQ's review"),
        ["reviewedBy"] = new("审核人", "Reviewed by"),
        ["comment"] = new("意见", "Comment"),
        ["queriesTitle"] = new("核查问询", "Verifier's queries"),
        ["querySheet"] = new("工作表", "Sheet"),
        ["queryRow"] = new("行号", "Row"),
        ["question"] = new("问题", "Question"),
        ["answer"] = new("答复", "Answer"),
        ["noEvidence"] = new("（无）", "(none)"),
        ["raisedBy"] = new("提出人", "Raised by"),
        ["raiseQuery"] = new("提出问询", "Raise the query"),
        ["raiseTitle"] = new("对某一行提出问询", "A query on a line"),
        ["sendAnswer"] = new("提交答复", "Send the answer"),
        ["closeQuery"] = new("关闭", "Close"),
        ["query.open"] = new("待答复", "Open"),
        ["query.answered"] = new("已答复，待关闭", "Answered, to close"),
        ["query.closed"] = new("已关闭", "Closed"),
        ["queryRaised"] = new("已提出问询：{0} 第 {1} 行。", "Query raised: {0} row {1}."),
        ["queryAnswered"] = new("已提交答复。", "Answer sent."),
        ["queryClosed"] = new("已关闭问询。", "Query closed."),
        ["statementTitle"] = new("核查声明", "Verification statement"),
        ["statementReference"] = new("声明编号", "Reference"),
        ["statementLevel"] = new("保证等级", "Level of assurance"),
        ["level.reasonable"] = new("合理保证", "Reasonable"),
        ["level.limited"] = new("有限保证", "Limited"),
        ["statementDate"] = new("声明日期", "Date"),
        ["statementFile"] = new("声明文件（PDF）", "Statement file (PDF)"),
        ["recordStatement"] = new("登记核查声明", "Record the statement"),
        ["statementRecorded"] = new("已登记 {0} {1} 年度核查声明 {2}。", "Statement {2} recorded for {0} {1}."),
        ["noStatement"] = new("尚未登记核查声明。", "No statement recorded yet."),
        ["statementOf"] = new("核查声明：{0}（{1}，{2}），{3} 登记", "Statement: {0} ({1}, {2}), recorded by {3}"),
        // The subsidiary workbook's sheets as a query names them, for the page's list (one string, "|"-separated).
        ["sheetNames"] = new(string.Join("|", Intake.Workbook.SubsidiaryWorkbookSchema.DataSheets.Select(s => s.TemplateName)),
            string.Join("|", Intake.Workbook.SubsidiaryWorkbookSchema.DataSheets.Select(s => s.TemplateName))),
        ["lockUseStatement"] = new("采用核查机构登记的声明", "Use the statement the verifier recorded"),
    };
}
