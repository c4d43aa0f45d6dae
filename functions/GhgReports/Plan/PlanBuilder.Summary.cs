using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// The executive summary, first after the cover: where the group stands against its base and target, the gap in
/// tCO2e, what the planned measures cover of it, the group's trajectory against a derived group pathway, and three
/// things to act on, chosen by a stated rule.
/// </summary>
internal static partial class PlanBuilder
{
    private static PlanSection Summary(Context c, TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var year = c.Inputs.Year;
        var blocks = new List<PlanBlock>();
        var baseYear = groupTarget?.BaseYear ?? year;
        var groupYears = GroupYears(c, Math.Min(baseYear, year), year);
        if (!groupYears.TryGetValue(year, out var current))
        {
            blocks.Add(new PlanParagraph(MissingSentence(c)));
            return new PlanSection(T.Summary.In(lang), blocks);
        }
        var figures = current.Figures;
        var intensity = figures.OutputTonnes > 0 ? figures.Scope12Tco2e / figures.OutputTonnes : (decimal?)null;
        blocks.Add(new PlanParagraph(T.SummaryStanding.Format(year, current.Members.Count, PlanNumbers.Tonnes(figures.Scope12Tco2e),
            PlanNumbers.Tonnes(figures.OutputTonnes), PlanNumbers.Intensity(intensity)).In(lang)));
        if (groupYears.TryGetValue(baseYear, out var baseline) && baseYear < year && baseline.Figures.OutputTonnes > 0 && intensity is { } now)
        {
            var baseIntensity = baseline.Figures.Scope12Tco2e / baseline.Figures.OutputTonnes;
            blocks.Add(new PlanParagraph(T.SummaryAgainstBase.Format(baseYear, PlanNumbers.Intensity(baseIntensity), Change(now, baseIntensity),
                PlanNumbers.Tonnes(baseline.Figures.Scope12Tco2e), Change(figures.Scope12Tco2e, baseline.Figures.Scope12Tco2e)).In(lang)));
        }

        var gap = GapToTarget(groupTarget, groupYears, figures);
        var planned = c.Included.SelectMany(s => s.Effects)
            .Where(e => e.ReductionTco2e is not null)
            .Sum(e => e.ReductionTco2e!.Value);
        if (groupTarget is not null && gap is { } g)
        {
            blocks.Add(new PlanParagraph((g.Tonnes > 0 ? T.SummaryGap : T.SummaryNoGap).Format(groupTarget.TargetYear, Value(g.Metric, g.Level),
                PlanNumbers.Tonnes(Math.Abs(g.Tonnes))).In(lang)));
            if (g.Tonnes > 0)
            {
                blocks.Add(new PlanParagraph((planned >= g.Tonnes ? T.SummaryMeasuresCover : T.SummaryMeasuresShort).Format(PlanNumbers.Tonnes(planned),
                    PlanNumbers.Percent(Math.Round(planned / g.Tonnes * 100m, 0)), PlanNumbers.Tonnes(Math.Max(0m, g.Tonnes - planned))).In(lang)));
            }
        }
        if (groupTarget is not null && gap is { } gw && Waterfall(c, groupTarget, groupYears, figures, gw, planned) is { } waterfall)
        {
            blocks.Add(waterfall);
        }
        if (GroupChart(c, groupYears) is { } chart)
        {
            blocks.Add(chart);
        }
        blocks.Add(new PlanHeading(T.SummaryActionsHeading.In(lang)));
        blocks.Add(new PlanParagraph(T.SummaryActionsRule.In(lang), PlanTextStyle.Note));
        var actions = Actions(c).Select((a, i) => (PlanBlock)new PlanParagraph($"{i + 1}. {a.In(lang)}")).ToList();
        blocks.AddRange(actions.Count > 0 ? actions : [new PlanParagraph(T.SummaryNoActions.In(lang))]);
        return new PlanSection(T.Summary.In(lang), blocks);
    }

    private sealed record TargetGap(TargetMetricKind Metric, decimal Level, decimal Tonnes);

    /// <summary>
    /// What still separates this year from the group target's level in its target year, in tCO2e at this year's output:
    /// positive means reductions still needed.
    /// </summary>
    private static TargetGap? GapToTarget(TargetDeclaration? target, SortedDictionary<int, GroupYear> groupYears, SubsidiaryFigures current)
    {
        if (target is null || TargetProgress.MetricOf(target) is not { } metric || metric == TargetMetricKind.PurchasedAluminiumIntensity
            || !groupYears.TryGetValue(target.BaseYear, out var baseline) || baseline.Figures.OutputTonnes <= 0 || current.OutputTonnes <= 0)
        {
            return null;
        }
        var baseValue = metric == TargetMetricKind.AbsoluteScope12 ? baseline.Figures.Scope12Tco2e : baseline.Figures.Scope12Tco2e / baseline.Figures.OutputTonnes;
        if (TargetProgress.LevelAt(target, baseValue, target.TargetYear) is not { } level)
        {
            return null;
        }
        var tonnes = metric == TargetMetricKind.AbsoluteScope12
            ? current.Scope12Tco2e - level
            : current.Scope12Tco2e - level * current.OutputTonnes;
        return new TargetGap(metric, level, tonnes);
    }

    /// <summary>
    /// The gap in tCO2e as a waterfall: the base year's scope 1+2, the change since, the quantified measures, what then
    /// remains to the target (or lies beyond it), and the target's level at this year's output.
    /// </summary>
    private static PlanWaterfall? Waterfall(Context c, TargetDeclaration target, SortedDictionary<int, GroupYear> groupYears,
        SubsidiaryFigures current, TargetGap gap, decimal planned)
    {
        if (!groupYears.TryGetValue(target.BaseYear, out var baseline))
        {
            return null;
        }
        var lang = c.Lang;
        var baseTonnes = baseline.Figures.Scope12Tco2e;
        var targetTonnes = current.Scope12Tco2e - gap.Tonnes;
        var afterMeasures = current.Scope12Tco2e - planned;
        var remaining = targetTonnes - afterMeasures;
        PlanBar[] bars =
        [
            new(T.WaterfallBase.Format(target.BaseYear).In(lang), baseTonnes, PlanBarKind.Level),
            new(T.WaterfallChangeToDate.Format(c.Inputs.Year).In(lang), current.Scope12Tco2e - baseTonnes, PlanBarKind.Change),
            new(T.WaterfallMeasures.In(lang), -planned, PlanBarKind.Change),
            new((remaining <= 0 ? T.WaterfallRemainingGap : T.WaterfallBeyondTarget).In(lang), remaining, PlanBarKind.Change),
            new(T.WaterfallTarget.Format(target.TargetYear).In(lang), targetTonnes, PlanBarKind.Level),
        ];
        var floor = AxisFloor([baseTonnes, current.Scope12Tco2e, afterMeasures, targetTonnes]);
        c.FigureNumber++;
        var axisNote = floor > 0 ? T.WaterfallAxisFloor.Format(PlanNumbers.Tonnes(floor)) : new Bilingual("", "");
        return new PlanWaterfall(T.WaterfallCaption.Format(c.FigureNumber, axisNote).In(lang), T.AxisScope12Tco2e.In(lang), bars, floor);
    }

    /// <summary>
    /// Where the waterfall's axis starts: a round figure one span of the levels below the lowest, so changes of a few
    /// percent of the total stay visible; zero when the levels are that far apart anyway.
    /// </summary>
    private static decimal AxisFloor(IReadOnlyList<decimal> levels)
    {
        var low = levels.Min();
        var span = levels.Max() - low;
        if (low <= 0 || span <= 0)
        {
            return 0m;
        }
        var step = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)span)));
        var floor = Math.Floor((low - span) / step) * step;
        return floor > 0 ? floor : 0m;
    }

    /// <summary>
    /// The group's actual intensity each year against a derived group pathway: the entity pathways weighted by this
    /// year's output. ASI publishes no group pathway, so the chart says it is derived.
    /// </summary>
    private static PlanChart? GroupChart(Context c, SortedDictionary<int, GroupYear> groupYears)
    {
        var lang = c.Lang;
        var weighted = c.Included.Where(s => s.PathwayOf(PathwayKind.Process) is not null && s.Figures!.OutputTonnes > 0).ToList();
        if (weighted.Count == 0)
        {
            return null;
        }
        var pathways = weighted.Select(s => (s.PathwayOf(PathwayKind.Process)!.Ours, s.Figures!.OutputTonnes)).ToList();
        var horizon = Math.Max(PathwayHorizon, pathways.Max(p => p.Ours.BaseYear));
        var derived = DerivedGroupPathway.Of(pathways).Where(p => p.Year <= horizon).Select(p => new PlanPoint(p.Year, (double)p.Target)).ToList();
        var actual = groupYears.Values.Where(g => g.Figures.OutputTonnes > 0)
            .Select(g => new PlanPoint(g.Figures.ReportingYear, (double)(g.Figures.Scope12Tco2e / g.Figures.OutputTonnes))).ToList();
        c.FigureNumber++;
        return new PlanChart(T.SummaryChart.Format(c.FigureNumber).In(lang), T.AxisYear.In(lang), T.AxisIntensity.In(lang),
        [
            new PlanSeries(T.SeriesDerivedGroupPathway.In(lang), PlanSeriesKind.Target, derived),
            new PlanSeries(T.SeriesActual.In(lang), PlanSeriesKind.Actual, actual),
        ]);
    }

    /// <summary>
    /// Three things to act on, by a fixed rule: the largest gap to a pathway (tCO2e), the warnings about the largest
    /// emitter that has any, and the largest emitter's measures that the plan cannot quantify.
    /// </summary>
    private static IEnumerable<Bilingual> Actions(Context c)
    {
        var year = c.Inputs.Year;
        var behind = c.Included
            .Select(s => (s, Pathway: s.PathwayOf(PathwayKind.Process)?.Ours.At(year)))
            .Where(x => x.Pathway is not null && x.s.Figures!.OutputTonnes > 0)
            .Select(x => (x.s, Gap: x.s.Figures!.Scope12Tco2e - x.Pathway!.Target * x.s.Figures.OutputTonnes))
            .Where(x => x.Gap > 0)
            // A value tuple's MaxBy throws on an empty sequence: nobody behind is the default, not an error.
            .DefaultIfEmpty()
            .MaxBy(x => x.Gap);
        if (behind.s is not null)
        {
            yield return T.ActionLargestGap.Format(Label(behind.s), PlanNumbers.Tonnes(behind.Gap), year);
        }
        var byEmissions = c.Included.OrderByDescending(s => s.Figures!.Scope12Tco2e).ToList();
        if (byEmissions.Select(s => (s, Count: c.Notices.Count(n => n.SubsidiaryCode == s.Code))).FirstOrDefault(x => x.Count > 0) is { s: not null } warned)
        {
            yield return T.ActionWarnings.Format(Label(warned.s), warned.Count);
        }
        if (byEmissions.Select(s => (s, Names: s.Data!.Workbook.Measures
                    .Where(m => (s.Effects.FirstOrDefault(e => e.Row == m.Row)?.Quantification ?? MeasureQuantification.NotQuantified) == MeasureQuantification.NotQuantified)
                    .Select(m => m.NameIn(c.Lang)).ToList()))
                .FirstOrDefault(x => x.Names.Count > 0) is { s: not null } unquantified)
        {
            yield return T.ActionUnquantified.Format(Label(unquantified.s), string.Join(T.ListSeparator.In(c.Lang), unquantified.Names));
        }

        Bilingual Label(Prepared s) => new(s.Name(Language.Zh), s.Name(Language.En));
    }
}
