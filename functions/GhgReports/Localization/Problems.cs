using GhgReports.Intake;

namespace GhgReports.Localization;

/// <summary>
/// Every problem an uploaded workbook can have, with its bilingual message. Codes are stable: results,
/// tests and support conversations refer to them.
/// </summary>
internal static class Problems
{
    private static ProblemKind E(string code, string zh, string en) => new(code, Severity.Error, new(zh, en));
    private static ProblemKind W(string code, string zh, string en) => new(code, Severity.Warning, new(zh, en));

    // The file itself
    public static readonly ProblemKind Empty = E("file-empty",
        "文件为空。请上传填写好的 .xlsx 工作簿。",
        "The file is empty. Upload the filled-in .xlsx workbook.");
    public static readonly ProblemKind TooLarge = E("file-too-large",
        "文件大小 {0:N0} 字节，超过上限 {1:N0} 字节。请删除多余的工作表或图片后重新上传。",
        "The file is {0:N0} bytes, over the limit of {1:N0} bytes. Remove extra sheets or pictures and upload again.");
    public static readonly ProblemKind LegacyXls = E("legacy-xls",
        "这是旧版 Excel 97-2003 (.xls) 文件。请在 Excel 中“另存为” .xlsx 格式后重新上传。",
        "This is a legacy Excel 97-2003 (.xls) file. Save it as .xlsx in Excel and upload again.");
    public static readonly ProblemKind Encrypted = E("file-encrypted",
        "工作簿设有打开密码（已加密），无法读取。请取消密码保护后重新上传。",
        "The workbook is password-protected (encrypted) and cannot be read. Remove the password and upload again.");
    public static readonly ProblemKind NotAWorkbook = E("not-a-workbook",
        "无法识别为 Excel 工作簿（.xlsx）。请使用我们发布的模板。",
        "This is not an Excel workbook (.xlsx). Use the template we publish.");
    public static readonly ProblemKind MacroEnabled = E("macro-enabled",
        "工作簿包含宏（VBA）。出于安全原因不接受含宏文件：请另存为不含宏的 .xlsx 后重新上传。",
        "The workbook contains macros (VBA). Macro-enabled files are refused for security: save as a macro-free .xlsx and upload again.");
    public static readonly ProblemKind ZipLimits = E("zip-limits",
        "工作簿的压缩结构异常（{0}）。文件可能已损坏或被恶意构造；请从模板重新填写。",
        "The workbook's compressed structure is abnormal ({0}). The file may be damaged or crafted; fill in a fresh template.");
    public static readonly ProblemKind UnsafeXml = E("xml-unsafe",
        "工作簿内含不允许的 XML 结构（DTD/外部实体）。请从模板重新填写。",
        "The workbook contains XML constructs that are not allowed (DTD / external entities). Fill in a fresh template.");
    public static readonly ProblemKind Unreadable = E("unreadable",
        "工作簿已损坏，无法读取（{0}）。请在 Excel 中打开并重新保存后上传。",
        "The workbook is damaged and cannot be read ({0}). Open it in Excel, save it again and upload.");
    public static readonly ProblemKind DimensionTooLarge = E("sheet-too-large",
        "工作表“{0}”声明了 {1:N0} 行 × {2:N0} 列，超过上限（{3:N0} 行、{4:N0} 列）。请删除多余的行列。",
        "Sheet '{0}' declares {1:N0} rows × {2:N0} columns, over the limit ({3:N0} rows, {4:N0} columns). Delete the extra rows and columns.");

    // Structure
    public static readonly ProblemKind SheetMissing = E("sheet-missing",
        "缺少工作表“{0}”（{1}）。请不要删除或重命名模板中的工作表。",
        "Sheet '{0}' ({1}) is missing. Do not delete or rename the template's sheets.");
    public static readonly ProblemKind HeaderMissing = E("header-missing",
        "工作表“{0}”缺少列“{1}”（{2}）。请使用模板的表头。",
        "Sheet '{0}' has no column '{1}' ({2}). Use the template's header row.");
    public static readonly ProblemKind FieldMissing = E("field-missing",
        "工作表“{0}”缺少字段行“{1}”（{2}）。",
        "Sheet '{0}' has no row for the field '{1}' ({2}).");
    public static readonly ProblemKind MergedCells = E("merged-cells",
        "数据区域 {0} 存在合并单元格。请取消合并，每个单元格填写一个值。",
        "Cells {0} are merged over the data area. Unmerge them and give each cell its own value.");
    public static readonly ProblemKind FormulaError = E("formula-error",
        "单元格结果为错误值 {0}。请修正公式或直接填写数值。",
        "The cell evaluates to the error {0}. Fix the formula or type the value.");

    // Values
    public static readonly ProblemKind Required = E("required",
        "必填项“{0}”为空。",
        "The required value '{0}' is empty.");
    public static readonly ProblemKind TextTooLong = E("text-too-long",
        "“{0}”过长：{1:N0} 个字符，上限 {2:N0}（尖括号、引号、&、+、控制字符和表情符号等按存储后的长度计，最多 6 个字符）。请精简，或将详细说明放入证据文件。",
        "'{0}' is too long: {1:N0} characters, the limit is {2:N0} (angle brackets, quotes, &, +, control characters and emoji count as stored, up to 6 each). Shorten it or put the detail in an evidence document.");
    public static readonly ProblemKind NotANumber = E("not-a-number",
        "“{0}”应为数字，读到的是“{1}”。",
        "'{0}' must be a number; found '{1}'.");
    public static readonly ProblemKind Negative = E("negative",
        "“{0}”不能为负数（{1}）。清除量请在“类型”列选“清除”，数值填正数。",
        "'{0}' cannot be negative ({1}). For removals choose 'removal' in the Type column and enter a positive number.");
    public static readonly ProblemKind NotFinite = E("not-finite",
        "“{0}”的数值无效（{1}）。",
        "'{0}' is not a finite number ({1}).");
    public static readonly ProblemKind NotADate = E("not-a-date",
        "“{0}”应为日期（如 2023-09-01、2023.9 或 2023/9/1），读到的是“{1}”。",
        "'{0}' must be a date (e.g. 2023-09-01, 2023.9 or 2023/9/1); found '{1}'.");
    public static readonly ProblemKind NotAYear = E("not-a-year",
        "“{0}”应为四位年份（2000–2100），读到的是“{1}”。",
        "'{0}' must be a four-digit year (2000–2100); found '{1}'.");
    public static readonly ProblemKind NotInList = E("not-in-list",
        "“{0}”的值“{1}”不在可选列表中。可选：{2}",
        "'{0}' has the value '{1}', which is not in the list. Allowed: {2}");
    public static readonly ProblemKind UnknownUnit = E("unknown-unit",
        "无法识别的单位“{0}”。",
        "Unknown unit '{0}'.");
    public static readonly ProblemKind UnknownFactor = E("unknown-factor",
        "因子编号“{0}”不在因子库中。请从下拉列表选择，或填写自定义因子及其来源。",
        "Factor id '{0}' is not in the factor library. Pick one from the list, or give a custom factor with its source.");
    public static readonly ProblemKind UnitMismatch = E("unit-mismatch",
        "活动数据单位“{0}”无法换算为因子“{1}”要求的单位“{2}”（{3}）。",
        "The activity unit '{0}' cannot be converted to the unit '{2}' that factor '{1}' needs ({3}).");
    public static readonly ProblemKind NoQuantification = E("no-quantification",
        "第 {0} 行排放源“{1}”既没有因子（因子编号或自定义因子），也没有直报排放量（tCO2e）。",
        "Row {0}, source '{1}', has neither a factor (factor id or custom factor) nor a directly reported tCO2e.");
    public static readonly ProblemKind AmbiguousQuantification = E("ambiguous-quantification",
        "第 {0} 行同时填写了因子编号和自定义因子，请只保留一个。",
        "Row {0} has both a factor id and a custom factor; keep only one.");
    public static readonly ProblemKind CustomFactorIncomplete = E("custom-factor-incomplete",
        "第 {0} 行的自定义因子需要同时填写数值、单位和来源。",
        "Row {0}: a custom factor needs its value, its unit and its source.");
    public static readonly ProblemKind ReportedNeedsEvidence = E("reported-needs-evidence",
        "第 {0} 行直接填报了排放量，请在“证据”列注明出处（如核查报告编号）。",
        "Row {0} reports tCO2e directly; name its evidence (e.g. the verification report) in the Evidence column.");
    public static readonly ProblemKind ActivityNeedsUnit = E("activity-needs-unit",
        "第 {0} 行填写了活动数据但没有单位。",
        "Row {0} has an activity amount but no unit.");
    public static readonly ProblemKind FactorOutsideValidity = W("factor-outside-validity",
        "因子“{0}”的适用年份为 {1}–{2}，而报告年度为 {3}。请确认这是有意的选择（将在报告中注明），或改用适用年份的因子。",
        "Factor '{0}' applies to {1}–{2}, but the reporting year is {3}. Confirm this is deliberate (reports will say so) or pick a factor for that year.");
    public static readonly ProblemKind SubcategoryMismatch = E("subcategory-mismatch",
        "子类别“{0}”不属于第 {1} 类。",
        "Sub-category '{0}' does not belong to category {1}.");
    public static readonly ProblemKind InstrumentNotElectricity = E("instrument-not-electricity",
        "合同工具（绿证、PPA、自发电）只适用于第 2 类外购电力行。",
        "Contractual instruments (green certificates, PPAs, on-site generation) apply only to category 2 electricity rows.");
    public static readonly ProblemKind DuplicateRow = E("duplicate-row",
        "与第 {0} 行完全重复。若确为两项，请在名称或备注中区分。",
        "Duplicates row {0}. If these really are two items, tell them apart in the name or notes.");
    public static readonly ProblemKind DeclaredTotalMismatch = E("declared-total-mismatch",
        "申报的第 {0} 类合计 {1:N3} tCO2e 与排放源各行之和 {2:N3} tCO2e 不符（差 {3:P2}）。",
        "The declared category {0} total of {1:N3} tCO2e differs from the sum of its source rows, {2:N3} tCO2e ({3:P2}).");
    public static readonly ProblemKind DeclaredTotalRounding = W("declared-total-rounding",
        "申报的第 {0} 类合计 {1:N3} tCO2e 与排放源各行之和 {2:N3} tCO2e 略有差异（差 {3:P3}，在 0.5% 以内）。",
        "The declared category {0} total of {1:N3} tCO2e differs slightly from the sum of its rows, {2:N3} tCO2e ({3:P3}, within 0.5 %).");
    public static readonly ProblemKind InvalidCode = E("invalid-code",
        "子公司代码“{0}”只能包含字母、数字和连字符（最多 32 个字符）。",
        "The subsidiary code '{0}' may contain only letters, digits and hyphens (at most 32 characters).");
    public static readonly ProblemKind Scope3CategoryRange = E("scope3-category-range",
        "范围3类别应为 1–15 的整数，读到的是 {0}。",
        "The scope 3 category must be a whole number from 1 to 15; found {0}.");
    public static readonly ProblemKind DuplicatePathwayYear = E("duplicate-pathway-year",
        "路径“{0}”的 {1} 年出现多次（第 {2} 行已有）。",
        "Pathway '{0}' has year {1} more than once (already on row {2}).");
    public static readonly ProblemKind ShareRange = E("share-range",
        "合并比例应在 0 到 100 之间，读到的是 {0}。",
        "The consolidation share must be between 0 and 100; found {0}.");
    public static readonly ProblemKind EnergyItemMissing = E("energy-item-missing",
        "填写了年节约能源量 {0}，但未选择“节约的能源”：无法确定单位与价格。请在下拉列表中选择。",
        "An annual energy saving of {0} is given without \"Energy saved\": its unit and price cannot be known. Pick the energy from the list.");
    public static readonly ProblemKind ThresholdRange = E("threshold-range",
        "基准年重算重要性阈值应大于 0、不超过 100（%），读到的是 {0}。",
        "The base-year recalculation threshold must be above 0 and at most 100 (%); found {0}.");
    public static readonly ProblemKind DeadlineFormat = E("deadline-format",
        "报送截止日应写成次年的“月-日”，如 03-31，读到的是“{0}”。",
        "The submission deadline must be a month and day of the following year, e.g. 03-31; found '{0}'.");
    public static readonly ProblemKind PlaceholderText = E("placeholder-text",
        "“{0}”填写的是占位文字，不是说明（ISO 14064-1 要求实际的准则或理由）。请写明，或留空。",
        "'{1}' holds placeholder text, not a statement (ISO 14064-1 asks for the actual criteria or reason). State it, or leave it blank.");
    public static readonly ProblemKind JustificationPlaceholder = W("justification-placeholder",
        "第 {0} 类的排除理由是占位文字，报告包不采用（改用集团工作簿的理由，若有）。请写明排除理由。",
        "The category {0} exclusion justification is placeholder text: packs do not use it (they use the group workbook's, if any). State the reason.");
    public static readonly ProblemKind MaterialNotDeclared = W("material-not-declared", "{0}", "{0}");
    public static readonly ProblemKind ShareNotApplied = W("share-not-applied", "{0}", "{0}");
    /// <summary>The plan's own words, so the officer reads at intake what the plan will say of the measure.</summary>
    public static readonly ProblemKind MeasureGasNotInGwpSet = new("measure-gas-not-in-gwp-set", Severity.Warning, PlanTexts.MeasureGasNotInGwpSet);
    public static readonly ProblemKind DuplicateCode = E("duplicate-code",
        "子公司代码“{0}”在名册中出现多次（第 {1} 行已有）。",
        "Subsidiary code '{0}' appears more than once in the register (already on row {1}).");
    public static readonly ProblemKind EmptyRegister = E("empty-register",
        "子公司名册没有任何子公司。",
        "The subsidiary register lists no subsidiaries.");

    public static readonly ProblemKind CannotCalculate = E("cannot-calculate",
        "第 {0} 行无法计算：{1}",
        "Row {0} cannot be calculated: {1}");

    // Intake against stored data
    public static readonly ProblemKind PrefixMismatch = E("prefix-mismatch",
        "子公司代码填写为“{0}”，但本文件是为子公司 {1} 上传的。请将代码改为 {1} 后重新上传；如果本文件确属 {0}，请以 {0} 的身份上传（网页上选择 {0}，或放入存储容器 uploads/{0}/）。",
        "The subsidiary code reads '{0}', but this file was uploaded for subsidiary {1}. Change the code to {1} and upload again; if the file really is {0}'s, upload it for {0} (on the web page as {0}, or into the container's uploads/{0}/).");
    public static readonly ProblemKind Unregistered = E("unregistered",
        "子公司代码“{0}”不在集团子公司名册中。请联系集团可持续发展部。",
        "Subsidiary '{0}' is not in the group's register. Contact the group sustainability team.");
    public static readonly ProblemKind PeriodLocked = E("period-locked",
        "{0} 的 {1} 年度数据已经核查并锁定（核查机构：{2}，声明编号：{3}）。如需更正，请联系集团解锁。",
        "{0}'s {1} data are verified and locked (verifier: {2}, statement: {3}). Ask group HQ to unlock the period to correct it.");
    public static readonly ProblemKind BadUploadPath = E("bad-upload-path",
        "文件应放在 uploads/<子公司代码>/<文件名>.xlsx，实际路径为“{0}”。",
        "Files go to uploads/<subsidiary-code>/<file>.xlsx; this one is at '{0}'.");
    public static readonly ProblemKind ProcessingFailed = E("processing-failed",
        "系统多次尝试后仍无法处理此文件（{0}）。这不是填报错误：请联系集团支持，无需修改文件。",
        "The system could not process this file after several attempts ({0}). This is not a data error: contact group support; the file need not change.");
    public static readonly ProblemKind ReplacesEarlierYear = W("replaces-earlier-year",
        "本文件将取代 {0} 年的在用数据，而之后的年度（{1}）已有报送：此后的计划和报告包按新数据计算。{2}",
        "This file replaces the data in force for {0}, a year with later years already reported ({1}): plans and packs from now on use the new figures. {2}");
    public static readonly ProblemKind BaseYearReasonRequired = E("base-year-reason-required",
        "{0} 年是基准年，且之后的年度（{1}）已有报送：更正基准年数据需要说明原因，该原因将在之后的计划和报告包中披露。请在上传页面的“更正原因”中填写，或使用 ghg upload --reason \"原因\" 重新上传，或由集团在集团工作簿的“基准年重算理由”表中登记。",
        "{0} is the base year and later years ({1}) are reported: correcting it needs a reason, which later plans and packs disclose. Give it in the upload page's \"Reason for a correction\", or upload again with ghg upload --reason \"why\", or have HQ record it in the group workbook's \"Recalculation reasons\" sheet.");
    public static readonly ProblemKind ReplacesBaseYearNote = W("base-year-recalculation",
        "{0} 年是基准年：这是一次基准年重新计算，将在之后的计划和报告包中披露（首次报告的数据与重新计算后的数据并列）。",
        "{0} is the base year: this is a base-year recalculation, which later plans and packs will disclose (the figures as first reported beside the recalculated ones).");
    public static readonly ProblemKind Superseded = W("superseded",
        "已接收，但同一报告期有更新的上传（{0}），当前采用较新的数据。本文件保留为历史记录。",
        "Accepted, but a newer upload for the same period ({0}) is in force. This file is kept as history.");

    public static readonly ProblemKind NoEmissionRows = E("no-emission-rows",
        "“排放源”工作表没有任何数据行。",
        "The emission sources sheet has no data rows.");

    // Period
    public static readonly ProblemKind PeriodOrder = E("period-order",
        "报告期结束日 {1:yyyy-MM-dd} 早于开始日 {0:yyyy-MM-dd}。",
        "The reporting period ends ({1:yyyy-MM-dd}) before it starts ({0:yyyy-MM-dd}).");
    public static readonly ProblemKind PeriodTooLong = E("period-too-long",
        "报告期 {0:yyyy-MM-dd} 至 {1:yyyy-MM-dd} 长达 {2} 个月，超过 24 个月上限。",
        "The reporting period {0:yyyy-MM-dd} to {1:yyyy-MM-dd} spans {2} months, over the 24-month limit.");
    public static readonly ProblemKind PeriodYearMismatch = W("period-year-mismatch",
        "报告期 {0:yyyy-MM-dd} 至 {1:yyyy-MM-dd} 与申报年度 {2} 不完全对应（非自然年报告期）。请确认年度填写无误；合并报告时将注明。",
        "The reporting period {0:yyyy-MM-dd} to {1:yyyy-MM-dd} does not match the declared year {2} (a non-calendar period). Check the year; consolidated figures will say so.");
    public static readonly ProblemKind PeriodNotInYear = E("period-not-in-year",
        "报告期自 {0:yyyy-MM-dd} 开始，不在申报年度 {1} 内：若这是 {2} 年的数据，请把申报年度改为 {2}；若确属 {1} 年，请更正报告期。",
        "The reporting period starts on {0:yyyy-MM-dd}, outside the declared year {1}: if these are {2} figures, set the reporting year to {2}; if they are {1}'s, correct the period.");
    public static readonly ProblemKind EnergyYearMismatch = E("energy-year-mismatch",
        "年份 {0} 与申报年度 {1} 不符：请填写本报告期的数据，或更正申报年度。",
        "The year {0} is not the declared year {1}: enter this reporting period's data, or correct the reporting year.");
    public static readonly ProblemKind BaseYearAfterReporting = E("base-year-after-reporting",
        "基准年 {0} 晚于报告年度 {1}。",
        "The base year {0} is after the reporting year {1}.");
    public static readonly ProblemKind TargetYearBeforeBase = E("target-year-before-base",
        "目标年 {1} 不晚于其基准年 {0}。",
        "Target year {1} is not after its base year {0}.");
    public static readonly ProblemKind SignificanceJustification = W("significance-justification",
        "第 {0} 类被排除在外，但未填写排除理由（ISO 14064-1 5.2.3 要求说明）。",
        "Category {0} is excluded but no justification is given (ISO 14064-1 5.2.3 requires one).");
    public static readonly ProblemKind VerifiedNeedsVerifier = W("verified-needs-verifier",
        "核查状态为“已核查”，但缺少核查机构或核查声明编号。",
        "Assurance status is 'verified' but the verifier or the statement reference is missing.");
    public static readonly ProblemKind CategoryWithoutRows = W("category-excluded-has-rows",
        "第 {0} 类声明为“排除”，但排放源中有该类的行。",
        "Category {0} is declared excluded, yet the sources sheet has rows for it.");
}
