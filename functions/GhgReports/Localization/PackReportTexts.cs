namespace GhgReports.Localization;

/// <summary>Wording of the GHG report PDF inside each ISO 14064-1 pack.</summary>
internal static class PackReportTexts
{
    public static readonly Bilingual Title = new("温室气体报告（ISO 14064-1:2018）", "GHG report (ISO 14064-1:2018)");
    public static readonly Bilingual Contents = new("目录", "Contents");
    public static readonly Bilingual Footer = new("第 {0} 页 / 共 {1} 页", "{0} / {1}");
    public static readonly Bilingual DataNote = new("数据截至 {0}；因子库 {1}；生成程序 {2}", "Data as of {0}; factor library {1}; generator {2}");
    public static readonly Bilingual Version = new("版本 {0}", "Version {0}");
    public static readonly Bilingual Checklist = new("一、ISO 14064-1:2018 第 9.3.1 条要求的内容", "1. Contents required by ISO 14064-1:2018 §9.3.1");
    public static readonly Bilingual Inventory = new("二、温室气体清单", "2. GHG inventory");
    public static readonly Bilingual ByGas = new("三、按气体的直接排放", "3. Direct emissions by gas");
    public static readonly Bilingual Factors = new("四、排放因子及来源", "4. Emission factors and their sources");
    public static readonly Bilingual Warnings = new("五、使用前须知", "5. Before relying on these figures");
    public static readonly Bilingual NoWarnings = new("无。", "None.");
    public static readonly Bilingual Item = new("条款", "Item");
    public static readonly Bilingual Status = new("状态", "Status");
    public static readonly Bilingual Provided = new("已提供", "provided");
    public static readonly Bilingual NotApplicable = new("不适用", "not applicable");
    public static readonly Bilingual NotProvided = new("未提供", "not provided");
    public static readonly Bilingual Partial = new("部分提供", "partial");
    public static readonly Bilingual Where = new("详见：{0}", "See: {0}");
    public static readonly Bilingual Category = new("类别", "Category");
    public static readonly Bilingual LocationBased = new("地点法（tCO2e）", "Location-based (tCO2e)");
    public static readonly Bilingual MarketBased = new("市场法（tCO2e）", "Market-based (tCO2e)");
    public static readonly Bilingual Lines = new("行数", "Lines");
    public static readonly Bilingual NotIncluded = new("未纳入", "not included");
    public static readonly Bilingual MembersTitle = new("各子公司（合并计入部分）", "Subsidiaries (as counted in the group)");
    public static readonly Bilingual Subsidiary = new("子公司", "Subsidiary");
    public static readonly Bilingual Period = new("报告期", "Period");
    public static readonly Bilingual CountedAt = new("计入比例", "Counted at");
    public static readonly Bilingual MemberTotal = new("全部类别（tCO2e）", "All categories (tCO2e)");
    public static readonly Bilingual MemberScope12 = new("范围 1+2（tCO2e）", "Scope 1+2 (tCO2e)");
    public static readonly Bilingual MembersNote = new(
        "地点法；合计未扣除集团内采购铝的抵消。未纳入的子公司注明原因。",
        "Location-based; totals before the intra-group elimination. Subsidiaries not consolidated say why.");
    public static readonly Bilingual Total = new("合计", "Total");
    public static readonly Bilingual Scope12 = new("范围 1+2", "Scope 1+2");
    public static readonly Bilingual Biogenic = new("生物源 CO2（不计入合计）：{0} 吨；清除量：{1} tCO2e。", "Biogenic CO2 (outside the totals): {0} t; removals: {1} tCO2e.");
    public static readonly Bilingual Gas = new("气体", "Gas");
    public static readonly Bilingual GasTonnes = new("气体质量（吨）", "Gas mass (t)");
    public static readonly Bilingual Gwp = new("GWP", "GWP");
    public static readonly Bilingual FactorId = new("因子编号", "Factor id");
    public static readonly Bilingual Value = new("数值", "Value");
    public static readonly Bilingual Source = new("来源", "Source");
}
