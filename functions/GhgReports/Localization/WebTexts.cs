namespace GhgReports.Localization;

/// <summary>Every wording of the web page and of its API's refusals.</summary>
public static class WebTexts
{
    public static readonly Bilingual SignInRequired = new("请先登录", "Please sign in");
    public static readonly Bilingual NotAllowed = new("您无权访问该内容", "You are not allowed to access this");
    public static readonly Bilingual NotFound = new("未找到", "Not found");
    public static readonly Bilingual BadRequest = new("请求无效", "Invalid request");
    public static readonly Bilingual LockNeedsVerification =
        new("锁定期间需要填写核查机构和核查声明编号", "Locking a period needs the verifier and the reference of the verification statement");
    public static readonly Bilingual StorageUnavailable = new("数据存储暂时无法访问，已保存的数据不受影响。请稍后（约半分钟后）重试。",
        "Storage is unreachable for the moment; nothing stored is affected. Try again in about half a minute.");
    public static readonly Bilingual UnlockNeedsReason = new("解锁需要说明原因（记入审计记录）", "Unlocking needs a reason (it is kept in the audit trail)");

    /// <summary>The page's texts by key (the keys the page's script uses).</summary>
    public static IReadOnlyDictionary<string, Bilingual> All { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["title"] = new("温室气体报告", "GHG reports"),
        ["language"] = new("English", "中文"),
        ["signIn"] = new("登录", "Sign in"),
        ["signOut"] = new("退出", "Sign out"),
        ["organisationSignIn"] = new("使用组织账号登录", "Sign in with your organisation account"),
        ["tokenHint"] = new("本地开发：粘贴 `ghg signin` 生成的令牌", "Local development: paste the token printed by `ghg signin`"),
        ["signedInAs"] = new("当前用户", "Signed in as"),
        ["roles"] = new("角色", "Roles"),
        ["signInRequired"] = SignInRequired,
        ["notAllowed"] = NotAllowed,
        ["notFound"] = NotFound,
        ["badRequest"] = BadRequest,
        ["storageUnavailable"] = StorageUnavailable,
        ["officer"] = new("子公司数据填报", "Subsidiary data officer"),
        ["template"] = new("下载模板", "Download the template"),
        ["upload"] = new("上传工作簿", "Upload a workbook"),
        ["uploading"] = new("正在上传…", "Uploading…"),
        ["uploaded"] = new("已上传，正在处理…", "Uploaded, processing…"),
        ["uploadFailed"] = new("上传失败", "Upload failed"),
        ["stillProcessing"] = new("文件已上传，但处理尚未完成。请稍后刷新提交记录；如长时间没有结果，请联系集团支持。",
            "The file was uploaded but has not been processed yet. Refresh the submissions later; if no result appears, contact group support."),
        ["fileTooLarge"] = new("文件约 {0} MB，超过上限 {1} MB，未上传。请删除多余的工作表或图片后重试。",
            "The file is about {0} MB, over the limit of {1} MB, and was not uploaded. Remove extra sheets or pictures and try again."),
        ["submissions"] = new("提交记录", "Submissions"),
        ["inForce"] = new("现行数据", "Data in force"),
        ["file"] = new("文件", "File"),
        ["status"] = new("状态", "Status"),
        ["year"] = new("年度", "Year"),
        ["version"] = new("版本", "Version"),
        ["uploadedAt"] = new("上传时间", "Uploaded"),
        ["errors"] = new("错误", "Errors"),
        ["warnings"] = new("警告", "Warnings"),
        ["report"] = new("结果报告", "Result report"),
        ["details"] = new("详情", "Details"),
        ["figure"] = new("项目", "Figure"),
        ["value"] = new("数值", "Value"),
        ["category"] = new("类别", "Category"),
        ["scope12"] = new("范围一＋二", "Scope 1 + 2"),
        ["output"] = new("产量", "Output"),
        ["intensity"] = new("范围一＋二强度", "Scope 1 + 2 intensity"),
        ["noProblems"] = new("没有发现问题。", "No problems found."),
        ["severity"] = new("级别", "Severity"),
        ["severity.error"] = new("错误", "Error"),
        ["severity.warning"] = new("警告", "Warning"),
        ["where"] = new("位置", "Where"),
        ["row"] = new("行", "row"),
        ["problem"] = new("问题与修改方法", "Problem and how to fix it"),
        ["valueSeen"] = new("读到的值", "Value read"),
        ["expected"] = new("应为", "Expected"),
        ["locked"] = new("已锁定（已核查）", "Locked (verified)"),
        ["hqLocks"] = new("集团总部：期间锁定", "Group HQ: period locks"),
        ["hqLocksHint"] = new("数据经第三方核查后锁定该期间，锁定期间不再接受上传；解锁须说明原因。", "Lock a period once its figures are verified: uploads for it are then refused. Unlocking needs a reason."),
        ["show"] = new("显示", "Show"),
        ["lockAction"] = new("操作", "Action"),
        ["lock"] = new("锁定", "Lock"),
        ["unlock"] = new("解锁", "Unlock"),
        ["askVerifier"] = new("核查机构", "Verifier"),
        ["askStatement"] = new("核查声明编号", "Verification statement reference"),
        ["askReason"] = new("解锁原因", "Reason for unlocking"),
        ["lockNeedsVerification"] = LockNeedsVerification,
        ["unlockNeedsReason"] = UnlockNeedsReason,
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
