using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>Section 四: targets, the pathway tables beside the declared ones, and the pathway charts.</summary>
internal static partial class PlanBuilder
{
    private static PlanSection Targets(Context c, GhgReports.Submissions.TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var blocks = GroupTargetBlocks(c, groupTarget);
        blocks.Add(new PlanParagraph(T.SubsidiaryTargetsLead.In(lang)));

        var number = 0;
        foreach (var s in c.Subsidiaries)
        {
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, s.Name(Language.Zh), s.Name(Language.En)).In(lang)));
            if (s.Data is not { } d)
            {
                blocks.Add(new PlanParagraph(T.MissingTargetsSection.Format(s.Name(lang), c.Inputs.Year).In(lang)));
                continue;
            }
            var goals = d.Workbook.Goals.In(lang);
            if (!string.IsNullOrWhiteSpace(goals.Statement))
            {
                blocks.Add(new PlanParagraph(WorkbookText(goals.Statement, lang)));
            }
            if (s.NoPathwayReason is { } reason)
            {
                blocks.Add(new PlanParagraph(T.NoPathway.Format(s.Short(lang), reason).In(lang)));
            }
            else
            {
                blocks.Add(new PlanParagraph(T.PathwayTableLead.Format(s.Base!.ReportingYear, $"{c.Inputs.Curves.Id}@{c.Inputs.Curves.Version}").In(lang)));
                if (s.BaseYearNotStored)
                {
                    blocks.Add(new PlanParagraph(T.BaseYearNotStored.Format(d.Workbook.Entity.BaseYear, s.Base.ReportingYear).In(lang), PlanTextStyle.Note));
                }
                blocks.Add(PathwayTable(s, lang));
                if (c.Inputs.Curves.Provisional)
                {
                    blocks.Add(new PlanParagraph(PlanTexts.ProvisionalCurvesNote.In(lang), PlanTextStyle.Note));
                }
            }
            if (c.NoteFor(s.Code, PlanNoticePlace.Pathway) is { } note)
            {
                blocks.Add(note);
            }
            if (!string.IsNullOrWhiteSpace(goals.Explanation))
            {
                blocks.Add(new PlanParagraph(T.ExplanationLead.Format(WorkbookText(goals.Explanation, lang)).In(lang)));
            }
            var goalLines = new List<string>();
            AddIf(goalLines, goals.ShortTerm, T.ShortTerm, lang);
            AddIf(goalLines, goals.MidTerm, T.MidTerm, lang);
            AddIf(goalLines, goals.LongTerm, T.LongTerm, lang);
            if (goalLines.Count == 0)
            {
                goalLines.AddRange(d.Workbook.Targets.Where(t => !string.IsNullOrWhiteSpace(t.Wording)).Select(t => T.DeclaredTarget.Format(WorkbookText(t.WordingIn(lang), lang)).In(lang)));
            }
            if (goalLines.Count > 0)
            {
                blocks.Add(new PlanParagraph(T.GoalsLead.Format(s.Short(lang)).In(lang)));
                blocks.AddRange(goalLines.Select((g, i) => new PlanParagraph($"{i + 1}. {g}")));
            }
            if (!string.IsNullOrWhiteSpace(goals.Notes))
            {
                blocks.Add(new PlanParagraph(WorkbookText(goals.Notes, lang), PlanTextStyle.Note));
            }
            blocks.AddRange(SubsidiaryProgress(c, s));
            foreach (var kind in new[] { PathwayKind.Process, PathwayKind.PurchasedAluminium })
            {
                if (s.PathwayOf(kind) is { } comparison)
                {
                    blocks.Add(Chart(c, s, comparison, d));
                }
            }
        }
        return new PlanSection(T.Targets.In(lang), blocks);
    }

    private static void AddIf(List<string> lines, string? text, Bilingual format, Language lang)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.Add(format.Format(WorkbookText(text, lang)).In(lang));
        }
    }

    private static PlanTable PathwayTable(Prepared s, Language lang)
    {
        var years = s.Pathways.SelectMany(p => PathwayYears(p.Ours)).Select(p => p.Year).Distinct().Order().ToList();
        var columns = new List<PlanColumn> { new(5.0f, PlanAlign.Left) };
        columns.AddRange(years.Select(_ => new PlanColumn(1f, PlanAlign.Right)));
        var header = new List<string> { T.ColumnMetric.In(lang) };
        header.AddRange(years.Select(PlanNumbers.Year));
        var rows = new List<PlanTableRow>();
        foreach (var comparison in s.Pathways)
        {
            var kind = comparison.Ours.Kind;
            var label = (kind == PathwayKind.Process ? T.ProcessRow : T.PurchasedRow).In(lang);
            rows.Add(new PlanTableRow([label, .. years.Select(y => comparison.Ours.At(y) is { } p ? PlanNumbers.Pathway(kind, p.Target) : "")]));
            if (comparison.HasDeclaredTable)
            {
                var declared = comparison.Years.ToDictionary(y => y.Year, y => y.Declared);
                rows.Add(new PlanTableRow([label + T.DeclaredRowSuffix.In(lang),
                    .. years.Select(y => declared.TryGetValue(y, out var v) && v is { } value ? PlanNumbers.Pathway(kind, value) : "")]));
            }
        }
        return new PlanTable(columns, header, rows);
    }

    private static PlanChart Chart(Context c, Prepared s, PathwayComparison comparison, PlanSubsidiaryData data)
    {
        var lang = c.Lang;
        var kind = comparison.Ours.Kind;
        c.FigureNumber++;
        var caption = (kind == PathwayKind.Process ? T.ChartProcess : T.ChartPurchased).Format(c.FigureNumber, s.Short(lang)).In(lang);
        var target = PathwayYears(comparison.Ours).Select(p => new PlanPoint(p.Year, (double)p.Target)).ToList();
        var declared = comparison.Years.Where(y => y.Declared is not null).Select(y => new PlanPoint(y.Year, (double)y.Declared!.Value)).ToList();
        var actual = s.History.Append(s.Figures!)
            .Select(f => (f.ReportingYear, Value: kind == PathwayKind.Process ? (f.OutputTonnes > 0 ? f.ProcessIntensity : (decimal?)null) : f.PurchasedAluminiumIntensity))
            .Where(x => x.Value is not null)
            .DistinctBy(x => x.ReportingYear)
            .OrderBy(x => x.ReportingYear)
            .Select(x => new PlanPoint(x.ReportingYear, (double)x.Value!.Value))
            .ToList();
        var series = new List<PlanSeries> { new(T.SeriesTarget.In(lang), PlanSeriesKind.Target, target) };
        if (declared.Count > 0)
        {
            series.Add(new PlanSeries(T.SeriesDeclared.In(lang), PlanSeriesKind.Declared, declared));
        }
        series.Add(new PlanSeries(T.SeriesActual.In(lang), PlanSeriesKind.Actual, actual));
        return new PlanChart(caption, T.AxisYear.In(lang), T.AxisIntensity.In(lang), series);
    }

    /// <summary>How section 四 opens, for every group size: the group's target in its own words (or that there is
    /// none), then the group's progress against it.</summary>
    private static List<PlanBlock> GroupTargetBlocks(Context c, GhgReports.Submissions.TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock>();
        if (groupTarget is null)
        {
            blocks.Add(new PlanParagraph(T.NoGroupTarget.In(lang)));
        }
        else
        {
            var composed = T.GroupTargetComposed.Format(groupTarget.BaseYear, groupTarget.TargetYear, PlanNumbers.Percent(groupTarget.ReductionPercent ?? 0m));
            var wording = lang == Language.Zh && !string.IsNullOrWhiteSpace(groupTarget.Wording) ? groupTarget.Wording! : composed.In(lang);
            blocks.Add(new PlanParagraph(T.GroupTargetLead.Format(wording).In(lang)));
        }
        blocks.AddRange(GroupProgress(c, groupTarget));
        return blocks;
    }
}
