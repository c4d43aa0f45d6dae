namespace GhgReports.Localization;

/// <summary>Every wording of the web page and of its API's refusals.</summary>
public static class WebTexts
{
    public static readonly Bilingual SignInRequired = new("请先登录", "Please sign in");
    public static readonly Bilingual NotAllowed = new("您无权访问该内容", "You are not allowed to access this");
    public static readonly Bilingual NotFound = new("未找到", "Not found");
    public static readonly Bilingual BadRequest = new("请求无效", "Invalid request");

    /// <summary>The page's texts by key (the keys the page's script uses).</summary>
    public static IReadOnlyDictionary<string, Bilingual> All { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["title"] = new("温室气体报告", "GHG reports"),
        ["language"] = new("English", "中文"),
        ["signIn"] = new("登录", "Sign in"),
        ["signOut"] = new("退出", "Sign out"),
        ["tokenHint"] = new("本地开发：粘贴 `ghg signin` 生成的令牌", "Local development: paste the token printed by `ghg signin`"),
        ["signedInAs"] = new("当前用户", "Signed in as"),
        ["roles"] = new("角色", "Roles"),
        ["signInRequired"] = SignInRequired,
        ["notAllowed"] = NotAllowed,
        ["notFound"] = NotFound,
        ["badRequest"] = BadRequest,
        ["officer"] = new("子公司数据填报", "Subsidiary data officer"),
        ["template"] = new("下载模板", "Download the template"),
        ["upload"] = new("上传工作簿", "Upload a workbook"),
        ["uploading"] = new("正在上传…", "Uploading…"),
        ["uploaded"] = new("已上传，正在处理…", "Uploaded, processing…"),
        ["uploadFailed"] = new("上传失败", "Upload failed"),
        ["submissions"] = new("提交记录", "Submissions"),
        ["inForce"] = new("现行数据", "Data in force"),
        ["file"] = new("文件", "File"),
        ["status"] = new("状态", "Status"),
        ["year"] = new("年度", "Year"),
        ["uploadedAt"] = new("上传时间", "Uploaded"),
        ["errors"] = new("错误", "Errors"),
        ["warnings"] = new("警告", "Warnings"),
        ["report"] = new("结果报告", "Result report"),
        ["locked"] = new("已锁定（已核查）", "Locked (verified)"),
        ["status.writing"] = new("处理中", "Processing"),
        ["status.accepted"] = new("已通过", "Accepted"),
        ["status.superseded"] = new("已被取代", "Superseded"),
        ["status.rejected"] = new("已退回", "Rejected"),
        ["status.failed"] = new("处理失败", "Failed"),
        ["management"] = new("减排计划", "Reduction plans"),
        ["compliance"] = new("ISO 14064-1 报告包", "ISO 14064-1 reporting packs"),
        ["subsidiary"] = new("子公司", "Subsidiary"),
        ["lang"] = new("语言", "Language"),
        ["size"] = new("大小", "Size"),
        ["download"] = new("下载", "Download"),
        ["allYears"] = new("全部年度", "All years"),
        ["nothing"] = new("暂无内容", "Nothing yet"),
    };
}
