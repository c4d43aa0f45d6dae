using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using G = GhgReports.Localization.PlanGroupLevelTexts;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Sections 三 and 五 of a large group's plan (more subsidiaries than <see cref="PlanInputs.GroupLevelAbove"/>): the same
/// group figures as a small group's plan, summed by production stage and by theme instead of repeated per subsidiary,
/// whose own figures move to the annex.
/// </summary>
internal static partial class PlanBuilder
{
    /// <summary>Above this many registered subsidiaries the plan's body is group-level and each subsidiary gets an annex block.</summary>
    public const int GroupLevelThreshold = 20;

    /// <summary>How many measures the group-level section 五 lists by saving.</summary>
    private const int LargestMeasureCount = 10;

    /// <summary>A production stage as the workbooks declare it, with its included subsidiaries.</summary>
    private sealed record StageGroup(string? Stage, IReadOnlyList<Prepared> Members, int Registered)
    {
        public Bilingual Name => ConsolidationTexts.Stage(Stage);
    }

    /// <summary>The stages in the order the register first names them; a missing subsidiary counts under its registered stage.</summary>
    private static List<StageGroup> Stages(Context c) =>
        [.. c.Subsidiaries
            .GroupBy(s => s.Data?.Workbook.Entity.ProductionStage ?? s.Registered.ProductionStage)
            .Select(g => new StageGroup(g.Key, [.. g.Where(s => s.Data is not null)], g.Count()))];

    private static PlanSection GroupStatus(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock>
        {
            new PlanParagraph(G.StatusLead.Format(c.Subsidiaries.Count, c.Inputs.GroupLevelAbove, c.Inputs.Year).In(lang)),
        };
        var header = new List<string> { G.ColumnStage.In(lang), G.ColumnMembers.In(lang) };
        header.AddRange(Enumerable.Range(1, 4).Select(n => T.ColumnCategoryShort.Format(n).In(lang)));
        header.Add(T.ColumnIntensity.In(lang));
        var stages = Stages(c);
        var rows = stages.Select(st =>
        {
            var scope12 = st.Members.Sum(s => s.Figures!.Scope12Tco2e);
            var output = st.Members.Sum(s => s.Figures!.OutputTonnes);
            return new PlanTableRow([st.Name.In(lang), $"{PlanNumbers.Count(st.Members.Count)} / {PlanNumbers.Count(st.Registered)}",
                .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(st.Members.Sum(s => s.Data!.Inventory.CategoryEmissions(n, Method)))),
                PlanNumbers.Intensity(output > 0 ? scope12 / output : null)]);
        }).ToList();

        var group = GroupTotal(c, rows);
        blocks.Add(new PlanTable([new(2.4f, PlanAlign.Left), new(1.6f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.3f, PlanAlign.Right),
            new(1.2f, PlanAlign.Right), new(1.4f, PlanAlign.Right), new(1.4f, PlanAlign.Right)], header, rows));
        blocks.Add(new PlanParagraph(G.StageRowsNote.In(lang), PlanTextStyle.Note));

        var missing = c.Missing.ToList();
        blocks.Add(new PlanParagraph(missing.Count == 0
            ? T.NoneMissing.Format(c.Subsidiaries.Count, c.Inputs.Year).In(lang)
            // Codes only: at hundreds of members the names would fill a page; the annex names each one.
            : G.MissingCount.Format(missing.Count, c.Inputs.Year, string.Join(T.ListSeparator.In(lang), missing.Select(s => s.Code))).In(lang)));
        if (group is not null)
        {
            // Counts, not the pack's sentence naming every member: each member's share is in its annex block.
            blocks.Add(new PlanParagraph(G.Consolidation.Format(ConsolidationTexts.Approach(group.Approach),
                group.Members.Count(m => m.Included && m.Share == 1m), group.Members.Count(m => !m.Included),
                group.Members.Count(m => m.Included && m.Share != 1m)).In(lang)));
            foreach (var stage in group.Stages)
            {
                blocks.Add(new PlanParagraph(G.StageIntensity.Format(ConsolidationTexts.Stage(stage.Stage), stage.Members.Count,
                    PlanNumbers.Tonnes(stage.Scope12LocationTco2e), PlanNumbers.Tonnes(stage.OutputTonnes), PlanNumbers.Intensity(stage.Intensity(Method))).In(lang)));
            }
            blocks.Add(new PlanParagraph(ConsolidationTexts.BlendedIntensity.Format(PlanNumbers.Tonnes(group.TotalScope12(Method)),
                PlanNumbers.Tonnes(group.OutputTonnes), PlanNumbers.Tonnes(group.IntraGroupTonnes), PlanNumbers.Intensity(group.Scope12Intensity(Method))).In(lang)));
            if (group.PeriodWarning is not null)
            {
                // Counted: the consolidation's own warning names every such member, hundreds of them in a large group.
                var offPeriod = c.Included.Count(s => !s.Data!.Inventory.Period.IsCalendarYear(c.Inputs.Year));
                blocks.Add(new PlanParagraph(G.PeriodsMixed.Format(offPeriod, c.Inputs.Year).In(lang), PlanTextStyle.Note));
            }
            blocks.AddRange(group.Notes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));
            blocks.AddRange(Hotspots(c, group));
        }
        blocks.Add(new PlanParagraph(T.CategoryNotesTitle.In(lang), PlanTextStyle.Note));
        blocks.AddRange(T.CategoryNotes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));
        return new PlanSection(T.Status.In(lang), blocks);
    }

    private static PlanSection GroupTargets(Context c, GhgReports.Submissions.TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var blocks = GroupTargetBlocks(c, groupTarget);
        blocks.AddRange(StagePathways(c));
        blocks.AddRange(Performers(c));
        return new PlanSection(T.Targets.In(lang), blocks);
    }

    private static PlanSection GroupMeasures(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanParagraph(G.MeasuresLead.In(lang)) };
        var all = c.Included
            .SelectMany(s => s.Data!.Workbook.Measures.Select(m => (Subsidiary: s, Measure: m, Effect: s.Effects.FirstOrDefault(e => e.Row == m.Row))))
            .ToList();
        if (all.Count == 0)
        {
            blocks.Add(new PlanParagraph(T.NoMeasures.In(lang)));
            return new PlanSection(T.Measures.In(lang), blocks);
        }
        var themes = new[] { T.ThemeEnergy, T.ThemeProduction, T.ThemeTransport, T.ThemeOther }
            .Select(theme => (Theme: theme, Items: all.Where(x => Theme(x.Measure.Type) == theme).ToList()))
            .Where(t => t.Items.Count > 0)
            .ToList();
        blocks.Add(new PlanTable(
            [new(2.4f, PlanAlign.Left), new(1.1f, PlanAlign.Right), new(1.2f, PlanAlign.Right), new(1.2f, PlanAlign.Right), new(1.6f, PlanAlign.Right)],
            [G.ColumnTheme.In(lang), G.ColumnMeasureCount.In(lang), G.ColumnSubsidiaryCount.In(lang), G.ColumnNotQuantified.In(lang), T.ColumnSaving.In(lang)],
            [.. themes.Select(t => new PlanTableRow([t.Theme.In(lang), PlanNumbers.Count(t.Items.Count),
                PlanNumbers.Count(t.Items.Select(x => x.Subsidiary.Code).Distinct().Count()),
                PlanNumbers.Count(t.Items.Count(x => x.Effect?.AnnualTco2e is null)),
                PlanNumbers.Tonnes(t.Items.Sum(x => x.Effect?.ReductionTco2e ?? 0m))]))]));

        var largest = all.Where(x => x.Effect?.ReductionTco2e is > 0m).OrderByDescending(x => x.Effect!.ReductionTco2e).Take(LargestMeasureCount).ToList();
        if (largest.Count > 0)
        {
            blocks.Add(new PlanParagraph(G.LargestMeasures.Format(largest.Count).In(lang)));
            blocks.Add(new PlanTable(
                [new(2.5f, PlanAlign.Left), new(2.5f, PlanAlign.Left), new(2.0f, PlanAlign.Left), new(1.4f, PlanAlign.Right)],
                [T.ColumnSubsidiary.In(lang), T.ColumnMeasure.In(lang), T.ColumnMethod.In(lang), T.ColumnSaving.In(lang)],
                [.. largest.Select(x => new PlanTableRow([x.Subsidiary.Short(lang), WorkbookText(x.Measure.NameIn(lang), lang),
                    PlanTexts.QuantificationLabel(x.Effect!.Quantification).In(lang), PlanNumbers.Saving(x.Effect.ReductionTco2e!.Value)]))]));
        }
        var saved = all.Sum(x => x.Effect?.ReductionTco2e ?? 0m);
        var scope12 = c.Included.Sum(s => s.Figures!.Scope12Tco2e);
        blocks.Add(new PlanParagraph(T.MeasuresTotal.Format(PlanNumbers.Tonnes(saved), PlanNumbers.Share(scope12 > 0 ? saved / scope12 * 100m : 0m)).In(lang)));
        blocks.AddRange(Economics(c));
        return new PlanSection(T.Measures.In(lang), blocks);
    }
}
