namespace GhgReports.Localization;

/// <summary>The plan's abatement economics: the cost curve, its table, and why a measure has no cost.</summary>
internal static class EconomicsTexts
{
    public static readonly Bilingual NoCapex = new("未填写投资额", "No capital cost given");
    public static readonly Bilingual NoLifetime = new("未填写使用寿命", "No lifetime given");
    public static readonly Bilingual NoDiscountRate = new("集团工作簿未规定折现率", "The group workbook states no discount rate");
    public static readonly Bilingual NoPrice = new("集团工作簿未给出{0}的价格", "The group workbook gives no price for {0}");
    public static readonly Bilingual NoReduction = new("减排量无法量化，无单位减排成本", "Cost given, but the reduction cannot be quantified, so there is no cost per tCO2e");

    public static readonly Bilingual Heading = new("减排成本", "Abatement economics");
    public static readonly Bilingual Lead = new(
        "各措施按集团统一的折现率 {0}% 和能源价格估算：年化成本 = 投资 × 资本回收系数（折现率，寿命）+ 年运维费用变化 − 年节约能源 × 价格；单位减排成本 = 年化成本 ÷ 年减排量；静态回收期 = 投资 ÷ 年净节约。负成本表示措施在寿命期内即可收回成本并有盈余。",
        "Measures are valued at the group's one discount rate of {0} % and its energy prices: annualised cost = capex × capital recovery factor (rate, lifetime) + change of annual operating cost − annual energy saved × price; cost per tCO2e = annualised cost ÷ annual tCO2e abated; simple payback = capex ÷ annual net saving. A negative cost means the measure more than pays for itself over its life.");
    public static readonly Bilingual CurveCaption = new(
        "图 {0}  边际减排成本曲线（柱宽 = 年减排量 tCO2e，柱高 = 元/tCO2e，由低到高排列；合计 {1} tCO2e/年）",
        "Figure {0}. Marginal abatement cost curve (bar width = tCO2e abated per year, height = CNY per tCO2e, cheapest first; {1} tCO2e/yr in all)");
    public static readonly Bilingual AxisAbated = new("年减排量累计（tCO2e）", "Cumulative abatement (tCO2e/yr)");
    public static readonly Bilingual AxisCost = new("元/tCO2e", "CNY/tCO2e");
    public static readonly Bilingual ColumnCapex = new("投资（万元）", "Capex (kCNY)");
    public static readonly Bilingual ColumnAnnualised = new("年化成本（万元/年）", "Annualised (kCNY/yr)");
    public static readonly Bilingual ColumnCostPerTonne = new("元/tCO2e", "CNY/tCO2e");
    public static readonly Bilingual ColumnPayback = new("回收期（年）", "Payback (yr)");
    public static readonly Bilingual NeverPaysBack = new("不回收", "never");
    public static readonly Bilingual NotCostedLead = new("以下措施没有成本数据，未列入曲线：", "These measures have no cost and are not on the curve:");
    public static readonly Bilingual NotCostedItem = new("{0}“{1}”", "{0} '{1}'");
    public static readonly Bilingual NotCostedReason = new("{0}：{1}。", "{0}: {1}.");
    public static readonly Bilingual ListSeparator = new("；", "; ");
    public static readonly Bilingual CostToCloseGap = new(
        "按曲线由低到高实施，补足 {0} tCO2e 的目标差距每年约需 {1} 万元（负值为净节约）。",
        "Taken cheapest first, closing the {0} tCO2e gap to the target costs about {1} kCNY a year (negative: a net saving).");
    public static readonly Bilingual CurveShortOfGap = new(
        "曲线上全部措施合计 {0} tCO2e/年，少于 {1} tCO2e 的差距：其余部分尚无有成本数据的措施。",
        "All the measures on the curve abate {0} tCO2e/yr, less than the {1} tCO2e gap: the rest has no costed measure yet.");
}
