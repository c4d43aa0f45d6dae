using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using E = GhgReports.Localization.EconomicsTexts;

namespace GhgReports.Plan;

/// <summary>
/// Section 五's abatement economics: the measures that give a cost, on a marginal abatement cost curve and in a table,
/// what closing the group's gap would cost taken cheapest first, and the measures without a cost, each with why.
/// </summary>
internal static partial class PlanBuilder
{
    private static IEnumerable<PlanBlock> Economics(Context c)
    {
        var lang = c.Lang;
        var economics = c.Inputs.Group.Economics;
        var costs = c.Included
            .SelectMany(s => s.Data!.Workbook.Measures.Select(m => AbatementEconomics.Of(s.Code, m, s.Effects.FirstOrDefault(e => e.Row == m.Row), economics)))
            .ToList();
        // A plan whose workbooks give no cost at all says nothing here: the section would be a list of every measure.
        if (costs.All(x => x.CapexCny is null))
        {
            yield break;
        }
        yield return new PlanHeading(E.Heading.In(lang));
        var curve = AbatementEconomics.Curve(costs);
        if (curve.Count > 0)
        {
            yield return new PlanParagraph(E.Lead.Format(PlanNumbers.Percent(economics.DiscountRatePercent ?? 0m)).In(lang));
            c.FigureNumber++;
            var total = curve.Sum(x => x.AnnualTco2e!.Value);
            yield return new PlanCostCurve(E.CurveCaption.Format(c.FigureNumber, PlanNumbers.Tonnes(total)).In(lang), E.AxisAbated.In(lang), E.AxisCost.In(lang),
                [.. curve.Select((x, i) => new PlanCostStep(Number(i), x.AnnualTco2e!.Value, x.CostPerTco2e!.Value))]);
            yield return new PlanTable(
                [new(0.5f, PlanAlign.Right), new(1.3f, PlanAlign.Left), new(2.6f, PlanAlign.Left), new(1.2f, PlanAlign.Right), new(1.2f, PlanAlign.Right),
                    new(1.3f, PlanAlign.Right), new(1.1f, PlanAlign.Right), new(1.1f, PlanAlign.Right)],
                ["#", PlanDocumentTexts.ColumnSubsidiary.In(lang), PlanDocumentTexts.ColumnMeasure.In(lang), PlanDocumentTexts.ColumnSaving.In(lang),
                    E.ColumnCapex.In(lang), E.ColumnAnnualised.In(lang), E.ColumnCostPerTonne.In(lang), E.ColumnPayback.In(lang)],
                [.. curve.Select((x, i) => new PlanTableRow([Number(i), ShortName(c, x.SubsidiaryCode, lang), WorkbookText(lang == Language.En ? x.NameEn ?? x.Name : x.Name, lang),
                    PlanNumbers.Saving(x.AnnualTco2e!.Value), PlanNumbers.Money(x.CapexCny!.Value, lang), PlanNumbers.Money(x.AnnualisedCostCny!.Value, lang),
                    PlanNumbers.CostPerTonne(x.CostPerTco2e!.Value), x.PaybackYears is { } p ? PlanNumbers.Years(p) : E.NeverPaysBack.In(lang)]))]);
            if (GapCost(c, curve) is { } gap)
            {
                yield return new PlanParagraph(gap.In(lang));
            }
        }
        // One line per reason, so that a long list of measures without a capital cost stays a short paragraph.
        var without = costs.Where(x => !x.Costed).GroupBy(x => x.NotCosted!).ToList();
        if (without.Count > 0)
        {
            yield return new PlanParagraph(E.NotCostedLead.In(lang));
            foreach (var reason in without)
            {
                var measures = string.Join(E.ListSeparator.In(lang), reason.Select(x =>
                    E.NotCostedItem.Format(ShortName(c, x.SubsidiaryCode, lang), WorkbookText(lang == Language.En ? x.NameEn ?? x.Name : x.Name, lang)).In(lang)));
                yield return new PlanParagraph(E.NotCostedReason.Format(reason.Key, measures).In(lang), PlanTextStyle.Note);
            }
        }
    }

    /// <summary>What abating the group's remaining gap costs a year, taking the curve cheapest first; null without a gap.</summary>
    private static Bilingual? GapCost(Context c, IReadOnlyList<AbatementCost> curve)
    {
        var target = TargetBoundary.Headline(c.Inputs.Group.Targets);
        var year = c.Inputs.Year;
        var groupYears = GroupYears(c, Math.Min(target?.BaseYear ?? year, year), year);
        if (target is null || !groupYears.TryGetValue(year, out var current) || GapToTarget(target, groupYears, current.Figures) is not { Tonnes: > 0 } gap)
        {
            return null;
        }
        var (needed, abated, cost) = (gap.Tonnes, 0m, 0m);
        foreach (var x in curve)
        {
            var take = Math.Min(x.AnnualTco2e!.Value, needed - abated);
            cost += x.CostPerTco2e!.Value * take;
            abated += take;
            if (abated >= needed)
            {
                break;
            }
        }
        return abated < needed
            ? E.CurveShortOfGap.Format(PlanNumbers.Tonnes(abated), PlanNumbers.Tonnes(needed))
            : E.CostToCloseGap.Format(PlanNumbers.Tonnes(needed), new Bilingual(PlanNumbers.Money(cost, Language.Zh), PlanNumbers.Money(cost, Language.En)));
    }

    private static string Number(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ShortName(Context c, string code, Language lang) =>
        c.Subsidiaries.FirstOrDefault(s => s.Code == code)?.Short(lang) ?? code;
}
