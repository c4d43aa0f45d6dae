namespace GhgReports.Localization;

/// <summary>
/// The wording of a large group's plan: sections 三、四、五 at group level (production stages, top and bottom performers,
/// measures by theme) and the annex that holds each subsidiary's figures in one block.
/// </summary>
internal static class PlanGroupLevelTexts
{
    public static readonly Bilingual Annex = new("附件：各子公司明细", "Annex: subsidiaries in detail");
    public static readonly Bilingual AnnexLead = new(
        "每家子公司一段：生产阶段、合并比例、报告期、第 1–4 类排放、范围 1+2 强度；其路径（{0} 年实际、当年与 2030 年的路径值、基准值）；各项措施及年减排量；相关核查提示的附录 A 编号。排放单位为吨 CO2e，强度单位为 tCO2e/t。",
        "One block per subsidiary: production stage, consolidation share, period, categories 1–4, scope 1+2 intensity; its pathways ({0} actual, the pathway that year and in 2030, the base); each measure with its annual saving; the numbers of the checks in appendix A that concern it. Emissions in tCO2e, intensities in tCO2e/t.");
    public static readonly Bilingual AnnexFigures = new(
        "{0}；合并计入 {9}%；报告期 {1}；第 1–4 类：{2} / {3} / {4} / {5}；范围 1+2 强度 {6}；措施 {7} 项，已量化年减排 {8}。",
        "{0}; consolidated at {9} %; period {1}; categories 1–4: {2} / {3} / {4} / {5}; scope 1+2 intensity {6}; {7} measures, {8} tCO2e a year quantified.");
    public static readonly Bilingual AnnexMissing = new("{0} 年度无当期数据，未计入集团数字。", "No current data for {0}; not in any group figure.");
    public static readonly Bilingual AnnexPathway = new(
        "{0}：{1} 年实际 {2}，路径 {3}（较路径 {4}），2030 年路径 {5}；基准 {6} 年 {7}",
        "{0}: {1} actual {2}, pathway {3} ({4} against it), 2030 pathway {5}; base {6}: {7}");
    public static readonly Bilingual AnnexNotices = new("核查提示见附录 A 第 {0} 项。", "Checks: appendix A, items {0}.");
    public static readonly Bilingual ColumnActual = new("{0} 实际", "{0} actual");
    public static readonly Bilingual ColumnPathwayAt = new("{0} 路径", "{0} pathway");
    public static readonly Bilingual ColumnAgainstPathway = new("较路径", "vs pathway");
    public static readonly Bilingual ProcessMetric = new("工艺范围 1+2 强度", "Process scope 1+2 intensity");
    public static readonly Bilingual PurchasedMetric = new("采购铝强度", "Purchased aluminium intensity");

    // Section 3 at group level
    public static readonly Bilingual StatusLead = new(
        "集团共登记 {0} 家子公司，超过 {1} 家，本节按生产阶段汇总 {2} 年度排放（单位：吨 CO2e；第 2 类为基于位置的方法）；各子公司的数字见附件。",
        "The group registers {0} subsidiaries, more than {1}: this section sums the {2} emissions by production stage (tCO2e; category 2 location-based); each subsidiary's figures are in the annex.");
    public static readonly Bilingual ColumnStage = new("生产阶段", "Production stage");
    public static readonly Bilingual ColumnMembers = new("子公司（有数据 / 登记）", "Subsidiaries (with data / registered)");
    public static readonly Bilingual StageRowsNote = new(
        "各阶段按子公司自报数字直接相加（未按控制权或持股比例折算）；集团合计行为合并口径。",
        "Stage rows add the subsidiaries' own figures (not weighted by control or equity share); the group row is consolidated.");
    public static readonly Bilingual MissingCount = new(
        "{0} 家已登记子公司没有 {1} 年度的当期数据，列为缺失，未计入集团数字：{2}。",
        "{0} registered subsidiaries have no current data for {1}; they are listed as missing and left out of every group figure: {2}.");
    public static readonly Bilingual Consolidation = new(
        "集团采用{0}合并：{1} 家计 100%，{2} 家不计入，{3} 家按股权比例计入；各子公司的计入比例见附件。",
        "The group consolidates under {0}: {1} subsidiaries counted at 100 %, {2} not counted, {3} at their equity share; each one's share is in the annex.");
    public static readonly Bilingual PeriodsMixed = new(
        "{0} 家子公司的报告期与 {1} 自然年不一致，合并数据混合了不同期间；各自的报告期见附件。",
        "{0} subsidiaries report a period other than calendar {1}, so the consolidated figures mix periods; each one's period is in the annex.");
    public static readonly Bilingual StageIntensity = new(
        "{0}（{1} 家）：范围 1+2 排放 {2} 吨 CO2e ÷ 产量 {3} 吨 = {4} tCO2e/t。",
        "{0} ({1} subsidiaries): scope 1+2 {2} tCO2e ÷ output {3} t = {4} tCO2e/t.");

    // Section 4 at group level
    public static readonly Bilingual StagePathwaysHeading = new("按生产阶段的路径", "Pathways by production stage");
    public static readonly Bilingual StagePathwaysLead = new(
        "每个阶段的路径为该阶段各子公司工艺路径按 {0} 年产量加权（ASI 不发布阶段或集团路径，此为推导值）；实际值为该阶段范围 1+2 排放 ÷ 产量。",
        "A stage's pathway is its subsidiaries' process pathways weighted by {0} output (ASI publishes no stage or group pathway: this is derived); the actual value is the stage's scope 1+2 ÷ output.");
    public static readonly Bilingual ColumnWithPathway = new("有路径", "With pathway");
    public static readonly Bilingual ColumnAbovePathway = new("高于路径", "Above pathway");
    public static readonly Bilingual ColumnGapTco2e = new("高于路径合计（tCO2e）", "Above pathway (tCO2e)");
    public static readonly Bilingual StagePathwayTableLead = new("各阶段推导路径（tCO2e/t）：", "Each stage's derived pathway (tCO2e/t):");
    public static readonly Bilingual StageChart = new("附图 {0}：{1}工艺强度与推导的阶段路径", "Figure {0}: {1}, process intensity against the derived stage pathway");
    public static readonly Bilingual SeriesStagePathway = new("推导的阶段路径", "Derived stage pathway");
    public static readonly Bilingual NoStagePathways = new("没有子公司的工艺路径可以计算。", "No subsidiary's process pathway can be computed.");

    public static readonly Bilingual PerformersHeading = new("表现最好与最差的子公司", "Top and bottom performers");
    public static readonly Bilingual PerformersLead = new(
        "按 {0} 年工艺强度较其自身路径的偏差排序（负值为低于路径）；缺口为按当年产量计高于（正）或低于（负）路径的吨 CO2e。{1} 家有路径的子公司中 {2} 家高于路径，合计高出 {3} 吨 CO2e。",
        "Ranked by how far each subsidiary's {0} process intensity lies from its own pathway (negative: below it); the gap is the tCO2e above (positive) or below (negative) the pathway at that year's output. Of {1} subsidiaries with a pathway, {2} are above it, by {3} tCO2e in all.");
    public static readonly Bilingual TopPerformers = new("最好的 {0} 家：", "Best {0}:");
    public static readonly Bilingual BottomPerformers = new("最差的 {0} 家：", "Worst {0}:");
    public static readonly Bilingual ColumnGapToPathway = new("缺口（tCO2e）", "Gap (tCO2e)");

    // Section 5 at group level
    public static readonly Bilingual MeasuresLead = new(
        "各子公司申报的措施按主题汇总如下；每项措施及其减排量见附件中该子公司一段。",
        "The subsidiaries' measures summed by theme; each measure and its saving is in that subsidiary's block of the annex.");
    public static readonly Bilingual ColumnTheme = new("主题", "Theme");
    public static readonly Bilingual ColumnMeasureCount = new("措施数", "Measures");
    public static readonly Bilingual ColumnSubsidiaryCount = new("子公司数", "Subsidiaries");
    public static readonly Bilingual ColumnNotQuantified = new("无法量化", "Not quantified");
    public static readonly Bilingual LargestMeasures = new("年减排量最大的 {0} 项措施：", "The {0} measures with the largest annual saving:");
    public static readonly Bilingual AnnexMeasures = new("措施：{0}。", "Measures: {0}.");
    public static readonly Bilingual AnnexMeasure = new("{0}（{1}）", "{0} ({1})");

    // Appendix B at group level: the users of a factor counted, not named.
    public static readonly Bilingual FactorUsers = new("{0} 家", "{0} subsidiaries");
}
