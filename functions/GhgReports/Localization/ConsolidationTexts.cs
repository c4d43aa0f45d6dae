using GhgReports.Submissions;
using GhgReports.Inventory.Consolidation;

namespace GhgReports.Localization;

/// <summary>
/// How the group consolidates, in the words both the plan and the pack print, so the two documents cannot describe
/// the same consolidation differently.
/// </summary>
internal static class ConsolidationTexts
{
    /// <summary>The approach's name from the group workbook's list; an unlisted value is shown as given.</summary>
    public static Bilingual Approach(string approach)
    {
        var key = approach.Trim().Replace(' ', '-').ToLowerInvariant();
        return ChoiceLists.ConsolidationApproach.Options.FirstOrDefault(o => o.Key == key) is { } option
            ? new Bilingual(option.Zh, option.En)
            : new Bilingual(approach, approach);
    }

    public static readonly Bilingual Statement = new(
        "集团采用{0}合并子公司清单：{1}。",
        "The group consolidates its subsidiaries' inventories under {0}: {1}.");
    public static readonly Bilingual MemberControlled = new("{0}（{1}）受控，计 100%", "{0} ({1}) controlled, counted at 100 %");
    public static readonly Bilingual MemberNotControlled = new("{0}（{1}）非受控，不计入", "{0} ({1}) not controlled, not counted");
    public static readonly Bilingual MemberEquity = new("{0}（{1}）按股权 {2:0.##}%", "{0} ({1}) at its {2:0.##} % equity share");

    public static readonly Bilingual ShareNotApplied = new(
        "{0}：名册填写的合并比例 {1:0.##}% 在{2}下不适用，按控制权计 {3:0.##}%",
        "{0}: the register's share of {1:0.##} % does not apply under {2}; counted at {3:0.##} % by control");
    public static readonly Bilingual ShareNotAppliedUndeclared = new(
        "{0}：名册未填写“是否受控”，合并比例 {1:0.##}% 在{2}下不适用；按比例大于 0 视为受控，计 {3:0.##}%。请在名册中填写“是否受控”",
        "{0}: the register does not say whether it is controlled, and its share of {1:0.##} % does not apply under {2}; a positive share is read as controlled, counted at {3:0.##} %. Fill in 'Controlled' in the register");
    public static readonly Bilingual ExcludedNotControlled = new(
        "在{0}下非受控，不纳入合并",
        "Not controlled under {0}; not consolidated");

    public static readonly Bilingual BlendedIntensity = new(
        "混合强度（各生产阶段合计，非路径指标）：范围 1+2 排放 {0} 吨 CO2e ÷（产量 {1} 吨 − 集团内采购 {2} 吨）= {3} tCO2e/t。",
        "Blended intensity (all production stages together, not a pathway metric): scope 1+2 {0} tCO2e ÷ (output {1} t − bought within the group {2} t) = {3} tCO2e/t.");
    public static readonly Bilingual StageIntensity = new(
        "{0}（{1}）：范围 1+2 排放 {2} 吨 CO2e，产量 {3} 吨，强度 {4} tCO2e/t",
        "{0} ({1}): scope 1+2 {2} tCO2e, output {3} t, intensity {4} tCO2e/t");
    public static readonly Bilingual StageIntensitiesTitle = new("按生产阶段的集团强度：", "Group intensity per production stage:");
    public static readonly Bilingual StageUnknown = new("未注明阶段", "stage not given");

    /// <summary>The approach and what each member counts at: the one sentence the plan and the pack both print.</summary>
    public static Bilingual Describe(GroupInventory group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var control = ConsolidationRule.IsControlApproach(group.Approach);
        var parts = group.Members.Select(m => control
            ? (m.Included ? MemberControlled : MemberNotControlled).Format(m.SubsidiaryName, m.SubsidiaryCode)
            : MemberEquity.Format(m.SubsidiaryName, m.SubsidiaryCode, m.Share * 100m)).ToList();
        return Statement.Format(Approach(group.Approach),
            new Bilingual(string.Join("；", parts.Select(p => p.Zh)), string.Join("; ", parts.Select(p => p.En))));
    }

    /// <summary>A production stage's name from the register's list.</summary>
    public static Bilingual Stage(string? key) =>
        key is not null && ChoiceLists.ProductionStage.Options.FirstOrDefault(o => o.Key == key) is { } option
            ? new Bilingual(option.Zh, option.En)
            : StageUnknown;
}
