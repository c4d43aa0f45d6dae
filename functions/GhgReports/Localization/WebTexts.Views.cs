namespace GhgReports.Localization;

/// <summary>
/// The wording of the page's later views: the pre-filled template and drag-and-drop upload (officers), the charts of
/// intensity against pathway (HQ home), the management view, and the error states every view shares.
/// </summary>
internal static partial class WebTexts
{
    /// <summary>These texts by key, written into the page beside <see cref="All"/> and <see cref="HqHome"/>.</summary>
    public static IReadOnlyDictionary<string, Bilingual> Views { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["skipToContent"] = new("跳到正文", "Skip to the content"),
        ["templateBlank"] = new("空白模板", "Blank template"),
        ["templatePrefilled"] = new("下载预填模板", "Download the pre-filled template"),
        ["templatePrefilledHint"] = new("模板的“基本信息 Entity”表已填好子公司代码、年度和名册中的名称。",
            "The template's Entity sheet comes with your subsidiary code, the year and the register's name filled in."),
        ["templateYear"] = new("报告年度", "Reporting year"),
        ["workbookFile"] = new("工作簿文件（.xlsx）", "Workbook file (.xlsx)"),
        ["evidenceFile"] = new("证据文件", "Evidence file"),
        ["dropHint"] = new("将工作簿拖放到此处，或用下面的按钮选择文件。", "Drop the workbook here, or choose the file with the button below."),
        ["dropped"] = new("已选择：{0}", "Chosen: {0}"),
        ["dropNotXlsx"] = new("只接受 .xlsx 工作簿：“{0}”未选用。", "Only .xlsx workbooks are accepted: '{0}' was not taken."),
        ["hqCharts"] = new("各子公司：强度与路径", "Each subsidiary: intensity against its pathway"),
        ["hqChartsHint"] = new("实线为范围一＋二强度（tCO2e/t，位置法），虚线为按基准年计算的工艺路径（至 2030 年），与减排计划同一算法。",
            "Solid: scope 1 + 2 intensity (tCO2e/t, location-based); dashed: the process pathway from the base year (to 2030), as the reduction plan computes it."),
        ["chartActual"] = new("实际强度", "Actual intensity"),
        ["chartPathway"] = new("路径", "Pathway"),
        ["chartDerived"] = new("集团推导路径", "Derived group pathway"),
        ["chartGroupActual"] = new("集团强度", "Group intensity"),
        ["chartSummary"] = new("{0}：{1}", "{0}: {1}"),
        ["chartNoData"] = new("尚无现行数据。", "No data in force yet."),
        ["noPathway.no-data"] = new("无现行数据，无路径。", "No data in force, so no pathway."),
        ["noPathway.no-output"] = new("基准年无产量，无法计算路径。", "No output in the base year: no pathway can be computed."),
        ["noPathway.no-curve"] = new("该生产阶段与基准年没有路径曲线。", "No pathway curve for this production stage and base year."),
        ["mgmtHome"] = new("管理层：年度概览", "Management: the year at a glance"),
        ["mgmtPlanVersions"] = new("该年度减排计划的各版本", "The year's plan versions"),
        ["mgmtNoPlan"] = new("该年度尚无减排计划。", "No reduction plan for the year yet."),
        ["mgmtMade"] = new("生成时间", "Made"),
        ["mgmtEditions"] = new("版本语言", "Editions"),
        ["mgmtChanges"] = new("与上一版相比的变化", "What changed from the version before"),
        ["mgmtFirstVersion"] = new("首版", "First version"),
        ["mgmtKpis"] = new("集团关键指标", "Group key figures"),
        ["mgmtTrend"] = new("集团强度与推导路径", "Group intensity against the derived pathway"),
        ["mgmtTrendHint"] = new("推导路径：各子公司工艺路径按当年产量加权（ASI 未发布集团路径），与减排计划摘要同一算法；计入：{0}。",
            "Derived pathway: the subsidiaries' process pathways weighted by this year's output (ASI publishes no group pathway), as the plan's summary draws it; weighted: {0}."),
        ["mgmtDocuments"] = new("计划文件", "Plan files"),
        ["errorTitle"] = new("出错了", "Something went wrong"),
        ["errorRetry"] = new("重试", "Try again"),
    };
}
