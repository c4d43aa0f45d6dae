using GhgReports.Intake.Template;
using GhgReports.Intake.Workbook;
using GhgReports.Localization;
using GhgReports.Submissions;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;

namespace GhgReports.Intake.Group;

/// <summary>
/// Writes the group workbook template (`ghg template --group`) or the same layout filled (the sample). Neither carries a
/// date: what HQ declares (register, targets, prose) is of no one day, so the same declarations give the same bytes.
/// </summary>
public static class GroupWorkbookWriter
{
    public static void Write(Stream output, IReadOnlyList<string> factorIds, GroupWorkbook? data = null)
    {
        using var layout = new SheetLayoutWriter($"{TemplateTexts.GroupTitle.Zh} {TemplateTexts.GroupTitle.En}", factorIds);
        layout.Instructions(G.Instructions.TemplateName, TemplateTexts.GroupTitle, TemplateTexts.GroupInstructions, TemplateTexts.Reference);
        layout.KeyValue(G.Group, data is null ? null : GroupValues(data));
        layout.Table(G.Register, data?.Register.Select(RegisterValues), ExampleRegister);
        layout.Table(G.Targets, data?.Targets.Select(SubsidiaryWorkbookWriter.TargetValues), SubsidiaryWorkbookWriter.ExampleTarget);
        layout.KeyValue(G.Narrative, data is null ? null : NarrativeValues(data.Narrative));
        layout.Table(G.EnergyPrices, data?.Economics.Prices.Select(p => new object?[]
        {
            null, SheetLayoutWriter.Display(ChoiceLists.PricedEnergy, p.Energy), p.PriceCny, p.Source,
        }), ExampleEnergyPrice);
        layout.Table(G.RecalculationReasons, data?.Recalculation.Reasons.Select(r => new object?[] { null, r.Code, r.BaseYear, r.Reason }),
            ExampleRecalculationReason);
        layout.Save(output, dated: null);
    }

    private static Dictionary<string, object?> GroupValues(GroupWorkbook data) => new(GroupInfoValues(data.Group))
    {
        ["significance_criteria_zh"] = data.SignificanceCriteria?.Zh,
        ["significance_criteria_en"] = data.SignificanceCriteria?.En,
        ["category5_justification"] = data.ExclusionJustifications.GetValueOrDefault(5),
        ["category6_justification"] = data.ExclusionJustifications.GetValueOrDefault(6),
        ["recalculation_threshold_pct"] = data.Recalculation.ThresholdPercent,
        ["discount_rate_pct"] = data.Economics.DiscountRatePercent,
        ["submission_deadline"] = data.Deadline?.ToString(),
        ["review_required"] = SheetLayoutWriter.Display(ChoiceLists.YesNo, data.ReviewRequired ? "yes" : "no"),
    };

    private static Dictionary<string, object?> GroupInfoValues(GroupInfo g) => new()
    {
        ["group_name"] = g.Name,
        ["group_name_en"] = g.NameEn,
        ["consolidation_approach"] = SheetLayoutWriter.Display(ChoiceLists.ConsolidationApproach, g.ConsolidationApproach),
        ["responsible_person"] = g.ResponsiblePerson,
        ["contact"] = g.Contact,
    };

    private static Dictionary<string, object?> NarrativeValues(PlanNarrative n) => new()
    {
        ["introduction_zh"] = n.Introduction.Zh,
        ["introduction_en"] = n.Introduction.En,
        ["policy_zh"] = n.Policy.Zh,
        ["policy_en"] = n.Policy.En,
        ["safeguards_zh"] = n.Safeguards.Zh,
        ["safeguards_en"] = n.Safeguards.En,
        ["outlook_zh"] = n.Outlook.Zh,
        ["outlook_en"] = n.Outlook.En,
    };

    private static object?[] RegisterValues(RegisteredSubsidiary s) =>
    [
        null, s.Code, s.NameZh, s.NameEn, s.ShortName, s.Province, s.GridFactorId,
        SheetLayoutWriter.Display(ChoiceLists.ProductionStage, s.ProductionStage), s.SharePercent,
        s.Controlled is { } controlled ? SheetLayoutWriter.Display(ChoiceLists.YesNo, controlled ? "yes" : "no") : null,
        SheetLayoutWriter.Display(ChoiceLists.YesNo, s.Active ? "yes" : "no"),
    ];

    private static readonly object?[] ExampleEnergyPrice =
        [$"{SubsidiaryWorkbookSchema.ExampleMarker.Zh} {SubsidiaryWorkbookSchema.ExampleMarker.En}", SheetLayoutWriter.Display(ChoiceLists.PricedEnergy, "electricity"),
            650m, "2024 年一般工商业平均到户电价 average industrial tariff 2024"];

    private static readonly object?[] ExampleRecalculationReason =
        [$"{SubsidiaryWorkbookSchema.ExampleMarker.Zh} {SubsidiaryWorkbookSchema.ExampleMarker.En}", "CP", 2023, "第1类外购铝数量录入错误，已按发票更正 / Category 1 purchased aluminium mis-keyed; corrected from the invoices"];

    private static readonly object?[] ExampleRegister =
    [
        $"{SubsidiaryWorkbookSchema.ExampleMarker.Zh} {SubsidiaryWorkbookSchema.ExampleMarker.En}", "CP", "山东创新精密科技有限公司",
        "Shandong Innovation Precision Technology Co., Ltd.", "创新精密", "山东 Shandong", "cn-grid/2022/national-carbon-market",
        SheetLayoutWriter.Display(ChoiceLists.ProductionStage, "semi-fabrication"), 100m, SheetLayoutWriter.Display(ChoiceLists.YesNo, "yes"),
        SheetLayoutWriter.Display(ChoiceLists.YesNo, "yes"),
    ];
}
