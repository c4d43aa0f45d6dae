using GhgReports.Pathways;

namespace GhgReports.Localization;

/// <summary>
/// Every text the pathway, progress, measure and consistency parts of the plan print: labels, the arithmetic shown for
/// measures, and the plan warnings (codes in <see cref="PlanWarningCodes"/>). Chinese first; numbers are formatted
/// invariantly by <see cref="Bilingual.Format"/>.
/// </summary>
public static class PlanTexts
{
    public static readonly Bilingual Empty = new("", "");

    public static readonly Bilingual BaseYearMismatch = new(
        "目标（第 {0} 行）的基准年为 {1}，而“主体信息”表的基准年为 {2}：计划以“主体信息”表的基准年（该年无在用数据时以首个报告年）衡量路径与目标，请统一基准年。",
        "The target in row {0} has base year {1}, but the Entity sheet names {2}: plans measure the pathway and targets from the Entity sheet's base year (or, with no data in force for it, the first year reported); use one base year.");

    /// <summary>Why no plan was made: said by every path that asks for one (command, on-demand route, timer log).</summary>
    public static readonly Bilingual NothingToPlan = new(
        "未生成 {0} 年计划：尚无集团名册（请将集团工作簿上传到 uploads/_group/），或该年没有任何子公司的在用数据。",
        "No plan for {0}: there is no group register yet (upload the group workbook to uploads/_group/), or no subsidiary has data in force for that year.");

    // Labels
    public static readonly Bilingual ProcessPathway = new("工艺范围1+2强度", "process scope 1+2 intensity");
    public static readonly Bilingual PurchasedAluminiumPathway = new("范围3类别1采购铝（含废铝）强度", "scope 3 category 1 purchased aluminium (incl. scrap) intensity");
    public static readonly Bilingual OursColumn = new("本系统路径", "our pathway");
    public static readonly Bilingual DeclaredColumn = new("子公司填报", "declared by the subsidiary");
    public static readonly Bilingual DeviationColumn = new("差异（填报 − 本系统）", "deviation (declared − ours)");
    public static readonly Bilingual OriginBase = new("基准年", "base year");
    public static readonly Bilingual OriginFitted = new("曲线年份", "curve year");
    public static readonly Bilingual OriginInterpolated = new("插值", "interpolated");
    public static readonly Bilingual OriginConvergence = new("收敛年（p = 0）", "convergence year (p = 0)");
    public static readonly Bilingual HeldAtBase = new("保持基准值（已低于收敛水平）", "held at base (already below the convergence level)");
    public static readonly Bilingual IntensityMetric = new("强度", "intensity");
    public static readonly Bilingual AbsoluteMetric = new("绝对量", "absolute");
    public static readonly Bilingual Stricter = new("文字目标严于路径表", "the stated target is stricter than the table");
    public static readonly Bilingual Weaker = new("文字目标弱于路径表", "the stated target is weaker than the table");
    public static readonly Bilingual ProvisionalCurvesNote = new(
        "注意：本系统路径所用阶段曲线由集团 2023 年减排计划路径表拟合（临时），并非 ASI 工具原值，小幅差异可能来自拟合误差。",
        "Note: our pathway uses stage curves fitted to the group's 2023 plan tables (provisional), not the ASI tool's values; small deviations may come from the fit.");
    public static readonly Bilingual StraightLineNote = new(
        "（目标年晚于集团目标年，按基准年至目标年直线推算）",
        " (the target year is after the group's, so a straight line from base to target year is assumed)");

    public static Bilingual PathwayName(PathwayKind kind) => kind == PathwayKind.Process ? ProcessPathway : PurchasedAluminiumPathway;

    public static Bilingual MetricName(string metric) => metric == "absolute" ? AbsoluteMetric : IntensityMetric;

    public static Bilingual OriginLabel(PathwayPointOrigin origin) => origin switch
    {
        PathwayPointOrigin.Base => OriginBase,
        PathwayPointOrigin.Fitted => OriginFitted,
        PathwayPointOrigin.Interpolated => OriginInterpolated,
        _ => OriginConvergence,
    };

    public static Bilingual QuantificationLabel(MeasureQuantification quantification) => quantification switch
    {
        MeasureQuantification.PvGeneration => new("光伏：申报发电量 × 电网因子", "PV: declared generation × grid factor"),
        MeasureQuantification.PvCapacityHours => new("光伏：装机容量 × 满发小时 × 电网因子", "PV: capacity × full-load hours × grid factor"),
        MeasureQuantification.FuelPerTonne => new("单位产品燃料下降 × 燃料因子", "fuel cut per tonne × fuel factor"),
        MeasureQuantification.ElectricityPerTonne => new("单位产品电耗下降 × 电网因子", "electricity cut per tonne × grid factor"),
        MeasureQuantification.ElectricitySaving => new("年节电量 × 电网因子", "annual electricity saved × grid factor"),
        MeasureQuantification.RecycledShare => new("再生料比例（影响范围3采购铝强度）", "recycled share (acts on scope 3 purchased-aluminium intensity)"),
        MeasureQuantification.GasTimesGwp => new("气体减排质量 × GWP", "gas mass saved × GWP"),
        _ => new("未量化", "not quantified"),
    };

    // Measure arithmetic, printed beside each measure
    public static readonly Bilingual MeasureNotQuantified = new(
        "未量化：措施未给出可换算为二氧化碳的数据。",
        "Not quantified: the measure gives no figure that converts to CO2e.");
    public static readonly Bilingual MeasureInBaseYear = new(
        "基准年 {0} 前已运行：其 {1:0.#} tCO2e/年已体现在基准年清单中，不计为减排。（{2}）",
        "In operation before the base year {0}: its {1:0.#} tCO2e/yr are already in the base inventory and are not a reduction. ({2})");
    public static readonly Bilingual MeasureInBaseYearNotQuantified = new(
        "基准年 {0} 前已运行：已体现在基准年清单中，不计为减排。",
        "In operation before the base year {0}: already in the base inventory, not a reduction.");
    public static readonly Bilingual MeasureRecycledShare = new(
        "再生料比例目标 {0:0.##}%：效果体现在范围3类别1采购铝强度中，不计入范围1+2减排量。",
        "Recycled-metal share target {0:0.##} %: its effect shows in the scope 3 category 1 purchased-aluminium intensity, not in scope 1+2 savings.");
    public static readonly Bilingual MeasurePvGenerationWorking = new(
        "{0:0.####} {1} = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.#} tCO2e/年",
        "{0:0.####} {1} = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.#} tCO2e/yr");
    public static readonly Bilingual MeasurePvCapacityWorking = new(
        "{0:0.#####} MW × {1:0.#} h = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.#} tCO2e/年",
        "{0:0.#####} MW × {1:0.#} h = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.#} tCO2e/yr");
    public static readonly Bilingual MeasureLiquidFuelWorking = new(
        "{0:0.###} {1}/t × {2:0.###} kg/L = {3:0.####} kg/t × {4:0.###} tCO2/t = {5:0.####} kgCO2/t；× {6:0} t = {7:0.#} tCO2e/年",
        "{0:0.###} {1}/t × {2:0.###} kg/L = {3:0.####} kg/t × {4:0.###} tCO2/t = {5:0.####} kgCO2/t; × {6:0} t = {7:0.#} tCO2e/yr");
    public static readonly Bilingual MeasureGasFuelWorking = new(
        "{0:0.###} {1}/t × {2:0.####} kgCO2/{3} = {4:0.####} kgCO2/t；× {5:0} t = {6:0.#} tCO2e/年",
        "{0:0.###} {1}/t × {2:0.####} kgCO2/{3} = {4:0.####} kgCO2/t; × {5:0} t = {6:0.#} tCO2e/yr");
    public static readonly Bilingual MeasureElectricityPerTonneWorking = new(
        "{0:0.###} {1}/t × {2:0.####} tCO2/MWh = {3:0.####} kgCO2/t；× {4:0} t = {5:0.#} tCO2e/年",
        "{0:0.###} {1}/t × {2:0.####} tCO2/MWh = {3:0.####} kgCO2/t; × {4:0} t = {5:0.#} tCO2e/yr");
    public static readonly Bilingual MeasureGasAnnualWorking = new(
        "{0:0.####} {1} {2} × GWP {3:0.##}（{4}）= {5:0.#} tCO2e/年",
        "{0:0.####} {1} {2} × GWP {3:0.##} ({4}) = {5:0.#} tCO2e/yr");
    public static readonly Bilingual MeasureGasPerTonneWorking = new(
        "{0:0.####} {1} {2}/t × GWP {3:0.##}（{4}）= {5:0.###} kgCO2e/t；× {6:0} t = {7:0.#} tCO2e/年",
        "{0:0.####} {1} {2}/t × GWP {3:0.##} ({4}) = {5:0.###} kgCO2e/t; × {6:0} t = {7:0.#} tCO2e/yr");
    /// <summary>A saving written as a mass of a gas the GWP set in use has no value for.</summary>
    public static readonly Bilingual MeasureGasNotInGwpSet = new(
        "减排量以 {0} 的质量填报，但所用 GWP 集 {1} 没有 {0} 的数值，无法换算为 tCO2e，未量化。请按单一气体填报，气体名称与 GWP 集一致（阳极效应 PFC 分别按 CF4 与 C2F6 填报）；如确为该集未列的气体，请联系集团在 GWP 数据中补充其数值及来源。",
        "The saving is given as a mass of {0}, but the GWP set in use, {1}, has no value for {0}: it cannot be converted to tCO2e and is not quantified. Give it per single gas, named as the GWP set names it (anode-effect PFCs as CF4 and C2F6); if the gas truly is not in the set, ask group HQ to add its GWP, with a source, to the GWP data.");
    public static readonly Bilingual MeasureElectricitySavingWorking = new(
        "{0:0.###} {1} = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.###} tCO2e/年",
        "{0:0.###} {1} = {2:0.###} MWh × {3:0.####} tCO2/MWh = {4:0.###} tCO2e/yr");

    public static readonly Bilingual ForecastAssumption = new(
        "简单预测：以 {0} 年范围1+2排放减去尚未体现在该年数据中的已量化措施年减排量，产量保持 {0} 年水平，推算至 {1} 年；不考虑增产、电网因子变化及措施间重叠。",
        "Simple forecast: {0} scope 1+2 less the annual savings of quantified measures not yet in that year's figures, at {0} output, carried to {1}; no growth, grid-factor change or overlap between measures is assumed.");

    // Warnings
    public static readonly Bilingual PathwayNotFromBase = new(
        "{0}路径表无法由本公司基准值推导：基准强度 {1} tCO2e/t，{2} 年填报 {3}，而任何收敛路径在该年只能介于 {4} 与 {5} 之间。{6}请用本公司基准年数据重新运行 ASI 工具。",
        "The {0} table cannot be derived from the entity's own base: base intensity {1} tCO2e/t, {2} declared {3}, while any convergence pathway must lie between {4} and {5} that year. {6}Re-run the ASI tool with the entity's own base-year data.");
    public static readonly Bilingual SameAsTableOf = new("该表基准年以后各年数值与 {0} 的路径表完全相同，疑似复制。", "Its values after the base year are identical to {0}'s table: it looks copied. ");
    public static readonly Bilingual PathwayDiffers = new(
        "{0}：填报路径与本系统路径在 {1} 年的差异超出四舍五入范围（按打印位数）；最大差异在 {2} 年：本系统 {3}，填报 {4}。计划中两者并列显示。{5}",
        "{0}: the declared pathway differs from ours beyond rounding to the printed decimals in {1}; largest in {2}: ours {3}, declared {4}. The plan shows both side by side. {5}");
    public static readonly Bilingual TargetContradictsPathway = new(
        "文字目标“{0}”与{7}路径表矛盾：按该目标 {1} 年应为 {2} tCO2e/t（较基准下降 {3}%），路径表为 {4}（下降 {5}%），{6}。请统一目标表述与路径表。",
        "The stated target '{0}' contradicts the {7} table: it requires {2} tCO2e/t in {1} ({3} % below base), the table shows {4} ({5} % below base); {6}. Make the wording and the table agree.");
    public static readonly Bilingual TargetMetricDiffers = new(
        "子公司目标“{0}”为{1}（{2}），与集团目标的指标{3}（{4}，{6} 年较基准下降 {5}%）不同，无法直接比较或汇总。请补充与集团一致的范围1+2强度目标。",
        "The subsidiary target '{0}' is {1} ({2}), a different metric from the group's {3} ({4}, −{5} % vs base by {6}); the two cannot be compared or consolidated. Add a scope 1+2 intensity target matching the group's.");
    public static readonly Bilingual TargetWeakerThanGroup = new(
        "子公司目标“{0}”到 {1} 年仅下降 {2}%，弱于集团目标 {3}%{4}。",
        "The subsidiary target '{0}' implies only {2} % by {1}, weaker than the group's {3} %{4}.");
    public static readonly Bilingual TargetUnitNotPerTonne = new(
        "强度目标“{0}”的单位为“{1}”，缺少分母（应为 tCO2e/t 产品或 tCO2e/t 铝）。",
        "The intensity target '{0}' is given in '{1}', which has no denominator (tCO2e/t of product or tCO2e/t Al is meant).");
    public static readonly Bilingual TargetCo2NotCo2e = new(
        "目标“{0}”以二氧化碳（CO2）表述，而盘查与路径均以二氧化碳当量（CO2e）计；请确认是否指 CO2e。",
        "The target '{0}' is worded in CO2, while the inventory and the pathways are in CO2e; confirm whether CO2e is meant.");
    public static readonly Bilingual TableUnitNotPerTonne = new(
        "路径表单位为“{0}”，缺少分母；路径值为强度，应为 tCO2e/t。",
        "The pathway table's unit is '{0}', which has no denominator; pathway values are intensities, in tCO2e/t.");
    public static readonly Bilingual TableCo2NotCo2e = new(
        "路径表单位“{0}”为二氧化碳（CO2），路径以二氧化碳当量（CO2e）计。",
        "The pathway table's unit '{0}' is CO2; the pathways are in CO2e.");
    public static readonly Bilingual EnergySavingImplausiblySmall = new(
        "措施“{0}”年节能 {1}，仅合 {2} tCO2e/年，占范围1+2排放（{4} tCO2e）的 {3}%，与措施规模不符。是否应为万kWh（即 {5} MWh）或月度数据？请核实单位。",
        "The measure '{0}' saves {1} a year, only {2} tCO2e/yr or {3} % of scope 1+2 ({4} tCO2e), implausibly small for the measure. Was '万kWh' (10,000 kWh: {5} MWh) or a monthly figure meant? Check the unit.");
    public static readonly Bilingual Categories5And6Unjustified = new(
        "第 {0} 类未纳入盘查且未说明重要性判定理由（ISO 14064-1 5.2.3 要求说明）。",
        "Category {0} is not in the inventory and no significance justification is given (ISO 14064-1 5.2.3 requires one).");
    public static readonly Bilingual PurchasedMetalVsCategory4 = new(
        "采购铝强度 {0} tCO2e/t × 采购量（含废铝）{1} t = {2} tCO2e，与第 4 类排放 {3} tCO2e 不符（相差 {4} 倍；按该强度第 4 类相当于采购 {5} t）。请核实采购量、强度的分母或第 4 类的范围。",
        "Purchased-aluminium intensity {0} tCO2e/t × tonnes purchased (incl. scrap) {1} t = {2} tCO2e, against category 4 of {3} tCO2e ({4} times; at that intensity category 4 would mean {5} t purchased). Check the tonnes, the intensity's denominator or what category 4 includes.");
    public static readonly Bilingual MixedReportingPeriods = new(
        "报告期 {1} 至 {2} 按 {0} 年度申报，而集团 {0} 年合并数据的其他子公司（{5}）报告期为 {3} 至 {4}；合并数混合了不同期间，请在报告中说明或调整。",
        "The period {1} to {2} is declared under {0}, while the other subsidiaries in the group's {0} figure ({5}) report {3} to {4}; the consolidated figure mixes periods. Disclose or align them.");
}
