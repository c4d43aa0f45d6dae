namespace GhgReports.Localization;

/// <summary>
/// Every text of the ISO 14064-1 reporting pack: the §9.3.1 checklist, the statements the report model makes, and the
/// inventory workbook's sheet names, headers and README. Chinese first; placeholders are filled by
/// <see cref="Bilingual.Format"/>, which formats numbers invariantly.
/// </summary>
internal static class PackTexts
{
    // Titles
    public static readonly Bilingual SubsidiaryTitle = new(
        "{0} {1} 年度温室气体报告（ISO 14064-1:2018）",
        "{0} GHG report {1} (ISO 14064-1:2018)");
    public static readonly Bilingual GroupTitle = new(
        "{0} {1} 年度合并温室气体报告（ISO 14064-1:2018）",
        "{0} consolidated GHG report {1} (ISO 14064-1:2018)");

    // a) organisation
    public static readonly Bilingual SubsidiaryDescription = new(
        "{0}（代码 {1}），{2}所属子公司；生产环节：{3}；所在地区：{4}。",
        "{0} (code {1}), a subsidiary of {2}; production stage: {3}; region: {4}.");
    public static readonly Bilingual GroupDescription = new(
        "{0}，铝业集团，本报告合并 {1} 家子公司：{2}。",
        "{0}, an aluminium group; this report consolidates {1} subsidiaries: {2}.");
    public static readonly Bilingual Unknown = new("未填报", "not given");

    // c) period
    public static readonly Bilingual PeriodCalendar = new("{0:yyyy-MM-dd} 至 {1:yyyy-MM-dd}（自然年）", "{0:yyyy-MM-dd} to {1:yyyy-MM-dd} (calendar year)");
    public static readonly Bilingual PeriodOther = new(
        "{0:yyyy-MM-dd} 至 {1:yyyy-MM-dd}，按 {2} 年度申报；报告期不是自然年",
        "{0:yyyy-MM-dd} to {1:yyyy-MM-dd}, declared under {2}; the period is not the calendar year");
    public static readonly Bilingual GroupPeriod = new(
        "{0} 年度合并，各子公司按其报告期计入：{1}",
        "Consolidated for {0}, each subsidiary over its own reporting period: {1}");

    // d) organisational boundary
    public static readonly Bilingual SubsidiaryBoundary = new(
        "本清单覆盖 {0} 全部运营。集团采用{1}，按 {2:0.##}% 合并本公司。",
        "This inventory covers all operations of {0}. The group consolidates it under {1} at {2:0.##} %.");

    // e) reporting boundary and significance
    public static readonly Bilingual ReportingBoundary = new(
        "已量化类别：{0}。类别 1 与 2 始终纳入；间接类别按重要性判定纳入或排除（见重要性判定）。",
        "Categories quantified: {0}. Categories 1 and 2 are always included; indirect categories are included or excluded by the significance decisions listed.");
    public static readonly Bilingual CriteriaNotProvided = new(
        "提交的工作簿未载明判定间接排放重要性的预设准则（ISO 14064-1 5.2.3）；本包列出各类别的判定及理由，准则须由组织提供。",
        "The submitted workbooks do not state the pre-determined criteria for significant indirect emissions (ISO 14064-1 5.2.3); this pack lists each category's decision and justification, and the organisation must supply the criteria.");
    public static readonly Bilingual IncludedQuantified = new("纳入：已量化 {0:#,##0} tCO2e", "Included: {0:#,##0} tCO2e quantified");
    public static readonly Bilingual IncludedNoLines = new("申报为纳入，但本期无排放行", "Declared included, but no line in this period");
    public static readonly Bilingual NoDecision = new("未申报重要性判定，亦无排放行", "No significance decision declared and no line");
    public static readonly Bilingual ExcludedNoJustification = new("排除，未说明理由", "Excluded, no justification given");
    public static readonly Bilingual ExcludedPlaceholder = new("排除，所填理由为占位文字，不予采用", "Excluded; the justification given is placeholder text and is not accepted");
    public static readonly Bilingual CriteriaIncomplete = new(
        "；但类别 {0} 没有重要性判定",
        "; but categories {0} have no significance decision");
    public static readonly Bilingual MemberDecision = new("{0}：{1}", "{0}: {1}");

    // f) to j)
    public static readonly Bilingual DirectByGas = new(
        "直接排放按气体：{0}。",
        "Direct emissions by gas: {0}.");
    public static readonly Bilingual GasFigure = new("{0} {1:#,##0.###} tCO2e", "{0} {1:#,##0.###} tCO2e");
    public static readonly Bilingual Co2eNotSplit = new(
        "其中以 CO2e 直报的 {0:#,##0.###} tCO2e 来自已核查清单，无法按气体拆分。",
        "Of these, {0:#,##0.###} tCO2e were reported as CO2e from a verified inventory and cannot be split by gas.");
    public static readonly Bilingual NoDirectEmissions = new("本期无直接排放。", "No direct emissions in this period.");
    public static readonly Bilingual Biogenic = new(
        "生物源 CO2 排放 {0:#,##0.###} t，单独报告，不计入各类别合计；生物质燃烧产生的 CH4 与 N2O 计入合计。",
        "Biogenic CO2 emissions of {0:#,##0.###} t are reported separately, outside the category totals; CH4 and N2O from biomass combustion are in the totals.");
    public static readonly Bilingual RemovalsQuantified = new(
        "直接移除 {0:#,##0.###} tCO2e，单独报告，未从排放中扣除。",
        "Direct removals of {0:#,##0.###} tCO2e, reported separately and not netted from emissions.");
    public static readonly Bilingual NoRemovals = new("本期未量化温室气体移除。", "No GHG removals were quantified for this period.");
    public static readonly Bilingual ExclusionsListed = new("排除的类别及理由：{0}", "Categories excluded and why: {0}");
    public static readonly Bilingual NoExclusions = new("未申报排除任何重要排放源或汇。", "No exclusion of significant sources or sinks was declared.");
    public static readonly Bilingual IndirectByCategory = new(
        "间接排放按类别（类别 2 为地点法/市场法）：{0}。",
        "Indirect emissions by category (category 2 location-based/market-based): {0}.");
    public static readonly Bilingual CategoryFigure = new("类别 {0} {1:#,##0} tCO2e", "category {0} {1:#,##0} tCO2e");
    public static readonly Bilingual Category2Figure = new("类别 2 {0:#,##0} / {1:#,##0} tCO2e", "category 2 {0:#,##0} / {1:#,##0} tCO2e");

    // k), l)
    public static readonly Bilingual BaseYearIsThisYear = new(
        "基准年为 {0} 年；本清单即基准年清单。",
        "The base year is {0}; this inventory is the base-year inventory.");
    public static readonly Bilingual BaseYearProvided = new(
        "基准年为 {0} 年；基准年清单按类别（地点法）：{1}。",
        "The base year is {0}; base-year inventory by category (location-based): {1}.");
    public static readonly Bilingual BaseYearNotProvided = new(
        "基准年为 {0} 年；本包未附基准年清单。",
        "The base year is {0}; the base-year inventory is not in this pack.");
    public static readonly Bilingual BaseYearsDiffer = new(
        "各子公司基准年：{0}。",
        "Subsidiaries' base years: {0}.");
    public static readonly Bilingual RecalculationRecord = new(
        "{0:yyyy-MM-dd} {1} 重新计算 {2}（{3}）：因子库 {4} → {5}，GWP {6} → {7}，{9}；原因：{8}",
        "{0:yyyy-MM-dd} {1} recalculated {2} ({3}): factor library {4} → {5}, GWP {6} → {7}, {9}; reason: {8}");
    public static readonly Bilingual CorrectionRecord = new(
        "{0:yyyy-MM-dd} {1} 更正 {2}（{3}）的数据：{4}；原因：{5}",
        "{0:yyyy-MM-dd} {1} corrected the data of {2} ({3}): {4}; reason: {5}");
    public static readonly Bilingual RecalculationFigures = new(
        "范围一＋二（地点法）首次报告 {0} tCO2e，重新计算后 {1} tCO2e",
        "scope 1+2 (location-based) {0} tCO2e as first reported, {1} tCO2e as recalculated");
    public static readonly Bilingual NoRecalculation = new(
        "系统中无基准年或历史数据的重新计算记录。",
        "The system holds no recalculation of the base year or of historical data.");

    // m), n)
    public static readonly Bilingual ApproachLibrary = new(
        "活动数据 × 因子库排放因子（按气体）× GWP：{0} 行",
        "Activity data × library emission factor (per gas) × GWP: {0} line(s)");
    public static readonly Bilingual ApproachCustom = new(
        "活动数据 × 工作簿自带因子（注明来源）：{0} 行",
        "Activity data × a factor given in the workbook with its source: {0} line(s)");
    public static readonly Bilingual ApproachReported = new(
        "取自已核查清单的直报 tCO2e，附证据原样采用：{0} 行",
        "tCO2e reported from a verified inventory, taken as given with its evidence: {0} line(s)");
    public static readonly Bilingual ApproachScope2 = new(
        "外购电力同时按地点法与市场法计算；无合同工具时，市场法以电网平均因子代替剩余组合因子（中国未发布）。",
        "Purchased electricity is calculated location-based and market-based; without a contractual instrument the market-based figure uses the grid average in place of a residual mix (China publishes none).");
    public static readonly Bilingual ApproachesWhy = new(
        "选择理由：采用子公司所在地的官方缺省因子和已核查数据，计算可由核查方逐行复算。",
        "Why: official Chinese defaults and verified figures for the subsidiaries' locations, so that a verifier can redo every line.");
    public static readonly Bilingual ApproachChanged = new(
        "{0:yyyy-MM-dd} {1}（{2}）量化方法变化：因子库 {3} → {4}，GWP {5} → {6}；原因：{7}",
        "{0:yyyy-MM-dd} {1} ({2}) quantification approach changed: factor library {3} → {4}, GWP {5} → {6}; reason: {7}");
    public static readonly Bilingual NoApproachChange = new(
        "本年与基准年 {0} 年采用同一量化方法（{1}），未发生变化。",
        "This year and the base year {0} were quantified by the same approach ({1}): no change.");
    public static readonly Bilingual ApproachChangesNotRecorded = new(
        "系统未记录量化方法相对以往的变化；如有变化须由组织说明。",
        "The system records no change to previously used quantification approaches; any change must be explained by the organisation.");

    // o), t)
    public static readonly Bilingual FactorsUsed = new(
        "使用因子库 {0} 中的 {1} 个因子，另有工作簿自带因子 {2} 行；每个因子的数值、单位、版本、发布机构、文件、网址和发布日期见“因子”表。",
        "{1} factor(s) from library {0} and {2} line(s) with a factor given in the workbook; each factor's value, unit, version, publisher, title, URL and publication date are on the Factors sheet.");
    public static readonly Bilingual GwpUsed = new(
        "GWP 采用 {0}（{1}，{2} 年时间尺度，版本 {3}）；来源：{4}，{5}。所用数值：{6}。",
        "GWPs from {0} ({1}, {2}-year horizon, version {3}); source: {4}, {5}. Values applied: {6}.");

    // p), q)
    public static readonly Bilingual UncertaintyCategory = new("类别 {0}：{1}", "Category {0}: {1}");
    public static readonly Bilingual UncertaintyNoLines = new("无排放行", "no lines");

    // r)
    public static readonly Bilingual Conformity = new(
        "本报告按照 ISO 14064-1:2018 编制；本对照表列出第 9.3.1 条各项要求在本包中的位置，未提供的项目逐项说明。",
        "This report has been prepared in accordance with ISO 14064-1:2018; this checklist shows where each requirement of clause 9.3.1 is met in the pack and states each item not provided.");

    public static readonly Bilingual ConformityNotClaimed = new(
        "本报告不声明符合 ISO 14064-1:2018：第 9.3.1 条的 {0} 项未提供或仅部分提供（见本对照表）。补齐后方可声明符合。",
        "This report does not claim conformity with ISO 14064-1:2018: items {0} of clause 9.3.1 are not provided or only partly provided (see this checklist). Conformity can be claimed once they are.");

    // s)
    public static readonly Bilingual Verified = new(
        "已由 {0} 按 ISO 14064-3 核查，保证等级：{1}；核查声明编号：{2}。",
        "Verified by {0} under ISO 14064-3, level of assurance: {1}; statement reference: {2}.");
    public static readonly Bilingual VerificationInProgress = new("核查进行中（{0}）。", "Verification in progress ({0}).");
    public static readonly Bilingual NotVerified = new("本清单未经第三方核查。", "This inventory has not been verified by a third party.");
    public static readonly Bilingual GroupNotVerified = new(
        "合并清单未经第三方核查；各子公司：{0}。",
        "The consolidated inventory has not been verified by a third party; subsidiaries: {0}.");
    public static readonly Bilingual MemberVerification = new("{0} {1}", "{0} {1}");

    // Checklist: requirements, paraphrased (verify against a licensed copy of ISO 14064-1:2018).
    public static readonly IReadOnlyList<(string Item, Bilingual Requirement)> Requirements =
    [
        ("a", new("报告组织的描述", "Description of the reporting organization")),
        ("b", new("对报告负责的人员或实体", "Person or entity responsible for the report")),
        ("c", new("报告期", "Reporting period covered")),
        ("d", new("组织边界的文件（合并方法）", "Documentation of organizational boundaries (consolidation approach)")),
        ("e", new("报告边界的文件，包括判定重要间接排放的准则", "Documentation of reporting boundaries, including the criteria for significant indirect emissions")),
        ("f", new("按气体分别量化的直接排放（tCO2e）", "Direct GHG emissions quantified separately for each GHG, in tCO2e")),
        ("g", new("生物源 CO2 的处理及单独量化", "Treatment of biogenic CO2, with its emissions and removals quantified separately")),
        ("h", new("直接移除（如已量化）", "Direct GHG removals, if quantified")),
        ("i", new("排除重要排放源或汇的说明", "Explanation of any exclusion of significant sources or sinks")),
        ("j", new("按类别分别量化的间接排放", "Indirect GHG emissions quantified separately by category")),
        ("k", new("历史基准年及基准年清单", "Historical base year and base-year inventory")),
        ("l", new("基准年或历史数据变更、重新计算及可比性限制的说明", "Explanation of changes to the base year or other historical data, recalculations and limits to comparability")),
        ("m", new("量化方法的引用或描述及选择理由", "Reference to or description of the quantification approaches and why they were chosen")),
        ("n", new("相对以往所用量化方法变化的说明", "Explanation of changes to previously used quantification approaches")),
        ("o", new("排放或移除因子的引用或文件", "Reference to or documentation of emission and removal factors")),
        ("p", new("不确定性对各类别数据准确性影响的描述", "Description of the impact of uncertainties on the accuracy of the data, per category")),
        ("q", new("不确定性评估的描述及结果", "Uncertainty assessment description and results")),
        ("r", new("按 ISO 14064-1 编制的声明", "Statement that the report has been prepared in accordance with ISO 14064-1")),
        ("s", new("是否经核查、核查类型及保证等级的披露", "Disclosure of whether the inventory was verified, the type of verification and the level of assurance")),
        ("t", new("所用 GWP 值及其来源", "GWP values used and their source")),
    ];

    public static readonly Bilingual StatusProvided = new("已提供", "Provided");
    public static readonly Bilingual StatusNotApplicable = new("不适用", "Not applicable");
    public static readonly Bilingual StatusNotProvided = new("未提供", "Not provided");
    public static readonly Bilingual StatusPartial = new("部分提供", "Partial");

    // Where in the pack
    public static readonly Bilingual InReport = new("报告", "Report");
    public static readonly Bilingual InReadme = new("报告；inventory.xlsx › 说明 README", "Report; inventory.xlsx › 说明 README");
    public static readonly Bilingual InCategories = new("报告；inventory.xlsx › 按类别 By category", "Report; inventory.xlsx › 按类别 By category");
    public static readonly Bilingual InGas = new("报告；inventory.xlsx › 按气体 By gas", "Report; inventory.xlsx › 按气体 By gas");
    public static readonly Bilingual InLines = new("报告；inventory.xlsx › 排放明细 Lines；evidence/", "Report; inventory.xlsx › 排放明细 Lines; evidence/");
    public static readonly Bilingual InFactors = new("报告；inventory.xlsx › 因子 Factors", "Report; inventory.xlsx › 因子 Factors");
    public static readonly Bilingual InGwp = new("报告；inventory.xlsx › GWP", "Report; inventory.xlsx › GWP");

    // Warnings
    public static readonly Bilingual SubsidiaryPeriodWarning = new(
        "报告期 {0:yyyy-MM-dd} 至 {1:yyyy-MM-dd} 不是 {2} 自然年，与按自然年报告的数据比较时须注意。",
        "The reporting period {0:yyyy-MM-dd} to {1:yyyy-MM-dd} is not the calendar year {2}; take care when comparing with calendar-year figures.");

    // Workbook: sheet names (at most 31 characters, no []:*?/\)
    public static readonly Bilingual SheetReadme = new("说明", "README");
    public static readonly Bilingual SheetLines = new("排放明细", "Lines");
    public static readonly Bilingual SheetCategories = new("按类别", "By category");
    public static readonly Bilingual SheetGas = new("按气体", "By gas");
    public static readonly Bilingual SheetFactors = new("因子", "Factors");
    public static readonly Bilingual SheetGwp = new("GWP", "GWP");

    // Workbook: README
    public static readonly Bilingual ReadmeIntro = new(
        "本工作簿是 ISO 14064-1 报告包的清单部分：每一排放行及其来源（提交编号即上传文件的 SHA-256，工作表与行号）、所用因子与 GWP、按类别和按气体的汇总。数值未经舍入；tCO2e 列的合计等于报告中的数字。",
        "This workbook is the inventory part of the ISO 14064-1 reporting pack: every emission line with its lineage (the submission id is the SHA-256 of the uploaded file, plus sheet and row), the factors and GWPs applied, and summaries by category and by gas. Figures are unrounded; the tCO2e columns add up to the report's figures.");
    public static readonly Bilingual ReadmeSheets = new(
        "各表：排放明细（每条排放源的每种气体一行；气体质量 = 活动数据 × 换算系数 × 因子值，tCO2e = 气体质量 × GWP，均为公式，可复算）；按类别（ISO 14064-1 类别及子类别，类别 2 含地点法和市场法）；按气体；因子（每个所用因子及来源）；GWP（所用 GWP 集）；核查问询（仅在核查机构提出问询时：所涉行、问题、答复、证据文件及关闭情况）。",
        "Sheets: Lines (one row per emission source and gas; gas mass = activity × conversion × factor value and tCO2e = that × GWP, as live formulas a verifier can recompute); By category (ISO 14064-1 categories and sub-categories, category 2 location-based and market-based); By gas; Factors (each factor used, with its source); GWP (the GWP set applied); Queries (only when the verifier raised any: the line, question, answer, evidence file and closing).");
    public static readonly Bilingual ReadmeEvidence = new(
        "证据：evidence/ 文件夹中为各提交的原始上传文件（文件名为提交编号），evidence/<子公司代码>/ 中为填报单位随附的证据文件（原文件名，“证据”列按文件名引用）；manifest.json 列出包内每个文件的 SHA-256。",
        "Evidence: the evidence/ folder holds each submission's workbook exactly as uploaded (named by submission id), and evidence/<code>/ the evidence files the subsidiary attached, under their own names (the evidence column cites them by name); manifest.json lists every file of the pack with its SHA-256.");
    public static readonly Bilingual ReportedWithoutEvidenceFile = new(
        "{0}：直报排放行（第 {1} 行）的证据未引用任何随附证据文件{2}。请上传核查声明等证据文件（ghg upload --evidence），并在“证据”列写上文件名。",
        "{0}: the reported totals on rows {1} cite no attached evidence file{2}. Upload the verification statement or other evidence (ghg upload --evidence) and name the file in the evidence column.");
    public static readonly Bilingual CitesOwnPlan = new(
        "，其中第 {0} 行指向集团减排计划本身",
        "; rows {0} point back to the group's own reduction plan");
    public static readonly Bilingual Field = new("项目", "Item");
    public static readonly Bilingual Value = new("内容", "Value");
    public static readonly Bilingual Organisation = new("报告组织", "Organisation");
    public static readonly Bilingual Responsible = new("负责人", "Responsible");
    public static readonly Bilingual Period = new("报告期", "Reporting period");
    public static readonly Bilingual Approach = new("合并方法", "Consolidation approach");
    public static readonly Bilingual SnapshotDate = new("数据快照时间", "Data snapshot");
    public static readonly Bilingual Submissions = new("提交编号（SHA-256）", "Submissions (SHA-256)");
    public static readonly Bilingual FactorVersion = new("因子库版本", "Factor library version");
    public static readonly Bilingual GwpSet = new("GWP 集", "GWP set");
    public static readonly Bilingual Generator = new("生成程序版本", "Generator version");
    public static readonly Bilingual Scope12Location = new("范围 1+2（地点法）tCO2e", "Scope 1+2 (location-based) tCO2e");
    public static readonly Bilingual Scope12Market = new("范围 1+2（市场法）tCO2e", "Scope 1+2 (market-based) tCO2e");
    public static readonly Bilingual TotalLocation = new("全部类别（地点法）tCO2e", "All categories (location-based) tCO2e");
    public static readonly Bilingual TotalMarket = new("全部类别（市场法）tCO2e", "All categories (market-based) tCO2e");
    public static readonly Bilingual BiogenicCo2 = new("生物源 CO2（t，不计入合计）", "Biogenic CO2 (t, outside the totals)");
    public static readonly Bilingual Removals = new("移除 tCO2e（不计入合计）", "Removals tCO2e (outside the totals)");
    public static readonly Bilingual Warnings = new("提示", "Warnings");
    public static readonly Bilingual Checklist = new("ISO 14064-1 第 9.3.1 条对照", "ISO 14064-1 clause 9.3.1 checklist");
    public static readonly Bilingual Item = new("项", "Item");
    public static readonly Bilingual Requirement = new("要求", "Requirement");
    public static readonly Bilingual Status = new("状态", "Status");
    public static readonly Bilingual Content = new("内容", "Content");
    public static readonly Bilingual Location = new("位置", "Where");

    // Workbook: Lines
    public static readonly Bilingual ColSubsidiary = new("子公司", "Subsidiary");
    public static readonly Bilingual ColLineNumber = new("编号", "Line no.");
    public static readonly Bilingual ColSource = new("排放源", "Source");
    public static readonly Bilingual ColFacility = new("设施", "Facility");
    public static readonly Bilingual ColCategory = new("ISO 类别", "ISO category");
    public static readonly Bilingual ColSubcategory = new("子类别", "Sub-category");
    public static readonly Bilingual ColScope = new("范围", "Scope");
    public static readonly Bilingual ColScope3 = new("范围3类别", "Scope 3 category");
    public static readonly Bilingual ColGas = new("气体", "Gas");
    public static readonly Bilingual ColDeclaredGas = new("申报气体", "Gas declared");
    public static readonly Bilingual ColBiogenic = new("生物源", "Biogenic");
    public static readonly Bilingual ColKind = new("排放/移除", "Emission/removal");
    public static readonly Bilingual ColPath = new("计算方法", "Method");
    public static readonly Bilingual ColInstrument = new("合同工具", "Instrument");
    public static readonly Bilingual ColActivity = new("活动数据", "Activity");
    public static readonly Bilingual ColUnit = new("单位", "Unit");
    public static readonly Bilingual ColAmountInFactorUnit = new("换算后活动数据", "Activity in factor unit");
    public static readonly Bilingual ColFactorUnit = new("因子活动单位", "Factor unit");
    public static readonly Bilingual ColConversion = new("换算说明", "Conversion note");
    public static readonly Bilingual ColConversionFactor = new("换算系数（因子单位/活动单位）", "Conversion (factor unit per activity unit)");
    public static readonly Bilingual ColFactorId = new("因子 ID", "Factor id");
    public static readonly Bilingual ColFactorSet = new("因子集", "Factor set");
    public static readonly Bilingual ColFactorVersion = new("因子集版本", "Set version");
    public static readonly Bilingual ColFactorValue = new("因子值（t 气体/因子单位）", "Factor value (t gas per factor unit)");
    public static readonly Bilingual ColFactorSource = new("因子来源", "Factor source");
    public static readonly Bilingual ColGwpSet = new("GWP 集", "GWP set");
    public static readonly Bilingual ColGasTonnes = new("各气体质量（t）", "Gas masses (t)");
    public static readonly Bilingual ColGasMass = new("气体质量（t）", "Gas mass (t)");
    public static readonly Bilingual PublisherAsDeclared = new("填报单位自报", "as declared by the subsidiary");
    public static readonly Bilingual ColLocation = new("tCO2e（地点法）", "tCO2e (location-based)");
    public static readonly Bilingual ColMarket = new("tCO2e（市场法）", "tCO2e (market-based)");
    public static readonly Bilingual ColBiogenicCo2 = new("生物源 CO2（t）", "Biogenic CO2 (t)");
    public static readonly Bilingual ColShare = new("合并比例", "Share");
    public static readonly Bilingual ColConsolidatedLocation = new("合并 tCO2e（地点法）", "Consolidated tCO2e (location-based)");
    public static readonly Bilingual ColConsolidatedMarket = new("合并 tCO2e（市场法）", "Consolidated tCO2e (market-based)");
    public static readonly Bilingual ColUncertainty = new("不确定性 %", "Uncertainty %");
    public static readonly Bilingual ColEvidence = new("证据", "Evidence");
    public static readonly Bilingual ColNotes = new("备注", "Notes");
    public static readonly Bilingual ColDeclaredNotes = new("填报备注", "Notes as declared");
    public static readonly Bilingual ColCalculationNotes = new("计算说明", "Calculation notes");
    public static readonly Bilingual ColSubmission = new("提交编号（SHA-256）", "Submission (SHA-256)");
    public static readonly Bilingual ColSheet = new("工作表", "Sheet");
    public static readonly Bilingual ColRow = new("行", "Row");

    public static readonly Bilingual Yes = new("是", "yes");
    public static readonly Bilingual No = new("否", "no");
    public static readonly Bilingual Emission = new("排放", "emission");
    public static readonly Bilingual Removal = new("移除", "removal");
    public static readonly Bilingual PathLibrary = new("因子库因子", "library factor");
    public static readonly Bilingual PathCustom = new("自带因子", "custom factor");
    public static readonly Bilingual PathReported = new("直报", "reported");

    // Workbook: By category / By gas
    public static readonly Bilingual ColName = new("名称", "Name");
    public static readonly Bilingual ColRemovals = new("移除 tCO2e", "Removals tCO2e");
    public static readonly Bilingual ColEliminated = new("集团内抵消 tCO2e", "Intra-group elimination tCO2e");
    public static readonly Bilingual ColLines = new("行数", "Lines");
    public static readonly Bilingual Unspecified = new("未指定子类别", "sub-category not given");
    public static readonly Bilingual Total = new("合计", "Total");
    public static readonly Bilingual ColGwp = new("GWP", "GWP");
    public static readonly Bilingual ColTco2e = new("tCO2e", "tCO2e");
    public static readonly Bilingual ByGasNote = new(
        "类别 2 按地点法；“CO2e”行为以 CO2e 直报、无法按气体拆分的数据；生物源 CO2 不在其中。",
        "Category 2 is location-based; \"CO2e\" rows are figures reported as CO2e that cannot be split by gas; biogenic CO2 is not included.");

    // Workbook: Factors / GWP
    public static readonly Bilingual ColDescription = new("说明", "Description");
    public static readonly Bilingual ColFactorKind = new("类型", "Kind");
    public static readonly Bilingual ColValue = new("数值（t/单位）", "Value (t per unit)");
    public static readonly Bilingual ColCo2eBasis = new("CO2e 的 GWP 口径", "CO2e GWP basis");
    public static readonly Bilingual ColDensity = new("密度 t/m³", "Density t/m³");
    public static readonly Bilingual ColRegion = new("地区", "Region");
    public static readonly Bilingual ColValidFrom = new("适用起始年", "Valid from");
    public static readonly Bilingual ColValidTo = new("适用截止年", "Valid to");
    public static readonly Bilingual ColPublisher = new("发布机构", "Publisher");
    public static readonly Bilingual ColTitle = new("文件", "Title");
    public static readonly Bilingual ColUrl = new("网址", "URL");
    public static readonly Bilingual ColPublished = new("发布日期", "Published");
    public static readonly Bilingual ColDerivation = new("推导", "Derivation");
    public static readonly Bilingual CustomFactorsHeading = new("工作簿自带因子", "Factors given in the workbooks");
    public static readonly Bilingual ColAliases = new("别名", "Aliases");
    public static readonly Bilingual ColUsed = new("本清单使用", "Used here");
    public static readonly Bilingual GwpHeading = new("{0}（{1}），{2} 年，版本 {3}；来源：{4}，{5}", "{0} ({1}), {2} years, version {3}; source: {4}, {5}");
}
