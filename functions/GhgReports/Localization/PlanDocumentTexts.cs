namespace GhgReports.Localization;

/// <summary>
/// Every word of the reduction-plan document that is not the subsidiaries' or the group's own prose: cover, contents,
/// section and table titles, captions, chart axis titles, notes, page furniture. Layout and rendering code take all
/// their wording from here. Placeholders are filled by <see cref="Bilingual.Format"/> (invariant culture).
/// </summary>
internal static class PlanDocumentTexts
{
    // Cover and page furniture
    public static readonly Bilingual Title = new("温室气体减排计划", "GHG Reduction Plan");
    public static readonly Bilingual CoverYear = new("{0} 年度", "Reporting year {0}");
    public static readonly Bilingual CoverDate = new("编制日期：{0:yyyy 年 M 月 d 日}", "Date: {0:d MMMM yyyy}");
    public static readonly Bilingual CoverVersion = new("版本：{0}", "Version: {0}");
    public static readonly Bilingual CoverDataNote = new(
        "本计划由集团及各子公司已提交的数据自动生成（数据截至 {0:yyyy-MM-dd}）。",
        "Generated from the data the group and its subsidiaries submitted (as of {0:yyyy-MM-dd}).");
    public static readonly Bilingual Footer = new("第 {0} 页 / 共 {1} 页", "{0} / {1}");
    public static readonly Bilingual HeaderSeparator = new(" · ", " · ");
    public static readonly Bilingual Contents = new("目  录", "Contents");

    // Section titles (the seed's seven, then the appendix)
    public static readonly Bilingual Introduction = new("一、引言", "1. Introduction");
    public static readonly Bilingual Policy = new("二、减碳方针", "2. Decarbonisation policy");
    public static readonly Bilingual Status = new("三、碳排放现状汇总", "3. Current emissions");
    public static readonly Bilingual Targets = new("四、目标设定", "4. Targets");
    public static readonly Bilingual Measures = new("五、主要措施", "5. Main measures");
    public static readonly Bilingual Safeguards = new("六、保障措施", "6. Safeguards");
    public static readonly Bilingual Outlook = new("七、总结与展望", "7. Summary and outlook");
    public static readonly Bilingual Appendix = new("附录", "Appendix");

    public static IReadOnlyList<Bilingual> SectionTitles { get; } =
        [Introduction, Policy, Status, Targets, Measures, Safeguards, Outlook, Appendix];

    /// <summary>（一）, （二）… in Chinese; (1), (2)… in English.</summary>
    public static Bilingual Numbered(int n, string zhName, string enName) =>
        new($"（{ChineseNumeral(n)}）{zhName}", $"({n}) {enName}");

    // Section 3
    public static readonly Bilingual StatusLead = new(
        "下表汇总各子公司 {0} 年度按 ISO 14064-1 分类的温室气体排放（单位：吨 CO2e；第 2 类为基于位置的方法）。",
        "The table summarises each subsidiary's {0} GHG emissions by ISO 14064-1 category (tCO2e; category 2 location-based).");
    public static readonly Bilingual ColumnSubsidiary = new("子公司", "Subsidiary");
    public static readonly Bilingual ColumnPeriod = new("报告期", "Period");
    public static readonly Bilingual ColumnCategoryShort = new("第 {0} 类", "Cat. {0}");
    public static readonly Bilingual ColumnCategory = new("类别", "Category");
    public static readonly Bilingual ColumnDescription = new("说明", "Description");
    public static readonly Bilingual ColumnTco2e = new("排放量（吨 CO2e）", "Emissions (tCO2e)");
    public static readonly Bilingual ColumnIntensity = new("范围 1+2 强度（tCO2e/t）", "Scope 1+2 intensity (tCO2e/t)");
    public static readonly Bilingual CategoryRow = new("第 {0} 类", "Category {0}");
    public static readonly Bilingual GroupTotalRow = new("集团合计（{0} 家）", "Group total ({0} subsidiaries)");
    public static readonly Bilingual Missing = new("缺失", "missing");
    public static readonly Bilingual MissingCell = new("—", "—");
    public static readonly Bilingual NotIncluded = new("未纳入", "not included");
    public static readonly Bilingual MissingSubsidiaries = new(
        "以下已登记子公司没有 {0} 年度的当期数据，列为缺失，未计入集团合计及集团强度：{1}。",
        "These registered subsidiaries have no current data for {0}; they are listed as missing and excluded from the group totals and intensity: {1}.");
    public static readonly Bilingual MissingOne = new("{0}（{1}）", "{0} ({1})");
    public static readonly Bilingual ListSeparator = new("、", ", ");
    public static readonly Bilingual NoneMissing = new("全部 {0} 家已登记子公司均已提交 {1} 年度数据。", "All {0} registered subsidiaries submitted data for {1}.");
    public static readonly Bilingual CategoryNotesTitle = new("注：", "Notes:");
    public static readonly Bilingual[] CategoryNotes =
    [
        new("第 1 类为直接温室气体排放和移除，包括固定及移动燃烧产生的直接排放、直接从工业过程中排放和移除、人类系统释放温室气体的直接逸散排放等；",
            "Category 1 is direct GHG emissions and removals: stationary and mobile combustion, industrial process emissions and removals, and fugitive emissions;"),
        new("第 2 类为外购能源的间接温室气体排放，包括外购电力及外购能源的间接排放等；",
            "Category 2 is indirect emissions from imported energy: purchased electricity and other purchased energy;"),
        new("第 3 类为运输产生的间接温室气体排放，包括上游运输产生的排放、货物分配产生的排放、废料运输产生的排放、员工通勤产生的排放、商务旅行产生的排放等；",
            "Category 3 is indirect emissions from transportation: upstream transport, distribution of goods, waste transport, employee commuting and business travel;"),
        new("第 4 类为组织使用的产品产生的间接温室气体排放，包括采购商品和服务的排放、采购燃料和能源货物的排放、固体和液体废物的排放等。",
            "Category 4 is indirect emissions from products the organisation uses: purchased goods and services, fuel- and energy-related activities, solid and liquid waste."),
    ];
    public static readonly Bilingual SubsidiaryPeriod = new("报告期：{0}", "Reporting period: {0}");
    public static readonly Bilingual PeriodCalendar = new("{0} 年", "{0}");
    public static readonly Bilingual PeriodRange = new("{0:yyyy.M}-{1:yyyy.M}", "{0:MMM yyyy}–{1:MMM yyyy}");
    public static readonly Bilingual IntensityLine = new(
        "范围 1+2 排放 {0} 吨 CO2e，产量 {1} 吨，单位产量范围 1+2 排放强度 {2} tCO2e/t。",
        "Scope 1+2 emissions {0} tCO2e, output {1} t, scope 1+2 intensity {2} tCO2e/t.");
    public static readonly Bilingual IntensityNoOutput = new(
        "范围 1+2 排放 {0} 吨 CO2e；未申报产量，无法计算强度。",
        "Scope 1+2 emissions {0} tCO2e; no output was declared, so there is no intensity.");
    public static readonly Bilingual HotspotsHeading = new("排放热点", "Hotspots");
    public static readonly Bilingual HotspotsLead = new(
        "{0} 年集团各类别排放合计 {1} tCO2e，按大小依次为：{2}。范围 1+2（减排路径与集团目标的对象）为 {3} tCO2e，占 {4}%。",
        "In {0} the group's emissions over all categories were {1} tCO2e, largest first: {2}. Scope 1+2, which the pathways and the group target cover, is {3} tCO2e, {4} % of it.");
    public static readonly Bilingual HotspotCategory = new("第 {0} 类 {1} tCO2e（{2}%）", "category {0} {1} tCO2e ({2} %)");
    public static readonly Bilingual HotspotCategory4 = new(
        "第 4 类的主体是采购铝（含废铝）：{0} tCO2e，占第 4 类的 {1}%，来自采购的 {2} 吨铝，平均 {3} tCO2e/t；而集团自身加工每吨产品的范围 1+2 排放为 {4} tCO2e/t，每买入一吨铝所含排放约为加工一吨的 {5} 倍。这部分排放由供应商的冶炼电力和原铝与再生铝的比例决定，不在各子公司的范围 1+2 路径之内，只能通过采购（低碳原铝、提高再生铝比例）降低。",
        "Category 4 is mostly purchased aluminium (scrap included): {0} tCO2e, {1} % of category 4, from {2} t of aluminium bought at an average {3} tCO2e/t, while the group's own processing emits {4} tCO2e/t of output in scope 1+2: each tonne bought carries about {5} times what processing a tonne emits. These emissions depend on the suppliers' smelting power and on the share of primary against recycled metal; they lie outside the subsidiaries' scope 1+2 pathways and can be lowered only through purchasing (low-carbon primary metal, more recycled metal).");
    public static readonly Bilingual HotspotSourcesLead = new(
        "排放最大的 {0} 个排放源（各子公司自身数据，未按持股比例折算）：",
        "The {0} largest sources (each subsidiary's own figures, before ownership shares):");
    public static readonly Bilingual ColumnShareOfTotal = new("占合计 %", "Share of total %");
    public static readonly Bilingual CategoryTableCaption = new("{0} {1} 年度排放（吨 CO2e）", "{0}: {1} emissions (tCO2e)");

    // Section 4
    public static readonly Bilingual GroupTargetLead = new("公司总目标为：{0}", "The group target: {0}");
    public static readonly Bilingual GroupTargetComposed = new(
        "较基准年 {0} 年，{1} 年末实现单位产量碳排放量（范围 1+2）下降 {2}%。",
        "by the end of {1}, scope 1+2 emissions per tonne of output {2} % below the {0} base year.");
    public static readonly Bilingual NoGroupTarget = new("集团工作簿未设定总目标。", "The group workbook sets no group target.");
    public static readonly Bilingual SubsidiaryTargetsLead = new("以下为各子公司的详细目标：", "Each subsidiary's targets follow.");
    // Executive summary
    public static readonly Bilingual Summary = new("执行摘要", "Executive summary");
    public static readonly Bilingual SummaryStanding = new(
        "{0} 年，集团（{1} 家子公司）范围 1+2 排放 {2} tCO2e，产量 {3} 吨，单位产量范围 1+2 排放强度 {4} tCO2e/t。",
        "In {0} the group ({1} subsidiaries) emitted {2} tCO2e in scope 1+2 for {3} t of output: {4} tCO2e/t.");
    public static readonly Bilingual SummaryAgainstBase = new(
        "较 {0} 年基准（强度 {1}），强度变化 {2}%；排放量较基准（{3} tCO2e）变化 {4}%。",
        "Against the {0} base ({1} tCO2e/t) the intensity changed by {2} %, and emissions by {4} % against {3} tCO2e.");
    public static readonly Bilingual SummaryGap = new(
        "集团目标要求 {0} 年达到 {1}：按本年产量计，尚需减排 {2} tCO2e。",
        "The group target requires {1} by {0}: at this year's output, {2} tCO2e remain to be cut.");
    public static readonly Bilingual SummaryNoGap = new(
        "集团目标要求 {0} 年达到 {1}：按本年产量计，已低于目标 {2} tCO2e。",
        "The group target requires {1} by {0}: at this year's output the group is already {2} tCO2e below it.");
    public static readonly Bilingual SummaryMeasuresCover = new(
        "各子公司已量化的措施合计每年减排 {0} tCO2e，为缺口的 {1}%，足以弥补缺口。",
        "The subsidiaries' quantified measures save {0} tCO2e a year, {1} % of the gap: enough to close it.");
    public static readonly Bilingual SummaryMeasuresShort = new(
        "各子公司已量化的措施合计每年减排 {0} tCO2e，仅为缺口的 {1}%，仍差 {2} tCO2e 需新的措施。",
        "The subsidiaries' quantified measures save {0} tCO2e a year, {1} % of the gap: {2} tCO2e still need new measures.");
    public static readonly Bilingual SummaryChart = new(
        "附图 {0}：集团范围 1+2 强度与推导的集团路径（各子公司路径按本年产量加权；ASI 未发布集团路径）",
        "Figure {0}: group scope 1+2 intensity against a derived group pathway (the entity pathways weighted by this year's output; ASI publishes no group pathway)");
    public static readonly Bilingual WaterfallBase = new("{0} 基准", "Base {0}");
    public static readonly Bilingual WaterfallChangeToDate = new("至 {0} 变化", "Change to {0}");
    public static readonly Bilingual WaterfallMeasures = new("计划措施", "Planned measures");
    public static readonly Bilingual WaterfallRemainingGap = new("剩余缺口", "Remaining gap");
    public static readonly Bilingual WaterfallBeyondTarget = new("超出目标", "Beyond the target");
    public static readonly Bilingual WaterfallTarget = new("{0} 目标", "Target {0}");
    public static readonly Bilingual WaterfallCaption = new(
        "附图 {0}：集团范围 1+2 排放缺口（tCO2e）：基准、至今变化、已量化的计划措施、剩余缺口与目标（按本年产量折算）{1}",
        "Figure {0}: the group's scope 1+2 gap in tCO2e: base, change to date, quantified planned measures, remaining gap and target (at this year's output){1}");
    public static readonly Bilingual WaterfallAxisFloor = new("；纵轴自 {0} 起", "; the vertical axis starts at {0}");
    public static readonly Bilingual AxisScope12Tco2e = new("范围 1+2 排放（tCO2e）", "Scope 1+2 emissions (tCO2e)");
    public static readonly Bilingual SeriesDerivedGroupPathway = new("推导的集团路径", "Derived group pathway");
    public static readonly Bilingual SummaryActionsHeading = new("需要管理层决策的三件事", "Three things for management to act on");
    public static readonly Bilingual SummaryActionsRule = new(
        "按固定规则选出：高于路径最多（tCO2e）的子公司；排放最大且有警示的子公司；排放最大且有未量化措施的子公司。",
        "Chosen by a fixed rule: the subsidiary furthest above its pathway (tCO2e); the largest emitter with warnings; the largest emitter with measures the plan cannot quantify.");
    public static readonly Bilingual SummaryNoActions = new("本年没有按上述规则需提请决策的事项。", "Nothing meets the rule this year.");
    public static readonly Bilingual ActionLargestGap = new(
        "{0}：{2} 年排放高于其路径 {1} tCO2e，需确定追加措施。",
        "{0}: {1} tCO2e above its pathway in {2}; decide what more it will do.");
    public static readonly Bilingual ActionWarnings = new(
        "{0}：计划一致性警示 {1} 条（见附录），需更正其填报。",
        "{0}: {1} plan consistency warnings (see the appendix); its declarations need correcting.");
    public static readonly Bilingual ActionUnquantified = new(
        "{0}：措施“{1}”未能量化减排量，需补充数据后才能计入。",
        "{0}: the measures '{1}' cannot be quantified; they count only once their data are given.");

    // Progress against the base year (plans after the base year)
    public static readonly Bilingual ProgressHeading = new("目标进展（对照基准年）", "Progress against the base year");
    public static readonly Bilingual BaseYearRecalculated = new(
        "基准年重新计算：{0}（{1}），{2:yyyy-MM-dd} 由 {3} 记录；范围一＋二（地点法）首次报告 {4} tCO2e，重新计算后 {5} tCO2e（{6}%）；原因：{7}。",
        "Base-year recalculation: {0} ({1}), recorded {2:yyyy-MM-dd} by {3}; scope 1+2 (location-based) {4} tCO2e as first reported, {5} tCO2e as recalculated ({6} %); reason: {7}.");
    public static readonly Bilingual NoBaseYearRecalculation = new(
        "各子公司的基准年数据自首次报告以来未作更正或重新计算。", "No subsidiary's base-year figures have been corrected or recalculated since they were first reported.");
    public static readonly Bilingual GroupProgressLine = new(
        "集团{0}：{1} 年为 {2}，较 {3} 年基准（{4}）变化 {5}%；目标为 {6} 年较基准 {7}%，当年应不高于 {8}（{9}）。",
        "Group {0}: {2} in {1}, {5} % against {4} in the {3} base year; the target is {7} % by {6}, at most {8} then ({9}).");
    public static readonly Bilingual GroupNotComparable = new(
        "{0} 年集团合计缺少基准年已报送的子公司（{1}），与基准不可比，上述变化仅供参考。",
        "The {0} group figure lacks subsidiaries the base year has ({1}): it is not comparable with the base, and the change above is indicative only.");
    public static readonly Bilingual GroupTargetExpired = new(
        "集团目标年 {0} 年已过（{1}）：请在集团工作簿中设定新的目标。",
        "The group target's year, {0}, has passed ({1}): set a new target in the group workbook.");
    public static readonly Bilingual GroupBaseNotStored = new(
        "集团目标的基准年 {0} 年没有在用数据，无法衡量集团进展。",
        "The group target's base year {0} has no data in force: the group's progress cannot be measured.");
    public static readonly Bilingual OnTrack = new("按计划", "on track");
    public static readonly Bilingual OffTrack = new("落后于计划", "off track");
    public static readonly Bilingual TargetMet = new("已达成", "met");
    public static readonly Bilingual TargetMissed = new("未达成", "missed");
    public static readonly Bilingual MetricProcessIntensity = new("范围 1+2 强度（tCO2e/t）", "scope 1+2 intensity (tCO2e/t)");
    public static readonly Bilingual MetricPurchasedIntensity = new("采购铝强度（tCO2e/t）", "purchased-aluminium intensity (tCO2e/t)");
    public static readonly Bilingual MetricAbsolute = new("范围 1+2 排放（tCO2e）", "scope 1+2 emissions (tCO2e)");
    public static readonly Bilingual YearByYearLead = new("历年核算结果（tCO2e；强度单位 tCO2e/t）：", "Inventories year by year (tCO2e; intensities in tCO2e/t):");
    public static readonly Bilingual ColumnYear = new("年份", "Year");
    public static readonly Bilingual BaseYearMark = new("{0}（基准）", "{0} (base)");
    public static readonly Bilingual ColumnPurchasedIntensity = new("采购铝强度", "Purchased Al intensity");
    public static readonly Bilingual TargetProgressLead = new("目标（第 {0} 行，{1}）：{2}", "Target (row {0}, {1}): {2}");
    public static readonly Bilingual TargetProgressSummary = new(
        "{0} 年较基准变化 {1}%，目标为 {2} 年较基准 {3}%（{4}）。",
        "{1} % against the base in {0}; the target is {3} % by {2} ({4}).");
    public static readonly Bilingual ColumnActual = new("实际", "Actual");
    public static readonly Bilingual ColumnPathwayLevel = new("路径值", "Pathway");
    public static readonly Bilingual ColumnTargetLevel = new("目标值", "Target level");
    public static readonly Bilingual ColumnGapTco2e = new("差距 tCO2e", "Gap tCO2e");
    public static readonly Bilingual ColumnGapPercent = new("差距 %", "Gap %");
    public static readonly Bilingual ColumnProgressStatus = new("状态", "Status");
    public static readonly Bilingual MeasuresRealisedLead = new("措施计划与本年实际减排量（tCO2e）：", "Measures, planned against realised savings (tCO2e):");
    public static readonly Bilingual ColumnPlanned = new("计划年减排量", "Planned a year");
    public static readonly Bilingual ColumnRealised = new("本年实际", "Realised this year");
    public static readonly Bilingual ColumnRealisedShare = new("实现比例 %", "Realised %");
    public static readonly Bilingual BaseYearNotStored = new(
        "注：“主体信息”表的基准年 {0} 年没有在用数据，路径与目标以首个完整报告年 {1} 年为基准。",
        "Note: the Entity sheet's base year {0} has no data in force; the pathway and targets use the first full reporting year, {1}, as the base.");
    public static readonly Bilingual PathwayTableLead = new(
        "以 {0} 年核算结果和产量，按 ASI 实体温室气体路径方法（曲线集 {1}）计算的减排路径如下表所示（单位：tCO2e/t）：",
        "From the {0} inventory and output, the ASI entity GHG pathway method (curve set {1}) gives the pathway below (tCO2e/t):");
    public static readonly Bilingual ColumnMetric = new("指标", "Metric");
    public static readonly Bilingual ProcessRow = new("工艺范围 1+2 强度", "Process scope 1+2 intensity");
    public static readonly Bilingual PurchasedRow = new("范围 3 类别 1 采购铝（含废铝）平均强度", "Scope 3 cat. 1 purchased aluminium (incl. scrap) intensity");
    public static readonly Bilingual DeclaredRowSuffix = new("（子公司填报）", " (declared)");
    public static readonly Bilingual NoPathway = new(
        "{0} 没有可计算减排路径的数据（{1}），本节不列路径表和曲线图。",
        "{0} has no data to compute a reduction pathway from ({1}); this section has no pathway table or chart.");
    public static readonly Bilingual NoPathwayNoOutput = new("未申报产量及采购铝量", "no output or purchased aluminium declared");
    public static readonly Bilingual NoPathwayNoCurve = new("路径曲线集不含生产阶段“{0}”或基准年 {1}", "the curve set has no stage '{0}' or base year {1}");
    public static readonly Bilingual MissingTargetsSection = new(
        "{0} 无 {1} 年度当期数据，未设定路径，未计入集团数据。",
        "{0} has no current data for {1}: no pathway is set and it is excluded from group figures.");
    public static readonly Bilingual GoalsLead = new("{0}减碳目标如下：", "{0}'s reduction goals:");
    public static readonly Bilingual ShortTerm = new("短期目标（1-3 年）：{0}", "Short term (1–3 years): {0}");
    public static readonly Bilingual MidTerm = new("中期目标（4-10 年）：{0}", "Mid term (4–10 years): {0}");
    public static readonly Bilingual LongTerm = new("长期目标（10 年以上）：{0}", "Long term (over 10 years): {0}");
    public static readonly Bilingual DeclaredTarget = new("目标：{0}", "Target: {0}");
    public static readonly Bilingual ExplanationLead = new("说明：{0}", "Explanation: {0}");
    public static readonly Bilingual ChartProcess = new("附图 {0}：{1} 工艺（范围 1 和 2）减排曲线图", "Figure {0}: {1} process (scope 1 and 2) pathway");
    public static readonly Bilingual ChartPurchased = new("附图 {0}：{1} 采购铝（范围 3，类别 1）减排曲线图", "Figure {0}: {1} purchased aluminium (scope 3, category 1) pathway");
    // Each edition is in its own language throughout, chart axes included.
    public static readonly Bilingual AxisYear = new("年份", "Year");
    public static readonly Bilingual AxisIntensity = new("强度（tCO2e/t）", "Intensity (tCO2e/t)");
    public static readonly Bilingual SeriesTarget = new("目标路径", "target pathway");
    public static readonly Bilingual SeriesDeclared = new("子公司填报", "declared");
    public static readonly Bilingual SeriesActual = new("实际值", "actual");

    // Section 5
    public static readonly Bilingual MeasuresLead = new(
        "各子公司申报的减排措施如下；年减排量由本系统按申报数据和排放因子计算（tCO2e/年；电力和燃料因子只计 CO2，即措施改变的全部排放），无法量化的注明“未量化”；基准年前已运行的措施已体现在基准年清单中，不计为减排。",
        "The measures the subsidiaries declared follow; annual savings are calculated from the declared figures and our factors (tCO2e/yr; the electricity and fuel factors count CO2, which is all the measures change), and marked 'not quantified' where they cannot be; measures already operating before the base year are in the base inventory and are not counted as reductions.");
    public static readonly Bilingual ThemeEnergy = new("能源结构优化", "Energy mix");
    public static readonly Bilingual ThemeProduction = new("生产过程减排", "Production processes");
    public static readonly Bilingual ThemeTransport = new("运输减碳", "Transport");
    public static readonly Bilingual ThemeOther = new("员工意识与其他", "Awareness and other");
    public static readonly Bilingual ColumnMeasure = new("措施", "Measure");
    public static readonly Bilingual ColumnMethod = new("量化方法", "Quantification");
    public static readonly Bilingual ColumnSaving = new("年减排量（tCO2e/年）", "Saving (tCO2e/yr)");
    public static readonly Bilingual SavingInBaseYear = new("{0}（基准年前已运行，不计为减排）", "{0} (operating before the base year; not a reduction)");
    public static readonly Bilingual NotQuantified = new("未量化", "not quantified");
    public static readonly Bilingual MeasureBullet = new("• {0}：{1}", "• {0}: {1}");
    /// <summary>A measure whose saving is a gas mass: its arithmetic with the GWP cited, or why it could not be valued.</summary>
    public static readonly Bilingual MeasureGasNote = new("{0}“{1}”：{2}", "{0}, '{1}': {2}");
    public static readonly Bilingual MeasuresTotal = new(
        "已量化措施合计年减排 {0} tCO2e（不含基准年前已运行的措施），相当于计入子公司范围 1+2 排放的 {1}%。",
        "Quantified measures save {0} tCO2e a year in total (measures operating before the base year left out), {1} % of the scope 1+2 emissions of the subsidiaries included.");
    public static readonly Bilingual NoMeasures = new("各子公司未申报减排措施。", "No subsidiary declared reduction measures.");

    // Appendix
    public static readonly Bilingual AppendixWarnings = new("A. 一致性提示", "A. Consistency warnings");
    public static readonly Bilingual AppendixWarningsLead = new(
        "以下提示由本系统对比各子公司填报的目标、路径表、措施与核算结果得出，计划照常生成，请相关子公司核实。",
        "These warnings come from comparing each subsidiary's targets, pathway tables and measures with the calculated figures; the plan is produced regardless, and the subsidiaries should check them.");
    public static readonly Bilingual NoWarnings = new("无一致性提示。", "No consistency warnings.");
    public static readonly Bilingual WarningItem = new("{0}. 【{1}】{2}", "{0}. [{1}] {2}");
    public static readonly Bilingual NoticeNote = new("提示（详见附录 A）：{0}。", "Check (details in appendix A): {0}.");
    public static readonly Bilingual NoticeNoteItem = new("第 {0} 条，{1}", "item {0}, {1}");
    public static readonly Bilingual NoticeNoteSeparator = new("；", "; ");

    /// <summary>A few words per warning code, for the note printed beside the table the warning concerns.</summary>
    public static IReadOnlyDictionary<string, Bilingual> NoticeBriefs { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["pathway-not-from-base"] = new("填报的路径表无法由本公司基准推出", "the declared table cannot be derived from the entity's own base"),
        ["base-year-mismatch"] = new("目标基准年与主体信息表不一致", "a target's base year differs from the Entity sheet's"),
        ["pathway-differs"] = new("填报的路径表与本计划路径不一致", "the declared table differs from ours"),
        ["target-contradicts-pathway"] = new("文字目标与路径表不一致", "a stated target contradicts the table"),
        ["target-metric-differs-from-group"] = new("目标指标与集团目标不同", "a target's metric differs from the group's"),
        ["target-weaker-than-group"] = new("目标弱于集团目标", "a target is weaker than the group's"),
        ["energy-saving-implausibly-small"] = new("措施节能量小得不合理，单位可能有误", "a measure's saving is implausibly small; check its unit"),
        ["mixed-reporting-periods"] = new("报告期与集团其他成员不同", "its reporting period differs from the group's"),
        ["intensity-unit-not-per-tonne"] = new("强度单位缺少分母", "an intensity unit has no denominator"),
        ["co2-instead-of-co2e"] = new("以 CO2 而非 CO2e 表述", "worded in CO2, not CO2e"),
        ["categories-5-6-unjustified"] = new("未说明第 5、6 类的排除理由", "categories 5 and 6 are excluded without a reason"),
        ["purchased-metal-vs-category-4"] = new("采购铝强度与第 4 类排放不符", "the purchased-aluminium intensity does not match category 4"),
    };

    public static readonly Bilingual AppendixFactors = new("B. 排放因子来源", "B. Emission factor sources");
    public static readonly Bilingual ColumnFactor = new("因子", "Factor");
    public static readonly Bilingual ColumnFactorSet = new("因子集及版本", "Set and version");
    public static readonly Bilingual ColumnSource = new("来源", "Source");
    public static readonly Bilingual ColumnUsedBy = new("使用单位", "Used by");
    public static readonly Bilingual ReportedDirectly = new(
        "其余排放以子公司核查报告中的吨 CO2e 直接填报（见各行证据）。GWP 取值：{0}。路径曲线：{1}。",
        "Other emissions are reported directly in tCO2e from the subsidiaries' verified inventories (see each line's evidence). GWP set: {0}. Pathway curves: {1}.");
    public static readonly Bilingual AppendixLineage = new("C. 数据来源", "C. Data lineage");
    public static readonly Bilingual AppendixLineageLead = new(
        "每家子公司的数据均取自其 {0} 年度的当前提交版本；缺失者未计入集团数据。",
        "Each subsidiary's figures come from its current submission for {0}; missing ones are excluded from group figures.");
    public static readonly Bilingual ColumnSubmission = new("提交编号", "Submission");
    public static readonly Bilingual ColumnLines = new("排放源行数", "Source lines");
    public static readonly Bilingual ColumnCalculation = new("核算设置", "Calculation");
    public static readonly Bilingual SubmissionIdsLead = new("完整提交编号（工作簿的 SHA-256）：", "Full submission ids (the workbook's SHA-256):");
    public static readonly Bilingual SubmissionIdLine = new("{0}：{1}", "{0}: {1}");
    public static readonly Bilingual SubmissionMissing = new("缺失：无当期数据", "missing: no current data");
    public static readonly Bilingual SubmissionUnstored = new("（未存储）", "(not stored)");

    // Metadata
    public static readonly Bilingual Subject = new("{0} {1} 年度温室气体减排计划", "{0} GHG reduction plan {1}");
    public static readonly Bilingual Creator = new("GhgReports", "GhgReports");

    public static string ChineseNumeral(int n)
    {
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10)
        {
            return digits[n];
        }
        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        if (n < 100)
        {
            return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
