using GhgReports.Localization;
using GhgReports.Pathways;
using G = GhgReports.Localization.PlanGroupLevelTexts;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// The annex of a large group's plan: each subsidiary in one block (its figures in a line, its pathways in a small
/// table, its measures in a line, the notes pointing to appendix A), instead of the sections 三、四、五 repeated for it.
/// </summary>
internal static partial class PlanBuilder
{
    private static PlanSection Annex(Context c)
    {
        var lang = c.Lang;
        var year = c.Inputs.Year;
        var approach = c.Inputs.Group.Group.ConsolidationApproach;
        var blocks = new List<PlanBlock> { new PlanParagraph(G.AnnexLead.Format(year).In(lang), PlanTextStyle.Note) };
        var number = 0;
        foreach (var s in c.Subsidiaries)
        {
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, $"{s.Name(Language.Zh)}（{s.Code}）", $"{s.Name(Language.En)} ({s.Code})").In(lang)));
            if (s.Data is not { } d)
            {
                blocks.Add(new PlanParagraph(G.AnnexMissing.Format(year).In(lang)));
                continue;
            }
            var inventory = d.Inventory;
            blocks.Add(new PlanParagraph(G.AnnexFigures.Format(ConsolidationTexts.Stage(d.Workbook.Entity.ProductionStage), Period(inventory.Period, lang),
                PlanNumbers.Tonnes(inventory.CategoryEmissions(1, Method)), PlanNumbers.Tonnes(inventory.CategoryEmissions(2, Method)),
                PlanNumbers.Tonnes(inventory.CategoryEmissions(3, Method)), PlanNumbers.Tonnes(inventory.CategoryEmissions(4, Method)),
                PlanNumbers.Intensity(inventory.Scope12Intensity(Method)), PlanNumbers.Count(d.Workbook.Measures.Count),
                PlanNumbers.Tonnes(s.Effects.Sum(e => e.ReductionTco2e ?? 0m)),
                PlanNumbers.Percent(s.Registered.WeightUnder(approach).Share * 100m)).In(lang)));
            if (s.NoPathwayReason is { } reason)
            {
                blocks.Add(new PlanParagraph(T.NoPathway.Format(s.Short(lang), reason).In(lang), PlanTextStyle.Note));
            }
            foreach (var pathway in s.Pathways)
            {
                blocks.Add(AnnexPathway(s, pathway, year, lang));
            }
            if (d.Workbook.Measures.Count > 0)
            {
                blocks.Add(new PlanParagraph(G.AnnexMeasures.Format(string.Join(T.ListSeparator.In(lang), d.Workbook.Measures.Select(m =>
                {
                    var effect = s.Effects.FirstOrDefault(e => e.Row == m.Row);
                    var saving = effect?.AnnualTco2e is { } t
                        ? effect.InBaseYear ? T.SavingInBaseYear.Format(PlanNumbers.Saving(t)).In(lang) : PlanNumbers.Saving(t)
                        : T.NotQuantified.In(lang);
                    return G.AnnexMeasure.Format(WorkbookText(m.NameIn(lang), lang), saving).In(lang);
                }))).In(lang), PlanTextStyle.Note));
            }
            // The numbers only: appendix A names the subsidiary with each item, and the block stays a few lines.
            var items = c.Notices.Where(n => n.SubsidiaryCode == s.Code).Select(n => PlanNumbers.Count(n.Number)).ToList();
            if (items.Count > 0)
            {
                blocks.Add(new PlanParagraph(G.AnnexNotices.Format(string.Join(T.ListSeparator.In(lang), items)).In(lang), PlanTextStyle.Note));
            }
        }
        return new PlanSection(G.Annex.In(lang), blocks) { StartsPage = true };
    }

    /// <summary>A pathway in one line: this year's actual value against the pathway, the pathway in 2030, and its base.</summary>
    private static PlanParagraph AnnexPathway(Prepared s, PathwayComparison pathway, int year, Language lang)
    {
        var kind = pathway.Ours.Kind;
        var actual = kind == PathwayKind.Process ? (s.Figures!.OutputTonnes > 0 ? s.Figures.ProcessIntensity : (decimal?)null) : s.Figures!.PurchasedAluminiumIntensity;
        var now = pathway.Ours.At(year)?.Target;
        string Value(decimal? v) => v is { } x ? PlanNumbers.Pathway(kind, x) : "—";
        return new PlanParagraph(G.AnnexPathway.Format((kind == PathwayKind.Process ? G.ProcessMetric : G.PurchasedMetric), year, Value(actual), Value(now),
            actual is { } a && now is > 0m ? SignedPercent((a / now.Value - 1m) * 100m) : "—", Value(pathway.Ours.At(PathwayHorizon)?.Target),
            pathway.Ours.BaseYear, Value(pathway.Ours.At(pathway.Ours.BaseYear)?.Target)).In(lang), PlanTextStyle.Note);
    }
}
