using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>Section 三: the inventory by ISO 14064-1 category, per subsidiary and for the group.</summary>
internal static partial class PlanBuilder
{
    private static PlanSection Status(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanParagraph(T.StatusLead.Format(c.Inputs.Year).In(lang)) };

        var header = new List<string> { T.ColumnSubsidiary.In(lang), T.ColumnPeriod.In(lang) };
        header.AddRange(Enumerable.Range(1, 4).Select(n => T.ColumnCategoryShort.Format(n).In(lang)));
        header.Add(T.ColumnIntensity.In(lang));
        var rows = c.Subsidiaries.Select(s => s.Data is { } d
            ? new PlanTableRow([s.Short(lang), Period(d.Inventory.Period, lang),
                .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(d.Inventory.CategoryEmissions(n, Method))),
                PlanNumbers.Intensity(d.Inventory.Scope12Intensity(Method))])
            : new PlanTableRow([s.Short(lang), T.Missing.In(lang), .. Enumerable.Repeat(T.MissingCell.In(lang), 5)])).ToList();

        var group = GroupTotal(c, rows);
        blocks.Add(new PlanTable([new(3.0f, PlanAlign.Left), new(1.3f, PlanAlign.Left), new(1.1f, PlanAlign.Right), new(1.1f, PlanAlign.Right),
            new(1.1f, PlanAlign.Right), new(1.4f, PlanAlign.Right), new(1.4f, PlanAlign.Right)], header, rows));

        blocks.Add(new PlanParagraph(MissingSentence(c)));
        if (group is not null)
        {
            blocks.AddRange(GroupIntensityParagraphs(group, lang));
            if (group.PeriodWarning is { } period)
            {
                blocks.Add(new PlanParagraph(period.Text.In(lang), PlanTextStyle.Note));
            }
            blocks.AddRange(group.Notes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));
        }
        if (group is not null)
        {
            blocks.AddRange(Hotspots(c, group));
        }
        blocks.Add(new PlanParagraph(T.CategoryNotesTitle.In(lang), PlanTextStyle.Note));
        blocks.AddRange(T.CategoryNotes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));

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
            var inventory = d.Inventory;
            blocks.Add(new PlanParagraph(T.SubsidiaryPeriod.Format(Period(inventory.Period, lang)).In(lang)));
            var significance = d.Workbook.Entity.Significance.ToDictionary(x => x.Category);
            var categoryRows = IsoCategoriesRows(inventory, significance, lang);
            blocks.Add(new PlanTable([new(0.9f, PlanAlign.Left), new(3.6f, PlanAlign.Left), new(1.5f, PlanAlign.Right)],
                [T.ColumnCategory.In(lang), T.ColumnDescription.In(lang), T.ColumnTco2e.In(lang)], categoryRows));
            blocks.Add(new PlanParagraph(inventory.Scope12Intensity(Method) is { } intensity
                ? T.IntensityLine.Format(PlanNumbers.Tonnes(inventory.TotalScope12(Method)), PlanNumbers.Tonnes(inventory.OutputTonnes), PlanNumbers.Intensity(intensity)).In(lang)
                : T.IntensityNoOutput.Format(PlanNumbers.Tonnes(inventory.TotalScope12(Method))).In(lang)));
            var purchased = inventory.PurchasedAluminium;
            if (inventory.PurchasedAluminiumIntensity is { } purchasedIntensity)
            {
                blocks.Add(new PlanParagraph(InventoryTexts.PurchasedAluminiumLine.Format(PlanNumbers.Tonnes(purchased.AluminiumTco2e),
                    PlanNumbers.Tonnes(inventory.PurchasedAluminiumTonnes), PlanNumbers.Pathway(PathwayKind.PurchasedAluminium, purchasedIntensity), PlanNumbers.Tonnes(purchased.OtherGoodsTco2e)).In(lang)));
            }
            if (purchased.Warning is { } materialWarning)
            {
                blocks.Add(new PlanParagraph(materialWarning.In(lang), PlanTextStyle.Note));
            }
            if (c.NoteFor(s.Code, PlanNoticePlace.Inventory) is { } note)
            {
                blocks.Add(note);
            }
        }
        return new PlanSection(T.Status.In(lang), blocks);
    }

    private static List<PlanTableRow> IsoCategoriesRows(SubsidiaryInventory inventory,
        Dictionary<int, GhgReports.Submissions.SignificanceDecision> significance, Language lang)
    {
        var rows = new List<PlanTableRow>();
        foreach (var (number, zh, en) in Inventory.Classification.IsoCategories.Categories)
        {
            var value = inventory.CategoryEmissions(number, Method);
            // Categories 5 and 6 are optional: a zero the subsidiary excluded is "not included", not a measured zero.
            var excluded = value == 0m && significance.TryGetValue(number, out var decision) && !decision.Included;
            if (number > 4 && value == 0m && !excluded)
            {
                continue;
            }
            rows.Add(new PlanTableRow([T.CategoryRow.Format(number).In(lang), lang == Language.Zh ? zh : en,
                excluded ? T.NotIncluded.In(lang) : PlanNumbers.Tonnes(value)]));
        }
        return rows;
    }

    /// <summary>
    /// How the group consolidates (the pack's sentence), its intensity per production stage, and the blended figure over
    /// all stages, labelled as such.
    /// </summary>
    private static IEnumerable<PlanParagraph> GroupIntensityParagraphs(GroupInventory group, Language lang)
    {
        yield return new PlanParagraph(ConsolidationTexts.Describe(group).In(lang));
        var stages = group.Stages;
        if (stages.Count > 0)
        {
            yield return new PlanParagraph(ConsolidationTexts.StageIntensitiesTitle.In(lang));
            foreach (var stage in stages)
            {
                yield return new PlanParagraph(ConsolidationTexts.StageIntensity.Format(ConsolidationTexts.Stage(stage.Stage),
                    string.Join(", ", stage.Members), PlanNumbers.Tonnes(Method == Scope2Method.MarketBased ? stage.Scope12MarketTco2e : stage.Scope12LocationTco2e),
                    PlanNumbers.Tonnes(stage.OutputTonnes), PlanNumbers.Intensity(stage.Intensity(Method))).In(lang));
            }
        }
        yield return new PlanParagraph(ConsolidationTexts.BlendedIntensity.Format(PlanNumbers.Tonnes(group.TotalScope12(Method)),
            PlanNumbers.Tonnes(group.OutputTonnes), PlanNumbers.Tonnes(group.IntraGroupTonnes), PlanNumbers.Intensity(group.Scope12Intensity(Method))).In(lang));
    }

    private static string MissingSentence(Context c)
    {
        var lang = c.Lang;
        var missing = c.Missing.ToList();
        if (missing.Count == 0)
        {
            return T.NoneMissing.Format(c.Subsidiaries.Count, c.Inputs.Year).In(lang);
        }
        var names = string.Join(T.ListSeparator.In(lang), missing.Select(s => T.MissingOne.Format(s.Name(lang), s.Code).In(lang)));
        return T.MissingSubsidiaries.Format(c.Inputs.Year, names).In(lang);
    }

    /// <summary>
    /// The group's inventory consolidated from the subsidiaries included, with its total row added to a table of
    /// categories 1–4 and intensity (the status table and, for large groups, the stage table); null when none is included.
    /// </summary>
    private static GroupInventory? GroupTotal(Context c, List<PlanTableRow> rows)
    {
        var included = c.Included.ToList();
        if (included.Count == 0)
        {
            return null;
        }
        var group = GroupConsolidator.Consolidate(
            [.. included.Select(s => s.Registered.Consolidating(s.Data!.Inventory))],
            c.Inputs.Group.Group.ConsolidationApproach, c.Inputs.Year);
        rows.Add(new PlanTableRow([T.GroupTotalRow.Format(included.Count).In(c.Lang), "",
            .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(group.CategoryEmissions(n, Method))),
            PlanNumbers.Intensity(group.Scope12Intensity(Method))], Emphasis: true));
        return group;
    }
}
