using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Intake.Workbook;

/// <summary>
/// The subsidiary workbook we publish: which sheets, which fields, in which language. The template writer and the
/// reader both work from this one description, so they cannot drift apart. Documented for officers in docs/workbook.md.
/// </summary>
internal static class SubsidiaryWorkbookSchema
{
    /// <summary>The first column of every table sheet. A row whose 序号 is 示例/Example is the template's example and is skipped.</summary>
    public static readonly FieldSpec LineNumber = new("no", new("序号", "No."), FieldKind.Text, Width: 8);

    public static readonly Bilingual ExampleMarker = new("示例", "Example");

    public static readonly SheetSpec Instructions = new("instructions", new("说明", "Instructions"), SheetLayout.Text, []);

    public static readonly SheetSpec Entity = new("entity", new("基本信息", "Entity"), SheetLayout.KeyValue,
    [
        new("subsidiary_code", new("子公司代码", "Subsidiary code"), FieldKind.Text, true,
            Hint: new("集团分配的代码，须与上传文件夹 uploads/<代码>/ 一致", "Code assigned by the group; must match the upload folder uploads/<code>/")),
        new("subsidiary_name", new("子公司名称", "Subsidiary name"), FieldKind.Text, true),
        new("reporting_year", new("报告年度", "Reporting year"), FieldKind.Year, true,
            Hint: new("本数据申报的年度（非自然年报告期按集团约定的年度填写）", "The year these data are declared for (non-calendar periods: the year agreed with the group)")),
        new("period_start", new("报告期开始", "Period start"), FieldKind.Date, true, Hint: new("如 2023-09-01 或 2023.9", "e.g. 2023-09-01 or 2023.9")),
        new("period_end", new("报告期结束", "Period end"), FieldKind.Date, true, Hint: new("如 2024-08-31 或 2024.8", "e.g. 2024-08-31 or 2024.8")),
        new("base_year", new("基准年", "Base year"), FieldKind.Year, true),
        new("production_stage", new("生产阶段", "Production stage"), FieldKind.Choice, true, ChoiceLists.ProductionStage),
        new("output_t", new("产量（吨）", "Output (t)"), FieldKind.Number, true, Hint: new("报告期内合格产品产量", "Output of finished product in the period")),
        new("purchased_aluminium_t", new("采购铝（含废铝，吨）", "Purchased aluminium incl. scrap (t)"), FieldKind.Number, true),
        new("scrap_t", new("其中：废铝（吨）", "of which scrap (t)"), FieldKind.Number),
        new("intra_group_t", new("其中：集团内采购（吨）", "of which bought within the group (t)"), FieldKind.Number,
            Hint: new("从集团其他子公司采购的铝，合并时扣除", "Aluminium bought from other group subsidiaries; eliminated on consolidation")),
        new("grid_region", new("电网区域/省份", "Grid region / province"), FieldKind.Text,
            Hint: new("用于选择电网排放因子，如 山东、云南、内蒙古", "Used to choose the grid factor, e.g. Shandong, Yunnan, Inner Mongolia")),
        new("responsible_person", new("负责人", "Responsible person"), FieldKind.Text, true),
        new("contact", new("联系方式", "Contact"), FieldKind.Text),
        new("assurance_status", new("核查状态", "Assurance status"), FieldKind.Choice, true, ChoiceLists.AssuranceStatus),
        new("verifier", new("核查机构", "Verifier"), FieldKind.Text),
        new("assurance_level", new("保证等级", "Assurance level"), FieldKind.Choice, List: ChoiceLists.AssuranceLevel),
        new("statement_reference", new("核查声明编号", "Verification statement reference"), FieldKind.Text),
        new("category5", new("第5类是否纳入", "Category 5 included?"), FieldKind.Choice, true, ChoiceLists.Significance),
        new("category5_justification", new("第5类排除理由", "Category 5 exclusion justification"), FieldKind.LongText),
        new("category6", new("第6类是否纳入", "Category 6 included?"), FieldKind.Choice, true, ChoiceLists.Significance),
        new("category6_justification", new("第6类排除理由", "Category 6 exclusion justification"), FieldKind.LongText),
        new("declared_total_1", new("申报第1类合计（tCO2e）", "Declared category 1 total (tCO2e)"), FieldKind.Number,
            Hint: new("可选：如核查报告中的数值，用于核对", "Optional: e.g. from the verification report, cross-checked against the rows")),
        new("declared_total_2", new("申报第2类合计（tCO2e）", "Declared category 2 total (tCO2e)"), FieldKind.Number),
        new("declared_total_3", new("申报第3类合计（tCO2e）", "Declared category 3 total (tCO2e)"), FieldKind.Number),
        new("declared_total_4", new("申报第4类合计（tCO2e）", "Declared category 4 total (tCO2e)"), FieldKind.Number),
        new("declared_total_5", new("申报第5类合计（tCO2e）", "Declared category 5 total (tCO2e)"), FieldKind.Number),
        new("declared_total_6", new("申报第6类合计（tCO2e）", "Declared category 6 total (tCO2e)"), FieldKind.Number),
    ]);

    public static readonly SheetSpec Sources = new("sources", new("排放源", "Sources"), SheetLayout.Table,
    [
        LineNumber,
        new("category", new("类别", "Category"), FieldKind.Choice, true, ChoiceLists.Category, 26),
        new("subcategory", new("子类别", "Sub-category"), FieldKind.Choice, false, ChoiceLists.Subcategory, 30),
        new("source", new("排放源名称", "Source name"), FieldKind.Text, true, Width: 28),
        new("facility", new("设施", "Facility"), FieldKind.Text, Width: 16),
        new("gas", new("气体", "Gas"), FieldKind.Choice, true, ChoiceLists.Gas, 12),
        new("biogenic", new("生物源", "Biogenic"), FieldKind.Choice, false, ChoiceLists.YesNo, 10),
        new("kind", new("类型", "Type"), FieldKind.Choice, false, ChoiceLists.LineKind, 12),
        new("activity", new("活动数据", "Activity amount"), FieldKind.Number, Width: 16),
        new("activity_unit", new("活动数据单位", "Activity unit"), FieldKind.Unit, Width: 12),
        new("factor_id", new("因子编号", "Factor id"), FieldKind.FactorId, Width: 34),
        new("custom_factor", new("自定义因子", "Custom factor"), FieldKind.Number, Width: 14),
        new("custom_factor_unit", new("自定义因子单位", "Custom factor unit"), FieldKind.Text, Width: 16,
            Hint: new("如 tCO2/MWh、kgCO2/m3", "e.g. tCO2/MWh, kgCO2/m3")),
        new("custom_factor_source", new("自定义因子来源", "Custom factor source"), FieldKind.Text, Width: 24),
        new("reported_tco2e", new("直报排放量（tCO2e）", "Reported tCO2e"), FieldKind.Number, Width: 16,
            Hint: new("取自已核查清单的数值；填写此列则不需要因子", "Taken from a verified inventory; no factor needed")),
        new("evidence", new("证据", "Evidence"), FieldKind.Text, Width: 28),
        new("uncertainty_pct", new("不确定性（%）", "Uncertainty (%)"), FieldKind.Percent, Width: 12),
        new("instrument", new("合同工具", "Contractual instrument"), FieldKind.Choice, false, ChoiceLists.Instrument, 16),
        new("scope3_category", new("范围3类别", "Scope 3 category"), FieldKind.Number, Width: 10,
            Hint: new("可选：GHG Protocol 范围3类别 1–15；留空按子类别映射", "Optional: GHG Protocol scope 3 category 1–15; blank maps from the sub-category")),
        new("notes", new("备注", "Notes"), FieldKind.LongText, Width: 30),
        // Appended after the earlier template's last column, so workbooks of either template read alike.
        new("material", new("采购材料", "Material purchased"), FieldKind.Choice, false, ChoiceLists.Material, 18,
            Hint: new("范围3类别1采购行：原铝锭、合金锭、废铝、铸棒计入采购铝强度；其他采购品选“其他”", "Scope 3 cat. 1 purchases: primary ingot, alloy, scrap and billet count in the purchased-aluminium intensity; other goods are 'other'")),
    ]);

    public static readonly SheetSpec EnergyAndProduction = new("energy", new("能源与产量", "Energy"), SheetLayout.Table,
    [
        LineNumber,
        new("year", new("年份", "Year"), FieldKind.Year, true, Width: 8),
        new("month", new("月份", "Month"), FieldKind.Number, Width: 8, Hint: new("可选：1–12；留空为全年", "Optional: 1–12; blank for the whole year")),
        new("item", new("项目", "Item"), FieldKind.Choice, true, ChoiceLists.EnergyItem, 26),
        new("amount", new("数量", "Amount"), FieldKind.Number, true, Width: 16),
        new("unit", new("单位", "Unit"), FieldKind.Unit, true, Width: 10),
        new("notes", new("备注", "Notes"), FieldKind.LongText, Width: 30),
    ]);

    public static readonly SheetSpec Targets = new("targets", new("目标", "Targets"), SheetLayout.Table,
    [
        LineNumber,
        new("boundary", new("范围", "Boundary"), FieldKind.Choice, true, ChoiceLists.TargetBoundary, 26),
        new("metric", new("指标类型", "Metric"), FieldKind.Choice, true, ChoiceLists.TargetMetric, 18),
        new("gas_basis", new("口径", "Gas basis"), FieldKind.Choice, false, ChoiceLists.GasBasis, 8),
        new("base_year", new("基准年", "Base year"), FieldKind.Year, true, Width: 8),
        new("target_year", new("目标年", "Target year"), FieldKind.Year, true, Width: 8),
        new("reduction_pct", new("降幅（%）", "Reduction (%)"), FieldKind.Percent, Width: 10),
        new("cadence", new("比较方式", "Compared with"), FieldKind.Choice, false, ChoiceLists.TargetCadence, 20),
        new("target_value", new("目标值", "Target value"), FieldKind.Number, Width: 10),
        new("target_unit", new("目标值单位", "Target unit"), FieldKind.Text, Width: 12),
        new("wording", new("原文表述", "Wording"), FieldKind.LongText, Width: 50),
        new("wording_en", new("原文表述（英文，可选）", "Wording (English, optional)"), FieldKind.LongText, Width: 50),
    ]);

    public static readonly SheetSpec Goals = new("goals", new("目标说明", "Goals"), SheetLayout.KeyValue,
    [
        new("statement", new("总体目标表述", "Overall goal statement"), FieldKind.LongText),
        new("short_term", new("短期目标（1-3年）", "Short-term goals (1-3 years)"), FieldKind.LongText),
        new("mid_term", new("中期目标（4-10年）", "Mid-term goals (4-10 years)"), FieldKind.LongText),
        new("long_term", new("长期目标（10年以上）", "Long-term goals (10+ years)"), FieldKind.LongText),
        new("explanation", new("异常说明", "Explanation of outliers"), FieldKind.LongText),
        new("notes", new("其他说明", "Other notes"), FieldKind.LongText),
        // The English plan prints these where given, else the Chinese text above.
        new("statement_en", new("总体目标表述（英文，可选）", "Overall goal statement (English, optional)"), FieldKind.LongText),
        new("short_term_en", new("短期目标（英文，可选）", "Short-term goals (English, optional)"), FieldKind.LongText),
        new("mid_term_en", new("中期目标（英文，可选）", "Mid-term goals (English, optional)"), FieldKind.LongText),
        new("long_term_en", new("长期目标（英文，可选）", "Long-term goals (English, optional)"), FieldKind.LongText),
        new("explanation_en", new("异常说明（英文，可选）", "Explanation of outliers (English, optional)"), FieldKind.LongText),
        new("notes_en", new("其他说明（英文，可选）", "Other notes (English, optional)"), FieldKind.LongText),
    ]);

    public static readonly SheetSpec Pathway = new("pathway", new("路径", "Pathway"), SheetLayout.Table,
    [
        LineNumber,
        new("pathway", new("路径类型", "Pathway"), FieldKind.Choice, true, ChoiceLists.PathwayKind, 34),
        new("year", new("年份", "Year"), FieldKind.Year, true, Width: 8),
        new("value", new("强度值", "Intensity"), FieldKind.Number, true, Width: 12),
        new("unit", new("单位", "Unit"), FieldKind.Text, true, Width: 14),
        new("source", new("来源", "Source"), FieldKind.Text, Width: 40,
            Hint: new("如《ASI 实体 GHG 路径计算工具中文版》及版本", "e.g. the ASI Entity GHG Pathways Calculation Tool and its version")),
    ]);

    public static readonly SheetSpec Measures = new("measures", new("减排措施", "Measures"), SheetLayout.Table,
    [
        LineNumber,
        new("name", new("措施名称", "Measure"), FieldKind.Text, true, Width: 28),
        new("type", new("措施类型", "Type"), FieldKind.Choice, true, ChoiceLists.MeasureType, 20),
        new("description", new("描述", "Description"), FieldKind.LongText, Width: 50),
        new("start", new("开始时间", "Start"), FieldKind.Date, Width: 12),
        new("capacity", new("容量", "Capacity"), FieldKind.Number, Width: 10),
        new("capacity_unit", new("容量单位", "Capacity unit"), FieldKind.Unit, Width: 10),
        new("full_load_hours", new("满发小时数", "Full-load hours"), FieldKind.Number, Width: 10),
        new("annual_amount", new("年节约/发电量", "Annual amount saved or generated"), FieldKind.Number, Width: 14),
        new("annual_unit", new("单位", "Unit"), FieldKind.Text, Width: 10, Hint: new("如 万kWh、MWh、m3/t、L/t", "e.g. 万kWh, MWh, m3/t, L/t")),
        new("declared_reduction", new("申报减排量", "Declared reduction"), FieldKind.Number, Width: 12),
        new("declared_reduction_unit", new("减排量单位", "Reduction unit"), FieldKind.Text, Width: 12, Hint: new("如 tCO2e/年、kgCO2/t", "e.g. tCO2e/yr, kgCO2/t")),
        new("notes", new("备注", "Notes"), FieldKind.LongText, Width: 30),
        // The English plan prints these where given, else the Chinese above.
        new("name_en", new("措施名称（英文，可选）", "Measure (English, optional)"), FieldKind.Text, Width: 28),
        new("description_en", new("描述（英文，可选）", "Description (English, optional)"), FieldKind.LongText, Width: 50),
        // Later years: what the measure actually saved in the reporting year, beside what the plan quantified.
        new("realised_reduction", new("本年实际减排量 tCO2e（可选）", "Realised reduction this year, tCO2e (optional)"), FieldKind.Number, Width: 16),
        // A measure already operating in the base year is in the base inventory: its saving is not a reduction against it.
        // Its start year is the year of 开始时间 Start above; one column only, so a sheet of 100 measures at every text
        // limit still fits one storage batch (TextLimitsTests).
        new("status", new("实施状态", "Status"), FieldKind.Choice, false, ChoiceLists.MeasureStatus, 18,
            Hint: new("基准年前已运行的措施（或开始时间早于基准年）不计为减排", "A measure operating before the base year (or starting before it) is not a reduction")),
        // Abatement economics (optional): what the measure costs and saves, for the plan's cost curve. Prices and the
        // discount rate come from the group workbook, so every subsidiary's measures are valued alike.
        new("capex_cny", new("投资额（元，可选）", "Capital cost, CNY (optional)"), FieldKind.Number, Width: 14),
        new("opex_change_cny", new("年运维费用变化（元，可选）", "Annual operating cost change, CNY (optional)"), FieldKind.Number, Width: 14,
            Hint: new("增加为正，减少为负；不含节约的能源费用", "An increase is positive, a decrease negative; energy savings excluded")),
        new("energy_saved", new("年节约能源量（可选）", "Annual energy saved (optional)"), FieldKind.Number, Width: 14),
        new("energy_saved_item", new("节约的能源", "Energy saved"), FieldKind.Choice, false, ChoiceLists.PricedEnergy, 18,
            Hint: new("单位随能源：电力 MWh、天然气 m³、柴油 L…", "The unit goes with the energy: electricity MWh, natural gas m³, diesel L…")),
        new("lifetime_years", new("使用寿命（年，可选）", "Lifetime, years (optional)"), FieldKind.Number, Width: 10),
    ]);

    /// <summary>Sheets in template order; Lists is written hidden and never read.</summary>
    public static IReadOnlyList<SheetSpec> DataSheets { get; } = [Entity, Sources, EnergyAndProduction, Targets, Goals, Pathway, Measures];

    public const string ListsSheetName = "_lists";
}
