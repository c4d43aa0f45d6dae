using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Progress in every plan after the base year: per subsidiary, each stored year against its pathway and targets, and
/// its inventories year by year; for the group, the consolidated figure of each year against the group target.
/// </summary>
internal static partial class PlanBuilder
{
    /// <summary>The group's progress against its target, or nothing in the target's base year.</summary>
    private static IEnumerable<PlanBlock> GroupProgress(Context c, TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var year = c.Inputs.Year;
        if (groupTarget is null || year <= groupTarget.BaseYear || TargetProgress.MetricOf(groupTarget) is not { } metric)
        {
            yield break;
        }
        yield return new PlanHeading(T.ProgressHeading.In(lang));
        var groupYears = GroupYears(c, groupTarget.BaseYear, year);
        if (!groupYears.TryGetValue(groupTarget.BaseYear, out var baseYear))
        {
            yield return new PlanParagraph(T.GroupBaseNotStored.Format(groupTarget.BaseYear).In(lang));
            yield break;
        }
        var result = TargetProgress.AssessGroup(groupTarget, groupYears.Values.Select(g => g.Figures));
        var latest = result?.Years.LastOrDefault(y => y.Year == year);
        if (result is null || latest is null)
        {
            yield return new PlanParagraph(T.GroupBaseNotStored.Format(groupTarget.BaseYear).In(lang));
            yield break;
        }
        var expired = groupTarget.TargetYear < year;
        var atTargetYear = result.Years.FirstOrDefault(y => y.Year == groupTarget.TargetYear);
        var status = expired
            ? (atTargetYear?.MeetsTarget ?? latest.MeetsTarget ? T.TargetMet : T.TargetMissed)
            : latest.MeetsTarget ? T.OnTrack : T.OffTrack;
        yield return new PlanParagraph(T.GroupProgressLine.Format(MetricName(metric), year, Value(metric, latest.Actual), groupTarget.BaseYear,
            Value(metric, result.BaseValue), Change(latest.Actual, result.BaseValue), groupTarget.TargetYear,
            Change(result.TargetLevelAtTargetYear, result.BaseValue), Value(metric, result.TargetLevelAtTargetYear), status).In(lang));
        foreach (var note in BaseYearRecalculationNotes(c))
        {
            yield return note;
        }
        if (c.Inputs.StructuralChange is { } structural)
        {
            foreach (var line in RecalculationStatements.Structural(structural, c.Inputs.Group.Targets, c.Inputs.Group.Recalculation.ThresholdPercent))
            {
                yield return new PlanParagraph(line.In(lang), PlanTextStyle.Note);
            }
        }
        if (GroupMethodsDiffer(c, groupTarget.BaseYear, year) is { } methods)
        {
            yield return new PlanParagraph(methods.In(lang), PlanTextStyle.Note);
        }
        var lacking = baseYear.Members.Except(groupYears[year].Members).Order(StringComparer.Ordinal).ToList();
        if (lacking.Count > 0)
        {
            yield return new PlanParagraph(T.GroupNotComparable.Format(year, string.Join(T.ListSeparator.In(lang), lacking)).In(lang), PlanTextStyle.Note);
        }
        if (expired)
        {
            yield return new PlanParagraph(T.GroupTargetExpired.Format(groupTarget.TargetYear, status).In(lang), PlanTextStyle.Note);
        }
        yield return ProgressTable(result, lang);
    }

    /// <summary>
    /// ISO 14064-1 §6.4: a plan after the base year says whether the base was recalculated, and if so by whom, when,
    /// why, and the figure as first reported beside the recalculated one.
    /// </summary>
    private static IEnumerable<PlanParagraph> BaseYearRecalculationNotes(Context c)
    {
        var lang = c.Lang;
        if (c.Inputs.BaseYearRecalculations.Count == 0)
        {
            yield return new PlanParagraph(T.NoBaseYearRecalculation.In(lang), PlanTextStyle.Note);
            yield break;
        }
        foreach (var r in c.Inputs.BaseYearRecalculations)
        {
            var (from, to) = (r.OldTotals.Scope12LocationBasedTco2e, r.NewTotals.Scope12LocationBasedTco2e);
            yield return new PlanParagraph(T.BaseYearRecalculated.Format(r.SubsidiaryCode, r.Period.ToString(), r.When.UtcDateTime, r.Who,
                PlanNumbers.Tonnes(from), PlanNumbers.Tonnes(to), Change(to, from), r.Reason).In(lang), PlanTextStyle.Note);
        }
        foreach (var line in RecalculationStatements.Significance(c.Inputs.BaseYearRecalculations, code => TargetsOf(c, code),
                     c.Inputs.Group.Recalculation.ThresholdPercent))
        {
            yield return new PlanParagraph(line.In(lang), PlanTextStyle.Note);
        }
    }

    /// <summary>The targets a subsidiary's base is judged by: its own, and the group's.</summary>
    private static IEnumerable<TargetDeclaration> TargetsOf(Context c, string code) =>
        (c.Subsidiaries.FirstOrDefault(s => s.Code == code)?.Data?.Workbook.Targets ?? []).Concat(c.Inputs.Group.Targets);

    /// <summary>The group's compared years, when its members' inventories of those years were calculated by more than one method.</summary>
    private static Bilingual? GroupMethodsDiffer(Context c, int fromYear, int toYear)
    {
        var inventories = c.Subsidiaries
            .SelectMany(s => s.Earlier.Where(e => e.ReportingYear >= fromYear).Concat(s.Data is { } d ? [d.Inventory] : []))
            .Where(i => i.ReportingYear <= toYear)
            .ToList();
        return RecalculationStatements.MethodsDiffer(RecalculationTexts.TheGroup, inventories);
    }

    /// <summary>A subsidiary's years since its base: inventories year by year, then each target's progress.</summary>
    private static IEnumerable<PlanBlock> SubsidiaryProgress(Context c, Prepared s)
    {
        var lang = c.Lang;
        if (s.Data is not { } d || s.Base is not { } baseFigures || baseFigures.ReportingYear >= s.Figures!.ReportingYear)
        {
            yield break;
        }
        var years = s.History.Where(f => f.ReportingYear >= baseFigures.ReportingYear).Append(s.Figures).ToList();
        var inventories = s.Earlier.Where(i => i.ReportingYear >= baseFigures.ReportingYear).Append(d.Inventory).ToList();
        yield return new PlanParagraph(T.YearByYearLead.In(lang));
        if (RecalculationStatements.MethodsDiffer(new Bilingual(s.Code, s.Code), inventories) is { } methods)
        {
            yield return new PlanParagraph(methods.In(lang), PlanTextStyle.Note);
        }
        var header = new List<string> { T.ColumnYear.In(lang) };
        header.AddRange(Enumerable.Range(1, 4).Select(n => T.ColumnCategoryShort.Format(n).In(lang)));
        header.Add(T.ColumnIntensity.In(lang));
        header.Add(T.ColumnPurchasedIntensity.In(lang));
        yield return new PlanTable(
            [new(1.6f, PlanAlign.Left), new(1.3f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.2f, PlanAlign.Right), new(1.5f, PlanAlign.Right),
                new(1.7f, PlanAlign.Right), new(1.5f, PlanAlign.Right)],
            header,
            [.. inventories.Select(i => new PlanTableRow([
                i.ReportingYear == baseFigures.ReportingYear ? T.BaseYearMark.Format(i.ReportingYear).In(lang) : PlanNumbers.Year(i.ReportingYear),
                .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(i.CategoryEmissions(n, Method))),
                PlanNumbers.Intensity(i.Scope12Intensity(Method)),
                i.PurchasedAluminiumIntensity is { } purchased ? PlanNumbers.Pathway(PathwayKind.PurchasedAluminium, purchased) : PlanNumbers.Intensity(null)]))]);

        foreach (var target in d.Workbook.Targets)
        {
            var kind = TargetProgress.MetricOf(target) switch
            {
                TargetMetricKind.ProcessIntensity => PathwayKind.Process,
                TargetMetricKind.PurchasedAluminiumIntensity => PathwayKind.PurchasedAluminium,
                _ => (PathwayKind?)null,
            };
            // Targets are measured from the base the plan uses, whatever base year the row names (a warning says so).
            var measured = target with { BaseYear = baseFigures.ReportingYear };
            if (TargetProgress.Assess(s.Code, measured, years, kind is { } k ? s.PathwayOf(k)?.Ours : null) is not { } result
                || result.Years.LastOrDefault() is not { } latest)
            {
                continue;
            }
            var expired = target.TargetYear < c.Inputs.Year;
            var atTargetYear = result.Years.FirstOrDefault(y => y.Year == target.TargetYear);
            var status = expired
                ? (atTargetYear?.MeetsTarget ?? latest.MeetsTarget ? T.TargetMet : T.TargetMissed)
                : latest.MeetsTarget ? T.OnTrack : T.OffTrack;
            yield return new PlanParagraph(T.TargetProgressLead.Format(target.Row, MetricName(result.Metric), WorkbookText(target.WordingIn(lang), lang)).In(lang));
            yield return new PlanParagraph(T.TargetProgressSummary.Format(latest.Year, Change(latest.Actual, result.BaseValue), target.TargetYear,
                Change(result.TargetLevelAtTargetYear, result.BaseValue), status).In(lang));
            yield return ProgressTable(result, lang);
        }
        foreach (var block in MeasuresRealised(s, lang))
        {
            yield return block;
        }
    }

    /// <summary>Measures whose realised saving the workbook states, beside the saving the plan quantifies for them.</summary>
    private static IEnumerable<PlanBlock> MeasuresRealised(Prepared s, Language lang)
    {
        var stated = s.Data!.Workbook.Measures.Where(m => m.RealisedReductionTco2e is not null).ToList();
        if (stated.Count == 0)
        {
            yield break;
        }
        yield return new PlanParagraph(T.MeasuresRealisedLead.In(lang));
        yield return new PlanTable(
            [new(3.2f, PlanAlign.Left), new(1.5f, PlanAlign.Right), new(1.5f, PlanAlign.Right), new(1.2f, PlanAlign.Right)],
            [T.ColumnMeasure.In(lang), T.ColumnPlanned.In(lang), T.ColumnRealised.In(lang), T.ColumnRealisedShare.In(lang)],
            [.. stated.Select(m =>
            {
                var planned = s.Effects.FirstOrDefault(e => e.Row == m.Row)?.AnnualTco2e;
                var realised = m.RealisedReductionTco2e!.Value;
                return new PlanTableRow([WorkbookText(m.NameIn(lang), lang), planned is { } p ? PlanNumbers.Saving(p) : T.NotQuantified.In(lang), PlanNumbers.Saving(realised),
                    planned is > 0 ? PlanNumbers.Percent(Math.Round(realised / planned.Value * 100m, 0)) : ""]);
            })]);
    }

    private static PlanTable ProgressTable(TargetProgressResult result, Language lang)
    {
        var rows = new List<PlanTableRow>
        {
            new([T.BaseYearMark.Format(result.Target.BaseYear).In(lang), Value(result.Metric, result.BaseValue), "", Value(result.Metric, result.BaseValue), "", "", ""]),
        };
        rows.AddRange(result.Years.Select(y => new PlanTableRow([PlanNumbers.Year(y.Year), Value(result.Metric, y.Actual),
            y.PathwayLevel is { } p ? Value(result.Metric, p) : "", Value(result.Metric, y.TargetLevel), Signed(PlanNumbers.Tonnes(y.GapToTargetTco2e), y.GapToTargetTco2e),
            Signed(PlanNumbers.Percent(Math.Round(y.GapToTargetPercent, 1)), y.GapToTargetPercent), (y.MeetsTarget ? T.OnTrack : T.OffTrack).In(lang)])));
        return new PlanTable(
            [new(1.6f, PlanAlign.Left), new(1.3f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.4f, PlanAlign.Right),
                new(1.1f, PlanAlign.Right), new(1.5f, PlanAlign.Left)],
            [T.ColumnYear.In(lang), T.ColumnActual.In(lang), T.ColumnPathwayLevel.In(lang), T.ColumnTargetLevel.In(lang), T.ColumnGapTco2e.In(lang),
                T.ColumnGapPercent.In(lang), T.ColumnProgressStatus.In(lang)],
            rows);
    }

    /// <summary>The group consolidated for each year from <paramref name="fromYear"/> to the plan's year, by the one rule (<see cref="GroupYearSeries"/>).</summary>
    private static SortedDictionary<int, GroupYear> GroupYears(Context c, int fromYear, int toYear) =>
        GroupYearSeries.Of(c.Subsidiaries.Select(s => (s.Registered, s.Earlier.Concat(s.Data is { } d ? [d.Inventory] : []))),
            c.Inputs.Group.Group.ConsolidationApproach, fromYear, toYear);

    private static Bilingual MetricName(TargetMetricKind metric) => metric switch
    {
        TargetMetricKind.ProcessIntensity => T.MetricProcessIntensity,
        TargetMetricKind.PurchasedAluminiumIntensity => T.MetricPurchasedIntensity,
        _ => T.MetricAbsolute,
    };

    /// <summary>Each metric at the one precision the plan prints it with (purchased aluminium to 1 decimal, as its pathway).</summary>
    internal static string Value(TargetMetricKind metric, decimal value) => metric switch
    {
        TargetMetricKind.AbsoluteScope12 => PlanNumbers.Tonnes(value),
        TargetMetricKind.PurchasedAluminiumIntensity => PlanNumbers.Pathway(PathwayKind.PurchasedAluminium, value),
        _ => PlanNumbers.Intensity(value),
    };

    /// <summary>The change from the base in percent, signed and to one decimal (−1.6).</summary>
    private static string Change(decimal value, decimal baseValue) =>
        baseValue == 0 ? "0" : Signed(PlanNumbers.Percent(Math.Round((value - baseValue) / baseValue * 100m, 1)), value - baseValue);

    private static string Signed(string formatted, decimal value) => value > 0 && !formatted.StartsWith('+') ? "+" + formatted : formatted.Replace('-', '−');
}
