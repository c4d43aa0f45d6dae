using GhgReports.Intake.Workbook;
using GhgReports.Submissions;

namespace GhgReports.Intake.Group;

/// <summary>
/// The group workbook kept by group HQ: who the group is, how it consolidates, which subsidiaries it has, its targets
/// and the plan's narrative. Uploaded to uploads/_group/ and read with the same machinery as a subsidiary workbook.
/// </summary>
internal static class GroupWorkbookSchema
{
    public static readonly SheetSpec Instructions = new("group_instructions", new("说明", "Instructions"), SheetLayout.Text, []);

    public static readonly SheetSpec Group = new("group", new("集团信息", "Group"), SheetLayout.KeyValue,
    [
        new("group_name", new("集团名称", "Group name"), FieldKind.Text, true),
        new("group_name_en", new("集团英文名称", "Group name (English)"), FieldKind.Text),
        new("consolidation_approach", new("合并方法", "Consolidation approach"), FieldKind.Choice, true, ChoiceLists.ConsolidationApproach,
            Hint: new("ISO 14064-1 5.1：控制权法或股权比例法", "ISO 14064-1 5.1: control or equity share")),
        new("responsible_person", new("负责人", "Responsible person"), FieldKind.Text, true),
        new("contact", new("联系方式", "Contact"), FieldKind.Text),
        // ISO 14064-1 §5.2.3 and §9.3.1 e), i): stated once for the group, printed in every pack. Optional, so a group
        // workbook of the earlier template still reads; a pack without them says they are not provided.
        new("significance_criteria_zh", new("间接排放重要性判定准则", "Criteria for significant indirect emissions (Chinese)"), FieldKind.LongText,
            Hint: new("ISO 14064-1 5.2.3：判定间接排放类别是否重大的预设准则", "ISO 14064-1 5.2.3: the pre-determined criteria that decide whether an indirect category is significant")),
        new("significance_criteria_en", new("重要性判定准则（英文）", "Criteria for significant indirect emissions (English)"), FieldKind.LongText),
        new("category5_justification", new("第5类排除理由（集团）", "Category 5 exclusion justification (group)"), FieldKind.LongText,
            Hint: new("“中文 / English”；子公司未说明理由时采用", "\"中文 / English\"; used where a subsidiary gives none")),
        new("category6_justification", new("第6类排除理由（集团）", "Category 6 exclusion justification (group)"), FieldKind.LongText),
        // ISO 14064-1 §6.4.1 and the GHG Protocol (chapter 5): a base-year recalculation is significant when the cumulative
        // change of a targeted metric reaches the threshold the organisation sets. Optional: without it significance is not
        // assessed, and documents say so.
        new("recalculation_threshold_pct", new("基准年重算重要性阈值（%）", "Base-year recalculation significance threshold (%)"), FieldKind.Percent,
            Hint: new("目标指标累计变化达到此比例即为重大重算，如 5%", "A recalculation is significant when a targeted metric changes cumulatively by this share or more, e.g. 5 %")),
        // Abatement economics: one rate for every measure, so that costs per tCO2e compare across subsidiaries.
        new("discount_rate_pct", new("折现率（%）", "Discount rate (%)"), FieldKind.Percent,
            Hint: new("用于年化投资（资本回收系数），如 8%", "Annualises capital costs (capital recovery factor), e.g. 8 %")),
        // The day each year's workbooks are due, as a month and day of the following year: one entry serves every year.
        // Optional: without it the tracker lists who is missing but calls no one late.
        new("submission_deadline", new("报送截止日（次年 月-日）", "Submission deadline (month-day of the following year)"), FieldKind.Text,
            Hint: new("如 03-31：2024 年度工作簿须于 2025 年 3 月 31 日前报送", "E.g. 03-31: the 2024 workbooks are due by 31 March 2025")),
        // Whether HQ reviews each accepted workbook before its figures count (docs/storage.md, "Review"). Optional: blank
        // or "No" lets an accepted upload take effect at once, as before.
        new("review_required", new("是否需集团审核", "HQ review required"), FieldKind.Choice, false, ChoiceLists.YesNo,
            Hint: new("“是”：已通过校验的工作簿须经集团批准后方计入", "\"Yes\": an accepted workbook counts only once group HQ approves it")),
    ]);

    public static readonly SheetSpec Register = new("register", new("子公司名册", "Register"), SheetLayout.Table,
    [
        SubsidiaryWorkbookSchema.LineNumber,
        new("code", new("子公司代码", "Code"), FieldKind.Text, true, Width: 12),
        new("name_zh", new("中文名称", "Chinese name"), FieldKind.Text, true, Width: 30),
        new("name_en", new("英文名称", "English name"), FieldKind.Text, false, Width: 36),
        new("short_name", new("简称", "Short name"), FieldKind.Text, false, Width: 14),
        new("province", new("所在省份", "Province"), FieldKind.Text, true, Width: 16),
        new("grid_factor", new("电网因子编号", "Grid factor id"), FieldKind.FactorId, false, Width: 34,
            Hint: new("计算外购电力所用的因子；留空用全国碳市场因子", "Factor for purchased electricity; blank uses the national carbon-market factor")),
        new("stage", new("生产阶段", "Production stage"), FieldKind.Choice, true, ChoiceLists.ProductionStage, 20),
        new("share_pct", new("合并比例（%）", "Consolidation share (%)"), FieldKind.Percent, true, Width: 12,
            Hint: new("股权比例法下按此比例合并；控制权法下不适用", "Applied under equity share; not applied under a control approach")),
        new("controlled", new("是否受控", "Controlled"), FieldKind.Choice, false, ChoiceLists.YesNo, 10,
            Hint: new("控制权法下：受控计 100%，非受控计 0%", "Under a control approach: controlled counts at 100 %, not controlled at 0 %")),
        new("active", new("在册", "Active"), FieldKind.Choice, false, ChoiceLists.YesNo, 8),
    ]);

    /// <summary>
    /// Reasons HQ records for base-year corrections it expects: a corrected base-year workbook uploaded after later years
    /// exist takes its reason from here when the upload carries none. Optional sheet.
    /// </summary>
    public static readonly SheetSpec RecalculationReasons = new("recalculation_reasons", new("基准年重算理由", "Recalculation reasons"), SheetLayout.Table,
    [
        SubsidiaryWorkbookSchema.LineNumber,
        new("code", new("子公司代码", "Code"), FieldKind.Text, true, Width: 12),
        new("base_year", new("基准年", "Base year"), FieldKind.Year, true, Width: 10),
        new("reason", new("重算理由", "Reason"), FieldKind.LongText, true, Width: 60,
            Hint: new("如：发现第1类活动数据错误并更正", "E.g. an error found in category 1 activity data, corrected")),
    ]);

    /// <summary>Energy prices the plan values measures' savings at. Optional sheet.</summary>
    public static readonly SheetSpec EnergyPrices = new("energy_prices", new("能源价格", "Energy prices"), SheetLayout.Table,
    [
        SubsidiaryWorkbookSchema.LineNumber,
        new("energy", new("能源", "Energy"), FieldKind.Choice, true, ChoiceLists.PricedEnergy, 24),
        new("price_cny", new("单价（元/单位）", "Price (CNY per unit)"), FieldKind.Number, true, Width: 14,
            Hint: new("单位见能源名称，如电力 元/MWh", "The unit is the energy's, e.g. electricity CNY/MWh")),
        new("source", new("价格来源", "Price source"), FieldKind.Text, false, Width: 40),
    ]);

    /// <summary>Same columns as a subsidiary's targets sheet.</summary>
    public static readonly SheetSpec Targets = new("group_targets", new("集团目标", "Group targets"), SheetLayout.Table,
        SubsidiaryWorkbookSchema.Targets.Fields);

    public static readonly SheetSpec Narrative = new("narrative", new("计划文本", "Narrative"), SheetLayout.KeyValue,
    [
        new("introduction_zh", new("一、引言", "1. Introduction (Chinese)"), FieldKind.LongText, true),
        new("introduction_en", new("引言（英文）", "1. Introduction (English)"), FieldKind.LongText),
        new("policy_zh", new("二、减碳方针", "2. Decarbonisation policy (Chinese)"), FieldKind.LongText, true),
        new("policy_en", new("减碳方针（英文）", "2. Decarbonisation policy (English)"), FieldKind.LongText),
        new("safeguards_zh", new("六、保障措施", "6. Safeguards (Chinese)"), FieldKind.LongText, true),
        new("safeguards_en", new("保障措施（英文）", "6. Safeguards (English)"), FieldKind.LongText),
        new("outlook_zh", new("七、总结与展望", "7. Summary and outlook (Chinese)"), FieldKind.LongText, true),
        new("outlook_en", new("总结与展望（英文）", "7. Summary and outlook (English)"), FieldKind.LongText),
    ]);

    public static IReadOnlyList<SheetSpec> DataSheets { get; } = [Group, Register, Targets, Narrative, RecalculationReasons, EnergyPrices];

    /// <summary>Sheets added after the first template: a group workbook without them still reads.</summary>
    public static IReadOnlyList<SheetSpec> OptionalSheets { get; } = [RecalculationReasons, EnergyPrices];
}
