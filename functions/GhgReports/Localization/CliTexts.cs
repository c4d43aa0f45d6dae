namespace GhgReports.Localization;

/// <summary>What the `ghg` command says when it cannot do what was asked: one line in each language, no stack trace.</summary>
public static class CliTexts
{
    public static readonly Bilingual NoCommand = new(
        "请指定命令，例如 ghg validate \"工作簿.xlsx\"。所有命令见上。",
        "Name a command, e.g. ghg validate \"workbook.xlsx\". All commands are listed above.");
    public static readonly Bilingual UsageError = new("用法错误：{0}（ghg {1}--help 查看用法）", "Usage error: {0} (see ghg {1}--help)");
    public static readonly Bilingual NotAYear = new("年份应为四位数（2000–2100），读到的是“{0}”。", "A year must have four digits (2000–2100); got '{0}'.");
    public static readonly Bilingual NotAWholeNumber = new("应为整数，读到的是“{0}”。", "Expected a whole number; got '{0}'.");

    // Spectre.Console.Cli's own parse errors, recognised by their English wording and told in both languages.
    public static readonly Bilingual UnknownOption = new("未知选项“{0}”。", "Unknown option '{0}'.");
    public static readonly Bilingual UnknownCommand = new("未知命令“{0}”。", "Unknown command '{0}'.");
    public static readonly Bilingual MissingArgument = new("命令“{0}”缺少必填参数 {1}。", "Command '{0}' is missing its required argument {1}.");
    public static readonly Bilingual MissingValue = new("选项“{0}”缺少取值。", "Option '{0}' needs a value.");
    public static readonly Bilingual ConversionFailed = new("无法识别的值“{0}”（应为 {1}）。", "'{0}' is not a valid value (expected {1}).");
    public static readonly Bilingual YearFrom2023 = new("{0} 应为 2023 年及以后的年份（例如 2024）。", "{0} is a year from 2023 (e.g. 2024).");
    public static readonly Bilingual SettingRefused = new(
        "设置有误，未执行任何操作：{0}",
        "A setting is wrong, so nothing was done: {0}");
    public static readonly Bilingual YearRequired = new("{0} 为必填项，例如 {0} 2023。", "{0} is required, e.g. {0} 2023.");
    public static readonly Bilingual BadConnectionString = new(
        "存储连接字符串无效（{0}）。请使用 ghg run 打印或写入 .azurite/connection 的连接字符串。",
        "The storage connection string is not valid ({0}). Use the one `ghg run` prints and writes to .azurite/connection.");
    public static readonly Bilingual NoConnection = new(
        "未指定存储：请使用 --connection，或设置环境变量 GhgStorage（ghg run 会打印并写入 .azurite/connection）。",
        "No storage given: pass --connection or set the GhgStorage environment variable (`ghg run` prints it and writes it to .azurite/connection).");
    public static readonly Bilingual StorageUnreachable = new(
        "无法连接存储（{0}）。请确认 ghg run 或 Azurite 正在运行，且 --connection 正确。",
        "Storage cannot be reached ({0}). Check that `ghg run` or Azurite is running and that --connection is right.");
    public static readonly Bilingual StorageRefused = new("存储拒绝了请求（{0}）。", "Storage refused the request ({0}).");
    public static readonly Bilingual IoError = new("读写文件出错：{0}", "I/O error: {0}");
    public static readonly Bilingual Unexpected = new(
        "意外错误（{0}）：{1}。这不是您的输入问题，请将此信息报告给维护人员。",
        "Unexpected error ({0}): {1}. This is not your input's fault; report it to the maintainers.");
    public static readonly Bilingual FileNotFound = new("找不到文件：{0}", "File not found: {0}");

    public static readonly Bilingual NoRegister = new(
        "尚无集团名册：请先将集团工作簿上传到 uploads/_group/（ghg upload \"集团.xlsx\" --subsidiary _group）。",
        "No group register yet: upload the group workbook to uploads/_group/ first (ghg upload \"group.xlsx\" --subsidiary _group).");
    public static readonly Bilingual NotInRegister = new(
        "子公司代码“{0}”不在集团名册中。名册中的代码：{1}",
        "Subsidiary '{0}' is not in the group register. Registered codes: {1}");
    public static readonly Bilingual NoDataForYear = new(
        "{0} 没有 {1} 年度的在用数据，无法锁定。有数据的年度：{2}",
        "{0} has no data in force for {1}, so there is nothing to lock. Years with data: {2}");
    public static readonly Bilingual NotLocked = new("{0} 的 {1} 年度未锁定，无需解锁。", "{0} {1} is not locked: there is nothing to unlock.");
    public static readonly Bilingual Locked = new("已锁定 {0} {1}（核查机构：{2}，声明编号：{3}）", "Locked {0} {1} (verifier: {2}, statement: {3})");
    public static readonly Bilingual Unlocked = new("已解锁 {0} {1}", "Unlocked {0} {1}");
    public static readonly Bilingual NotACode = new("“{0}”不是子公司代码（大写字母、数字、连字符）。", "'{0}' is not a subsidiary code (upper-case letters, digits, hyphens).");
    public static readonly Bilingual NotAnUploadFolder = new("--subsidiary 应为子公司代码或 _group，读到的是“{0}”。", "--subsidiary must be a subsidiary code or _group; got '{0}'.");
    public static readonly Bilingual UnlockNeedsReason = new("--unlock 需要 --reason（解锁原因会被记录）。", "--unlock needs --reason (the reason is recorded).");
    public static readonly Bilingual LockNeedsVerifier = new("锁定需要 --verifier 和 --statement。", "Locking needs --verifier and --statement.");
    public static readonly Bilingual LanguageChoice = new("--lang 应为 zh 或 en，读到的是“{0}”。", "--lang is zh or en; got '{0}'.");
    public static readonly Bilingual NoPacks = new("{0} 年度没有子公司有在用数据，未生成报告包。", "No subsidiary has data in force for {0}: no pack was made.");
    public static readonly Bilingual GroupInForce = new(
        "集团工作簿（在用）：{0} · 文件 {1} · 上传于 {2} · 提交 {3} · 名册 {4} 家子公司",
        "Group workbook in force: {0} · file {1} · uploaded {2} · submission {3} · {4} registered subsidiaries");
    public static readonly Bilingual AllSubmitted = new("{0} 年度全部子公司已提交。", "All registered subsidiaries have data in force for {0}.");
    public static readonly Bilingual NotSubmitted = new("{0} 年度未提交：{1}", "Not yet submitted for {0}: {1}");
    public static readonly Bilingual DeadlineDeclared = new("报送截止日：报告年度次年的 {0}（月-日）", "Submission deadline: {0} (month-day) of the year after the reporting year");
    public static readonly Bilingual DeadlineNotDeclared = new("集团工作簿未规定报送截止日", "The group workbook declares no submission deadline");
    public static readonly Bilingual Overdue = new("{0} 年度报送截止日 {1} 已过，逾期未提交：{2}", "The deadline for {0}, {1}, has passed; overdue: {2}");
    public static readonly Bilingual DueBy = new("{0} 年度报送截止日：{1}", "Deadline for {0}: {1}");
    public static readonly Bilingual DeadlinePassed = new("已过", "passed");
    /// <summary>One subsidiary's (or the group's) ISO 14064-1 pack, in the document versions of `ghg status`.</summary>
    public static readonly Bilingual PackOf = new("{0} 报告包", "{0} pack");
    public static readonly Bilingual RoleChoice = new("--role 应为以下之一：{0}", "--role must be one of: {0}");
    public static readonly Bilingual TemplatePrefillNeedsBoth = new(
        "预填模板需同时给出 --subsidiary 与 --year（--name 可选），例如 ghg template --subsidiary CP --year 2024。",
        "A pre-filled template needs both --subsidiary and --year (--name is optional), e.g. ghg template --subsidiary CP --year 2024.");
    public static readonly Bilingual TemplatePrefillNotForGroup = new(
        "集团工作簿模板不按子公司预填：--group 不能与 --subsidiary 同用。",
        "The group workbook template is not pre-filled per subsidiary: --group cannot be used with --subsidiary.");
    public static readonly Bilingual NotAWebhook = new("--webhook 应为完整网址，读到的是“{0}”。", "--webhook must be an absolute URL; got '{0}'.");
    public static readonly Bilingual SubsidiaryCodes = new("--subsidiary 应为子公司代码（大写字母、数字、连字符）。", "--subsidiary must be a subsidiary code (upper-case letters, digits, hyphens).");
    public static readonly Bilingual OfficerNeedsSubsidiary = new("officer 角色需要 --subsidiary。", "An officer needs --subsidiary.");
    public static readonly Bilingual HoursRange = new("--hours 应在 1 到 12 之间。", "--hours must be between 1 and 12.");
    public static readonly Bilingual NoSigningKey = new(
        "没有签名密钥：请将 {0} 设为 ghg run 打印的密钥（至少 {1} 个字符），或使用 --key。",
        "No signing key: set {0} to the key `ghg run` printed (at least {1} characters), or pass --key.");
    public static readonly Bilingual FactorsRequired = new("--factors 为必填项（本版本：{0}）。", "--factors is required (this build: {0}).");
    public static readonly Bilingual GwpRequired = new("--gwp 为必填项（AR4、AR5 或 AR6）。", "--gwp is required (AR4, AR5 or AR6).");
    public static readonly Bilingual RecalculateYearsRequired = new(
        "请用 --year 指定一年，或用 --years 指定比较的各年（如 2023-2024、2023,2024 或 all）。",
        "Give one year with --year, or the years compared with --years (e.g. 2023-2024, 2023,2024 or all).");
    public static readonly Bilingual RecalculateYearsInvalid = new(
        "--years 读到“{0}”：应为年份范围（2023-2024）、逗号分隔的年份（2023,2024）或 all。",
        "--years got '{0}': give a range of years (2023-2024), years separated by commas (2023,2024), or all.");
    public static readonly Bilingual ReasonRequired = new("--reason 为必填项：重新计算须记录原因。", "--reason is required: a recalculation is recorded with why.");
    public static readonly Bilingual EvidenceStored = new(
        "已存证据 {0}（SHA-256 {1}）。请在工作簿“证据”列写上此文件名。",
        "Stored evidence {0} (SHA-256 {1}). Name the file in the workbook's evidence column.");
    public static readonly Bilingual Uploaded = new("已上传 {0}；结果将出现在 {1}", "Uploaded {0}; the result will appear as {1}");
    public static readonly Bilingual GwpChoice = new("--gwp 应为以下之一：{1}；读到的是“{0}”。", "--gwp must be one of {1}; got '{0}'.");
    public static readonly Bilingual None = new("无", "none");
    public static readonly Bilingual RestoreFromRequired = new(
        "--from 为必填项：备份编号（backups/tables/ 下的文件夹名，例如 20261202T023000Z-Ghg）或已下载的备份文件夹。",
        "--from is required: an export id (a folder under backups/tables/, e.g. 20261202T023000Z-Ghg) or a downloaded export folder.");
    public static readonly Bilingual ExportNotFound = new(
        "找不到备份 {0}（没有 manifest.json：不存在，或导出未完成）。",
        "No export {0} (no manifest.json: it does not exist, or the export did not finish).");
    public static readonly Bilingual ExportUnreadable = new("备份 {0} 无法读取：{1}", "Export {0} cannot be read: {1}");
    public static readonly Bilingual RestoreTargetNotEmpty = new(
        "目标表中已有数据：{0}。恢复只写入空表；确需覆盖同键实体时请加 --overwrite。",
        "These tables already hold data: {0}. A restore writes into empty tables only; add --overwrite to replace entities with the same keys.");
    public static readonly Bilingual Restored = new("已从备份 {0} 恢复 {1} 个表、{2} 个实体。", "Restored {1} tables, {2} entities, from export {0}.");
    public static readonly Bilingual Exported = new("已导出备份 {0}：{1} 个表、{2} 个实体。", "Exported {0}: {1} tables, {2} entities.");
}
