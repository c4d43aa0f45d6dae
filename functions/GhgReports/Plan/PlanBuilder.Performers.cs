using GhgReports.Localization;
using GhgReports.Pathways;
using G = GhgReports.Localization.PlanGroupLevelTexts;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Section 四 of a large group's plan: each production stage's derived pathway against its actual intensity, and the
/// subsidiaries furthest below and above their own pathways.
/// </summary>
internal static partial class PlanBuilder
{
    /// <summary>How many subsidiaries the best and the worst lists each name.</summary>
    private const int PerformerCount = 10;

    /// <summary>A subsidiary's process intensity this year against its own pathway's value for the year.</summary>
    private sealed record Standing(Prepared Subsidiary, decimal Actual, decimal Pathway)
    {
        /// <summary>Percent above (positive) or below (negative) the pathway.</summary>
        public decimal Deviation => (Actual / Pathway - 1m) * 100m;

        /// <summary>tCO2e above (positive) or below (negative) the pathway at this year's output.</summary>
        public decimal GapTco2e => Subsidiary.Figures!.Scope12Tco2e - Pathway * Subsidiary.Figures.OutputTonnes;

        /// <summary>Above the pathway by at least the tonne the plan prints: in the base year the pathway is the base itself.</summary>
        public bool Above => Math.Round(GapTco2e, 0, MidpointRounding.AwayFromZero) > 0m;
    }

    private static List<Standing> Standings(Context c) =>
        [.. c.Included
            .Where(s => s.Figures!.OutputTonnes > 0)
            .Select(s => (s, Point: s.PathwayOf(PathwayKind.Process)?.Ours.At(c.Inputs.Year)))
            .Where(x => x.Point is { Target: > 0m })
            .Select(x => new Standing(x.s, x.s.Figures!.ProcessIntensity, x.Point!.Target))];

    private static IEnumerable<PlanBlock> StagePathways(Context c)
    {
        var lang = c.Lang;
        var year = c.Inputs.Year;
        yield return new PlanHeading(G.StagePathwaysHeading.In(lang));
        var standings = Standings(c);
        var stages = Stages(c)
            .Select(st => (Stage: st, With: standings.Where(x => st.Members.Contains(x.Subsidiary)).ToList()))
            .Where(x => x.With.Count > 0)
            .ToList();
        if (stages.Count == 0)
        {
            yield return new PlanParagraph(G.NoStagePathways.In(lang));
            yield break;
        }
        yield return new PlanParagraph(G.StagePathwaysLead.Format(year).In(lang));
        var derived = stages.Select(x => (x.Stage, x.With, Pathway: DerivedPathway(x.With.Select(w => w.Subsidiary).ToList()))).ToList();
        yield return new PlanTable(
            [new(2.4f, PlanAlign.Left), new(1.1f, PlanAlign.Right), new(1.2f, PlanAlign.Right), new(1.2f, PlanAlign.Right), new(1.2f, PlanAlign.Right),
                new(1.2f, PlanAlign.Right), new(1.6f, PlanAlign.Right)],
            [G.ColumnStage.In(lang), G.ColumnWithPathway.In(lang), G.ColumnActual.Format(year).In(lang), G.ColumnPathwayAt.Format(year).In(lang),
                G.ColumnPathwayAt.Format(PathwayHorizon).In(lang), G.ColumnAbovePathway.In(lang), G.ColumnGapTco2e.In(lang)],
            [.. derived.Select(x =>
            {
                var output = x.With.Sum(w => w.Subsidiary.Figures!.OutputTonnes);
                var actual = x.With.Sum(w => w.Subsidiary.Figures!.Scope12Tco2e) / output;
                return new PlanTableRow([x.Stage.Name.In(lang), PlanNumbers.Count(x.With.Count), PlanNumbers.Intensity(actual),
                    PlanNumbers.Intensity(ValueAt(x.Pathway, year)), PlanNumbers.Intensity(ValueAt(x.Pathway, PathwayHorizon)),
                    PlanNumbers.Count(x.With.Count(w => w.Above)), PlanNumbers.Tonnes(x.With.Where(w => w.Above).Sum(w => w.GapTco2e))]);
            })]);

        var years = derived.SelectMany(x => x.Pathway).Select(p => p.Year).Distinct().Order().ToList();
        yield return new PlanParagraph(G.StagePathwayTableLead.In(lang), PlanTextStyle.Note);
        yield return new PlanTable(
            [new(4.0f, PlanAlign.Left), .. years.Select(_ => new PlanColumn(1f, PlanAlign.Right))],
            [G.ColumnStage.In(lang), .. years.Select(PlanNumbers.Year)],
            [.. derived.Select(x => new PlanTableRow([x.Stage.Name.In(lang), .. years.Select(y => ValueAt(x.Pathway, y) is { } v ? PlanNumbers.Intensity(v) : "")]))]);

        foreach (var x in derived)
        {
            c.FigureNumber++;
            var actual = StageActuals(x.With.Select(w => w.Subsidiary).ToList());
            yield return new PlanChart(G.StageChart.Format(c.FigureNumber, x.Stage.Name).In(lang), T.AxisYear.In(lang), T.AxisIntensity.In(lang),
            [
                new PlanSeries(G.SeriesStagePathway.In(lang), PlanSeriesKind.Target, [.. x.Pathway.Select(p => new PlanPoint(p.Year, (double)p.Value))]),
                new PlanSeries(T.SeriesActual.In(lang), PlanSeriesKind.Actual, actual),
            ]);
        }
    }

    /// <summary>The members' process pathways weighted by this year's output, for the years every member has a value.</summary>
    private static List<(int Year, decimal Value)> DerivedPathway(IReadOnlyList<Prepared> members)
    {
        var output = members.Sum(s => s.Figures!.OutputTonnes);
        return [.. members.SelectMany(s => PathwayYears(s.PathwayOf(PathwayKind.Process)!.Ours)).Select(p => p.Year).Distinct().Order()
            .Where(y => members.All(s => s.PathwayOf(PathwayKind.Process)!.Ours.At(y) is not null))
            .Select(y => (y, members.Sum(s => s.PathwayOf(PathwayKind.Process)!.Ours.At(y)!.Target * s.Figures!.OutputTonnes) / output))];
    }

    private static decimal? ValueAt(List<(int Year, decimal Value)> pathway, int year) =>
        pathway.Where(p => p.Year == year).Select(p => (decimal?)p.Value).FirstOrDefault();

    /// <summary>The stage's actual intensity each stored year: its members' scope 1+2 over their output, years they all report.</summary>
    private static List<PlanPoint> StageActuals(IReadOnlyList<Prepared> members) =>
        [.. members.SelectMany(s => s.History.Append(s.Figures!)).GroupBy(f => f.ReportingYear)
            .Where(g => g.Select(f => f.Code).Distinct().Count() == members.Count && g.Sum(f => f.OutputTonnes) > 0)
            .OrderBy(g => g.Key)
            .Select(g => new PlanPoint(g.Key, (double)(g.Sum(f => f.Scope12Tco2e) / g.Sum(f => f.OutputTonnes))))];

    private static IEnumerable<PlanBlock> Performers(Context c)
    {
        var lang = c.Lang;
        var standings = Standings(c).OrderBy(x => x.Deviation).ThenBy(x => x.Subsidiary.Code, StringComparer.Ordinal).ToList();
        if (standings.Count == 0)
        {
            yield break;
        }
        yield return new PlanHeading(G.PerformersHeading.In(lang));
        var above = standings.Where(x => x.Above).ToList();
        yield return new PlanParagraph(G.PerformersLead.Format(c.Inputs.Year, standings.Count, above.Count, PlanNumbers.Tonnes(above.Sum(x => x.GapTco2e))).In(lang));
        var count = Math.Min(PerformerCount, (standings.Count + 1) / 2);
        yield return new PlanParagraph(G.TopPerformers.Format(count).In(lang));
        yield return PerformerTable(c, standings.Take(count), 1);
        yield return new PlanParagraph(G.BottomPerformers.Format(count).In(lang));
        yield return PerformerTable(c, Enumerable.Reverse(standings).Take(count), 1);
    }

    private static PlanTable PerformerTable(Context c, IEnumerable<Standing> rows, int first)
    {
        var lang = c.Lang;
        var year = c.Inputs.Year;
        return new PlanTable(
            [new(0.5f, PlanAlign.Right), new(2.6f, PlanAlign.Left), new(1.6f, PlanAlign.Left), new(1.1f, PlanAlign.Right), new(1.1f, PlanAlign.Right),
                new(1.0f, PlanAlign.Right), new(1.3f, PlanAlign.Right)],
            ["#", T.ColumnSubsidiary.In(lang), G.ColumnStage.In(lang), G.ColumnActual.Format(year).In(lang), G.ColumnPathwayAt.Format(year).In(lang),
                G.ColumnAgainstPathway.In(lang), G.ColumnGapToPathway.In(lang)],
            [.. rows.Select((x, i) => new PlanTableRow([PlanNumbers.Count(first + i), x.Subsidiary.Short(lang),
                ConsolidationTexts.Stage(x.Subsidiary.Data!.Workbook.Entity.ProductionStage).In(lang),
                PlanNumbers.Intensity(x.Actual), PlanNumbers.Intensity(x.Pathway), SignedPercent(x.Deviation), SignedTonnes(x.GapTco2e)]))]);
    }

    // The sign of the printed figure, so a difference that rounds away prints 0, not +0.
    private static string SignedPercent(decimal percent)
    {
        var printed = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        return printed == 0m ? "0%" : (printed > 0 ? "+" : "") + PlanNumbers.Share(printed) + "%";
    }

    private static string SignedTonnes(decimal tonnes) =>
        (Math.Round(tonnes, 0, MidpointRounding.AwayFromZero) > 0 ? "+" : "") + PlanNumbers.Tonnes(Math.Round(tonnes, 0, MidpointRounding.AwayFromZero) == 0 ? 0m : tonnes);
}
