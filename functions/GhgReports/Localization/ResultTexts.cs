namespace GhgReports.Localization;

/// <summary>Wording of the result page an officer gets back for each upload.</summary>
internal static class ResultTexts
{
    public static readonly Bilingual Title = new("温室气体数据上传结果", "GHG data upload result");
    public static readonly Bilingual Accepted = new("已通过", "Accepted");
    public static readonly Bilingual Superseded = new("已通过，但已被更新的上传取代", "Accepted, superseded by a newer upload");
    public static readonly Bilingual AwaitingReview = new("校验通过，等待集团审核：批准后方计入", "Accepted by the checks, awaiting group HQ's review: it counts once approved");
    public static readonly Bilingual Returned = new("集团审核退回：请按意见修改后重新上传", "Returned by group HQ's review: correct it as commented and upload again");
    public static readonly Bilingual ReviewedBy = new("审核", "Review");
    public static readonly Bilingual ReviewComment = new("审核意见", "Reviewer's comment");
    public static readonly Bilingual Failed = new("处理失败（系统原因）", "Processing failed (system fault)");
    public static readonly Bilingual Rejected = new("已退回：请按下列问题修改后重新上传", "Rejected: fix the problems below and upload again");
    public static readonly Bilingual File = new("文件", "File");
    public static readonly Bilingual Subsidiary = new("子公司", "Subsidiary");
    public static readonly Bilingual Period = new("报告期", "Reporting period");
    public static readonly Bilingual Submission = new("提交编号（SHA-256）", "Submission id (SHA-256)");
    public static readonly Bilingual Uploaded = new("上传时间", "Uploaded");
    public static readonly Bilingual Severity = new("级别", "Severity");
    public static readonly Bilingual Location = new("位置", "Location");
    public static readonly Bilingual Problem = new("问题", "Problem");
    public static readonly Bilingual Seen = new("读到的值", "Value seen");
    public static readonly Bilingual Expected = new("应为", "Expected");
    public static readonly Bilingual Error = new("错误", "Error");
    public static readonly Bilingual Warning = new("警告", "Warning");
    public static readonly Bilingual NoProblems = new("没有发现问题。", "No problems found.");
    public static readonly Bilingual Figures = new("已存储的数据", "What was stored");
    public static readonly Bilingual Category = new("第 {0} 类", "Category {0}");
    public static readonly Bilingual Scope12 = new("范围 1+2", "Scope 1+2");
    public static readonly Bilingual Output = new("产量（吨）", "Output (t)");
    public static readonly Bilingual Intensity = new("范围 1+2 强度（tCO2e/t）", "Scope 1+2 intensity (tCO2e/t)");
    public static readonly Bilingual PlanWarnings = new("计划一致性提示（不影响通过，将列入减排计划附录）", "Plan consistency warnings (not errors; they appear in the reduction plan's appendix)");
    public static readonly Bilingual DuplicateOf = new("与此前上传的文件内容完全相同，沿用首次处理结果。", "Identical to a file processed before; the first result stands.");
}
