namespace GhgReports.Localization;

/// <summary>
/// Every sentence the inventory calculation and consolidation attach to their results, in one place so that a
/// reviewer of the Chinese wording sees all of it together. Placeholders are filled by <see cref="Bilingual.Format"/>.
/// </summary>
internal static class InventoryTexts
{
    // Notes on calculated lines.
    public static readonly Bilingual ReportedPassThrough = new(
        "直报排放量，取自已核查清单，原样采用；证据：{0}",
        "Reported tCO2e from a verified inventory, taken as given; evidence: {0}");
    public static readonly Bilingual BiogenicKeptApart = new(
        "生物源 CO2 {0:#,##0.###} t 单独报告，不计入排放合计",
        "Biogenic CO2 of {0:#,##0.###} t reported separately, not in the totals");
    public static readonly Bilingual CustomCo2eBasisUnstated = new(
        "自定义 CO2e 因子未注明 GWP 口径，按来源数值原样采用（来源：{0}）",
        "The custom CO2e factor does not state its GWP basis; used as the source gives it ({0})");
    public static readonly Bilingual GasReleased = new(
        "按释放的 {0} 质量乘以 {1} GWP {2} 计算",
        "Mass of {0} released times its {1} GWP of {2}");

    // Scope 2, location-based and market-based.
    public static readonly Bilingual ResidualMixProxy = new(
        "市场法：无合同工具；中国未发布剩余组合排放因子，以所用电网平均因子代替",
        "Market-based: no contractual instrument; China publishes no residual mix, so the grid average factor used stands in for it");
    public static readonly Bilingual ResidualMixFactor = new(
        "市场法：无合同工具，采用剩余组合因子 {0}",
        "Market-based: no contractual instrument; residual mix factor {0} applied");
    public static readonly Bilingual GreenCertificateZero = new(
        "市场法：绿证覆盖的可再生电力，计为 0；地点法仍按电网因子计算",
        "Market-based: renewable electricity covered by green certificates counts as 0; location-based still uses the grid factor");
    public static readonly Bilingual PpaZero = new(
        "市场法：购电协议（PPA）覆盖的可再生电力，计为 0；地点法仍按电网因子计算",
        "Market-based: renewable electricity under a power purchase agreement counts as 0; location-based still uses the grid factor");
    public static readonly Bilingual OnSiteZero = new(
        "自发自用的现场发电不属于外购电力，地点法和市场法均计为 0",
        "On-site generation consumed on site is not purchased: 0 under both location-based and market-based methods");

    // Uncertainty.
    public static readonly Bilingual UncertaintyCombined = new(
        "不确定性按排放量加权平方和开方合成：{0:0.##}%",
        "Uncertainty combined in quadrature, weighted by emissions: {0:0.##} %");
    public static readonly Bilingual UncertaintyNotAssessed = new(
        "未评估：{0} 行未申报不确定性",
        "Not assessed: {0} line(s) declare no uncertainty");

    // Cross-check against declared totals.
    public static readonly Bilingual DeclaredTotalDiffers = new(
        "类别 {0}：申报合计 {1:#,##0} tCO2e 与计算值 {2:#,##0.#} tCO2e 相差 {3:0.00%}，超过 0.5%，请核对",
        "Category {0}: the declared total of {1:#,##0} tCO2e differs from the calculated {2:#,##0.#} tCO2e by {3:0.00%}, more than 0.5 %; check it");

    // Consolidation.
    public static readonly Bilingual PeriodsNotAligned = new(
        "以下子公司的报告期与 {0} 自然年不一致，合并数据混合了不同期间：{1}",
        "These subsidiaries do not report the calendar year {0}, so the consolidated figures mix periods: {1}");
    public static readonly Bilingual ExcludedNoShare = new(
        "按{0}合并比例为 0，不纳入合并",
        "Share under {0} is 0; not consolidated");
    public static readonly Bilingual IntraGroupElimination = new(
        "集团内采购铝 {0:#,##0.###} t × 该子公司采购铝强度 {1:0.####} tCO2e/t × 合并比例 {2:0.####} = {3:#,##0.###} tCO2e，从类别 4 扣除（卖方的排放已计入其类别 1、2）",
        "Intra-group aluminium {0:#,##0.###} t × the buyer's purchased-aluminium intensity {1:0.####} tCO2e/t × share {2:0.####} = {3:#,##0.###} tCO2e removed from category 4 (the seller's emissions are already in its categories 1 and 2)");
    public static readonly Bilingual FactorVersionsDiffer = new(
        "各子公司计算所用因子库版本不同：{0}",
        "Subsidiaries were calculated with different factor library versions: {0}");

    // Grid factors.
    public static readonly Bilingual ProvincialFactorNotUsed = new(
        "{0}：外购电力按 {1} 计算，而因子库中有适用于 {4} 年、{5} 的省级电网因子 {2}（{3} tCO2/MWh，{6}）。是否改用由集团决定；改用即为按逐年规则记录的重新计算（ghg recalculate），此前各年同时重新计算或注明不可比。",
        "{0}: purchased electricity is calculated with {1}, while the library holds the provincial grid factor {2} ({3} tCO2/MWh, {6}) valid for {4} in {5}. Whether to switch is the group's decision; a switch is a recorded recalculation under the year-after-year rules (ghg recalculate), with earlier years recalculated too or marked not comparable.");

    // Purchased aluminium.
    public static readonly Bilingual PurchasedAluminiumLine = new(
        "采购铝（原铝锭、合金锭、废铝、铸棒）范围3类别1排放 {0} 吨 CO2e ÷ 采购铝 {1} 吨 = {2} tCO2e/t；其他采购品 {3} 吨 CO2e 另列，不计入该强度。",
        "Purchased aluminium (primary ingot, alloy, scrap, billet): scope 3 cat. 1 {0} tCO2e ÷ {1} t bought = {2} tCO2e/t; other purchased goods, {3} tCO2e, are reported beside it and not in the intensity.");
    public static readonly Bilingual MaterialNotDeclared = new(
        "范围3类别1采购行（第 {0} 行）均未填写“采购材料”，采购铝强度按旧模板口径计入全部采购品；请填写材料，以便只计铝原料",
        "No scope 3 cat. 1 line (rows {0}) declares its material, so the purchased-aluminium intensity counts all purchased goods as the earlier template did; declare the material so that only aluminium inputs count");
    public static readonly Bilingual MaterialMissingOnSomeLines = new(
        "第 {0} 行为范围3类别1采购行但未填写“采购材料”，按其他采购品计，不计入采购铝强度",
        "Rows {0} are scope 3 cat. 1 purchases without a material: counted as other purchased goods, not in the purchased-aluminium intensity");

    // Refusals: a line the calculation cannot quantify. Intake should have stopped these; reaching one is a bug.
    public static readonly Bilingual RefuseCo2eGwpBasis = new(
        "第 {0} 行：因子 {1} 仅有 CO2e 值，按 {2} 计算，不能用于 {3}",
        "Row {0}: factor {1} is CO2e-only, computed with {2}, and cannot be used with {3}");
    public static readonly Bilingual RefuseUnitConversion = new(
        "第 {0} 行：活动数据单位 {1} 无法换算为因子单位 {2}",
        "Row {0}: activity unit {1} cannot be converted to the factor's unit {2}");
    public static readonly Bilingual RefuseCustomUnit = new(
        "第 {0} 行：无法识别自定义因子单位“{1}”（应为“质量+气体/活动单位”，如 tCO2/MWh、kgCO2e/t、kg/kg）",
        "Row {0}: custom factor unit '{1}' is not understood (expected mass+gas/activity unit, e.g. tCO2/MWh, kgCO2e/t, kg/kg)");
    public static readonly Bilingual RefuseGasNotInFactor = new(
        "第 {0} 行：气体 {1} 与因子 {2} 的气体（{3}）不符",
        "Row {0}: gas {1} does not match the gases of factor {2} ({3})");
    public static readonly Bilingual RefuseNoGwp = new(
        "第 {0} 行：GWP 集 {1} 中没有气体 {2}",
        "Row {0}: GWP set {1} has no value for gas {2}");
    public static readonly Bilingual RefuseBiogenicCo2eOnly = new(
        "第 {0} 行：生物源行不能使用仅有 CO2e 的因子，无法分离生物源 CO2",
        "Row {0}: a biogenic line cannot use a CO2e-only factor; its biogenic CO2 cannot be separated");
    public static readonly Bilingual RefuseNotQuantified = new(
        "第 {0} 行：没有因子、自定义因子或直报排放量，或缺少活动数据",
        "Row {0}: no factor, custom factor or reported tCO2e, or no activity amount");
    public static readonly Bilingual RefuseMixedGwpSets = new(
        "各子公司清单所用 GWP 集不同（{0}），不能相加",
        "The subsidiary inventories use different GWP sets ({0}) and cannot be added up");
}
