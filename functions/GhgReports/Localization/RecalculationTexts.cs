namespace GhgReports.Localization;

/// <summary>
/// How plans and packs disclose base-year recalculations: their significance, changes of the register, and years that
/// cannot be compared because they were calculated by different methods.
/// </summary>
internal static class RecalculationTexts
{
    public static readonly Bilingual CumulativeChange = new(
        "{0} 基准年（{1} 年）相对首次报告的累计变化：{2}。{3}",
        "{0} base year ({1}), cumulative change against the base as first reported: {2}. {3}");
    public static readonly Bilingual MetricChange = new("{0} {1} → {2}（{3}%）", "{0} {1} → {2} ({3} %)");
    public static readonly Bilingual MetricUnknown = new("{0} 无法比较（缺少数据）", "{0} not comparable (figures missing)");
    public static readonly Bilingual Significant = new(
        "达到集团工作簿规定的 {0}% 重要性阈值：属重大重新计算。",
        "It reaches the group workbook's {0} % significance threshold: a significant recalculation.");
    public static readonly Bilingual NotSignificant = new(
        "低于集团工作簿规定的 {0}% 重要性阈值：非重大。",
        "It stays below the group workbook's {0} % significance threshold: not significant.");
    public static readonly Bilingual NoThreshold = new(
        "集团工作簿未规定重要性阈值，未评估是否重大。",
        "The group workbook states no significance threshold, so significance is not assessed.");
    public static readonly Bilingual ListSeparator = new("；", "; ");
    public static readonly Bilingual GroupPossessive = new("集团", "The group's");
    public static readonly Bilingual TheGroup = new("集团", "the group");

    /// <summary>A reason HQ recorded in advance, kept with where it was written; printed as is in both editions.</summary>
    public static readonly Bilingual DeclaredReason = new("{0}（集团工作簿 group workbook，第 {1} 行 row）", "{0}（集团工作簿 group workbook，第 {1} 行 row）");

    // Structural change (the register gains or loses members)
    public static readonly Bilingual RegisterChanged = new(
        "{0:yyyy-MM-dd} 集团名册变更（{1}）：{2}。",
        "{0:yyyy-MM-dd} the group register changed ({1}): {2}.");
    public static readonly Bilingual Joined = new("新增 {0}", "joined: {0}");
    public static readonly Bilingual Left = new("退出 {0}", "left: {0}");
    public static readonly Bilingual StructuralRecalculation = new(
        "集团 {0} 年基准因结构变化按现名册重新计算：范围一＋二（地点法）首次报告 {1} tCO2e（当时名册 {2}），重新计算后 {3} tCO2e（{4}%）。组织自然增减不作重新计算。",
        "The group's {0} base is recalculated for the structural change, to the current register: scope 1+2 (location-based) {1} tCO2e as first reported (register then: {2}), {3} tCO2e as recalculated ({4} %). Organic growth or decline is never recalculated.");
    public static readonly Bilingual JoinedWithoutBase = new(
        "{0} 没有 {1} 年（基准年）的在用数据，集团基准无法计入：在其报送基准年数据之前，集团各年与基准不可比。",
        "{0} has no data in force for {1} (the base year), so the group base cannot include it: until it reports its base year, the group's later years are not comparable with the base.");

    // One method across the compared years
    public static readonly Bilingual MethodsDiffer = new(
        "不可比：{0} 各年的计算方法不同（{1}）。请用 ghg recalculate --years {2} 按同一方法重新计算各比较年度。",
        "Not comparable: {0}'s years were calculated by different methods ({1}). Recalculate every compared year by one method with ghg recalculate --years {2}.");
    public static readonly Bilingual MethodOfYear = new("{0} 年 {1}", "{0}: {1}");
    public static readonly Bilingual NotComparableMark = new("不可比", "not comparable");
}
