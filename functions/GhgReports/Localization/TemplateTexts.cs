namespace GhgReports.Localization;

/// <summary>Text of the published subsidiary template that is not a field label (those live in the schema).</summary>
internal static class TemplateTexts
{
    public static readonly Bilingual Title = new("温室气体数据填报模板（子公司）", "GHG data template (subsidiary)");

    public static readonly Bilingual KeyValueHeaderField = new("字段", "Field");
    public static readonly Bilingual KeyValueHeaderValue = new("填写值", "Value");
    public static readonly Bilingual KeyValueHeaderHint = new("说明", "Notes");

    /// <summary>The visible factor library sheet that feeds the factor-id dropdown; not read back.</summary>
    public static readonly Bilingual FactorsSheet = new("因子", "Factors");

    public static IReadOnlyList<Bilingual> FactorsHeaders { get; } =
    [
        new("因子编号", "Factor id"),
        new("名称", "Name (Chinese)"),
        new("名称（英文）", "Name (English)"),
        new("活动数据单位", "Activity unit"),
        new("排放因子（吨/单位）", "Factor (t of gas per unit)"),
        new("来源", "Source"),
        new("适用年份", "Valid years"),
    ];

    public static readonly Bilingual FactorPick = new(
        "请从列表选择；各因子的名称、单位、数值和来源见“因子 Factors”工作表。",
        "Pick from the list; each factor's name, unit, value and source are on the 'Factors' sheet.");

    public static readonly Bilingual UnitPick = new("请从列表选择或按“说明”中的写法填写单位", "Pick a unit, or write one as the Instructions list");

    public static readonly Bilingual GroupTitle = new("集团温室气体工作簿（集团总部）", "Group GHG workbook (group HQ)");

    public static IReadOnlyList<Bilingual> GroupInstructions { get; } =
    [
        new("一、用途", "1. Purpose"),
        new("集团总部维护本工作簿：集团名称与合并方法、子公司名册（决定谁可以上传）、集团目标，以及年度减排计划中的引言、减碳方针、保障措施和总结与展望。",
            "Group HQ keeps this workbook: the group's name and consolidation approach, the subsidiary register (which decides who may upload), the group's targets, and the plan's introduction, policy, safeguards and outlook."),
        new("二、上传", "2. Upload"),
        new("填好后上传到 uploads/_group/。通过校验后立即生效；名册中没有的子公司代码上传的文件将被退回。",
            "Upload it to uploads/_group/. It takes effect once it passes its checks; files from codes not in the register are rejected."),
        new("三、合并比例", "3. Consolidation share"),
        new("控制权法下在控制范围内的子公司填 100；股权比例法填持股比例。",
            "Under a control approach, controlled subsidiaries are 100; under equity share, the equity percentage."),
    ];

    public const string Reference = "工作表与列说明见 docs/workbook.md。 Sheets and columns are documented in docs/workbook.md.";

    /// <summary>The instructions sheet, paragraph by paragraph.</summary>
    public static IReadOnlyList<Bilingual> Instructions { get; } =
    [
        new("一、用途", "1. Purpose"),
        new("本工作簿用于子公司按 ISO 14064-1:2018 报送一个报告期的温室气体数据、产量、目标、路径和减排措施。每个报告期填写一个工作簿。",
            "This workbook carries one reporting period of a subsidiary's GHG data (ISO 14064-1:2018), output, targets, pathway and reduction measures. Fill one workbook per reporting period."),
        new("二、填写步骤", "2. Steps"),
        new("1) 在“基本信息”填写子公司代码、报告年度和报告期起止日期（非自然年报告期可以，例如 2023-09-01 至 2024-08-31），以及产量、采购铝、核查状态和第 5、6 类是否纳入。",
            "1) On 'Entity' give the subsidiary code, the reporting year and the exact period dates (non-calendar periods are fine, e.g. 2023-09-01 to 2024-08-31), output, purchased aluminium, assurance status and whether categories 5 and 6 are included."),
        new("2) 在“排放源”每个排放源填一行：类别、子类别、气体、活动数据和单位，再选择因子编号（或填写自定义因子及来源）；已核查清单中的数值可直接填“直报排放量”并注明证据。清除量单独成行，类型选“清除”。",
            "2) On 'Sources' give one row per source: category, sub-category, gas, activity amount and unit, then a factor id (or a custom factor with its source); a figure from a verified inventory may go into 'Reported tCO2e' with its evidence. Removals go on their own rows with Type 'removal'."),
        new("3) 外购电力如有绿证、购电协议或自发自用，请单独成行并在“合同工具”列注明，用于市场法范围 2。",
            "3) Purchased electricity covered by green certificates, PPAs or on-site generation goes on its own row with the instrument named, for market-based scope 2."),
        new("4) “能源与产量”按年（或月）填写能耗与产量；“目标”填写结构化目标及原文表述；“目标说明”填写短、中、长期目标；“路径”填写 ASI 实体 GHG 路径工具给出的逐年强度；“减排措施”填写措施及其量化效果。",
            "4) 'Energy' takes energy use and output by year (or month); 'Targets' the structured targets with their original wording; 'Goals' the short-, mid- and long-term goals; 'Pathway' the year-by-year intensities from the ASI Entity GHG Pathways tool; 'Measures' the measures and their quantified effects."),
        new("三、格式", "3. Formats"),
        new("数字可带千位分隔符（11,678）或使用全角数字；日期可写 2023-09-01、2023/9/1、2023.9 或 2023年9月。单位可写 kWh、MWh、万kWh、t/吨、m3/m³/Nm3、L/升、kg。",
            "Numbers may carry thousands separators (11,678) or full-width digits; dates may be 2023-09-01, 2023/9/1, 2023.9 or 2023年9月. Units: kWh, MWh, 万kWh, t/吨, m3/m³/Nm3, L/升, kg."),
        new("黄色单元格为填写区。请勿删除或重命名工作表，勿合并数据区单元格；“序号”为“示例”的行是示例，会被忽略。",
            "Yellow cells are for input. Do not delete or rename sheets, and do not merge cells in the data area; rows whose No. is 'Example' are examples and are ignored."),
        new("四、没有现成因子的排放源", "4. Sources without a ready factor"),
        new("运输燃料：按燃料热量（TJ 或 GJ）选择 ipcc2006/road/* 因子，或按质量（t）选择 cn-fuel/* 因子（仅 CO2）。制冷剂和 SF6：活动数据填泄漏或补充的气体质量（kg），自定义因子填 1、单位 kg/kg，“气体”选该气体，系统按所选 GWP 折算（见示例行）。采购铝等外购商品：填写“直报排放量”（tCO2e，如供应商已核查的碳足迹）并在“证据”列注明出处（见示例行）。各因子的名称、单位、数值和来源见“因子 Factors”工作表。",
            "Transport fuels: by energy (TJ or GJ) pick an ipcc2006/road/* factor, or by mass (t) a cn-fuel/* factor (CO2 only). Refrigerants and SF6: give the mass of gas leaked or topped up (kg) as the activity, a custom factor of 1 in kg/kg, and the gas itself in 'Gas'; the GWP in force is applied (see the example row). Purchased aluminium and other goods: give 'Reported tCO2e' (e.g. the supplier's verified footprint) and name its evidence (see the example row). Each factor's name, unit, value and source are on the 'Factors' sheet."),
        new("五、上传", "5. Upload"),
        new("在集团 GHG 网页上登录后上传（本地运行时为 ghg run 打印的地址），或将填好的 .xlsx 放入存储容器 uploads/<子公司代码>/（例如 uploads/CP/）。几秒钟后网页上（及 results/<子公司代码>/ 中）会出现结果：通过（含汇总）或退回（列出每个问题所在的工作表、行、列及修改方法）。不接受 .xls、含宏或加密的文件。",
            "Upload it on the group's GHG web page once signed in (locally, the address `ghg run` prints), or put the filled .xlsx into the storage container uploads/<subsidiary-code>/ (e.g. uploads/CP/). Within seconds the result appears on the page (and in results/<subsidiary-code>/): accepted (with totals) or rejected (every problem with its sheet, row, column and how to fix it). .xls, macro-enabled and encrypted files are refused."),
        new("六、联系", "6. Contact"),
        new("集团可持续发展部（温室气体数据）。", "Group sustainability team (GHG data)."),
    ];
}
