using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>Section 五 and the appendix: measures with their savings; warnings, factors and lineage.</summary>
internal static partial class PlanBuilder
{
    private static PlanSection Measures(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanParagraph(T.MeasuresLead.In(lang)) };
        var all = c.Included
            .SelectMany(s => s.Data!.Workbook.Measures.Select(m => (Subsidiary: s, Measure: m, Effect: s.Effects.FirstOrDefault(e => e.Row == m.Row))))
            .ToList();
        if (all.Count == 0)
        {
            blocks.Add(new PlanParagraph(T.NoMeasures.In(lang)));
            return new PlanSection(T.Measures.In(lang), blocks);
        }
        var number = 0;
        foreach (var theme in new[] { T.ThemeEnergy, T.ThemeProduction, T.ThemeTransport, T.ThemeOther })
        {
            var items = all.Where(x => Theme(x.Measure.Type) == theme).ToList();
            if (items.Count == 0)
            {
                continue;
            }
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, theme.Zh, theme.En).In(lang)));
            blocks.Add(new PlanTable(
                [new(2.5f, PlanAlign.Left), new(2.5f, PlanAlign.Left), new(2.0f, PlanAlign.Left), new(1.4f, PlanAlign.Right)],
                [T.ColumnSubsidiary.In(lang), T.ColumnMeasure.In(lang), T.ColumnMethod.In(lang), T.ColumnSaving.In(lang)],
                [.. items.Select(x => new PlanTableRow([x.Subsidiary.Short(lang), WorkbookText(x.Measure.NameIn(lang), lang),
                    PlanTexts.QuantificationLabel(x.Effect?.Quantification ?? MeasureQuantification.NotQuantified).In(lang),
                    x.Effect?.AnnualTco2e is { } t
                        ? x.Effect.InBaseYear ? T.SavingInBaseYear.Format(PlanNumbers.Saving(t)).In(lang) : PlanNumbers.Saving(t)
                        : T.NotQuantified.In(lang)]))]));
            foreach (var note in items.Select(x => x.Subsidiary).Distinct()
                .Select(s => c.NoteFor(s.Code, PlanNoticePlace.Measure, n => items.Any(x => x.Subsidiary == s && x.Measure.Row == n.MeasureRow))).OfType<PlanParagraph>())
            {
                blocks.Add(note);
            }
            // A saving in a gas is valued with a GWP, not a factor: its arithmetic cites the set, and a gas the set lacks says why.
            foreach (var x in items.Where(x => x.Effect?.Gas is not null))
            {
                blocks.Add(new PlanParagraph(T.MeasureGasNote.Format(x.Subsidiary.Short(lang), WorkbookText(x.Measure.NameIn(lang), lang), x.Effect!.Working).In(lang),
                    PlanTextStyle.Note));
            }
            foreach (var x in items.Where(x => !string.IsNullOrWhiteSpace(x.Measure.Description)))
            {
                blocks.Add(new PlanParagraph(T.MeasureBullet.Format(x.Subsidiary.Short(lang), WorkbookText(x.Measure.DescriptionIn(lang), lang)).In(lang)));
            }
        }
        var saved = all.Sum(x => x.Effect?.ReductionTco2e ?? 0m);
        var scope12 = c.Included.Sum(s => s.Figures!.Scope12Tco2e);
        blocks.Add(new PlanParagraph(T.MeasuresTotal.Format(PlanNumbers.Tonnes(saved), PlanNumbers.Share(scope12 > 0 ? saved / scope12 * 100m : 0m)).In(lang)));
        blocks.AddRange(Economics(c));
        return new PlanSection(T.Measures.In(lang), blocks);
    }

    private static Bilingual Theme(string type) => type switch
    {
        "pv" or "energy-monitoring" => T.ThemeEnergy,
        "efficiency" or "fuel-intensity" or "recycling" => T.ThemeProduction,
        "electrification" => T.ThemeTransport,
        _ => T.ThemeOther,
    };

    private static PlanSection Appendix(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanHeading(T.AppendixWarnings.In(lang)), new PlanParagraph(T.AppendixWarningsLead.In(lang), PlanTextStyle.Note) };
        if (c.Notices.Count == 0)
        {
            blocks.Add(new PlanParagraph(T.NoWarnings.In(lang)));
        }
        var shortNames = c.Subsidiaries.ToDictionary(s => s.Code, s => s.Short(lang));
        blocks.AddRange(c.Notices.Select(n => new PlanParagraph(
            T.WarningItem.Format(n.Number, shortNames.GetValueOrDefault(n.SubsidiaryCode, n.SubsidiaryCode), n.Message).In(lang), PlanTextStyle.Note)));

        blocks.Add(new PlanHeading(T.AppendixFactors.In(lang)));
        var used = c.Included
            .SelectMany(s => s.Data!.Inventory.Lines.Where(l => l.FactorId is not null).Select(l => (s, l)))
            .GroupBy(x => x.l.FactorId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        // GWPs that valued a measure's saving in a gas are cited beside the factors, with their set's source.
        var gwpsUsed = c.Included
            .SelectMany(s => s.Effects.Where(e => e.Gwp is not null && e.GwpSet is not null).Select(e => (s, e)))
            .GroupBy(x => (Gas: x.e.Gas!, Set: x.e.GwpSet!))
            .OrderBy(g => g.Key.Gas, StringComparer.Ordinal)
            .ToList();
        if (used.Count > 0 || gwpsUsed.Count > 0)
        {
            // The Chinese edition prints each source in both languages and the users by short names; the English one
            // prints the source once and the users by their long English names.
            var (sourceWeight, usersWeight) = lang == Language.Zh ? (4.4f, 1.2f) : (2.8f, 2.6f);
            blocks.Add(new PlanTable([new(1.9f, PlanAlign.Left), new(1.5f, PlanAlign.Left), new(sourceWeight, PlanAlign.Left), new(usersWeight, PlanAlign.Left)],
                [T.ColumnFactor.In(lang), T.ColumnFactorSet.In(lang), T.ColumnSource.In(lang), T.ColumnUsedBy.In(lang)],
                [.. used.Select(g =>
                {
                    var line = g.First().l;
                    var source = c.Inputs.Factors.TryGet(g.Key, out var factor)
                        ? $"{WorkbookText(factor.Source.Publisher, lang)}: {WorkbookText(factor.Source.Title, lang)}"
                        : "";
                    var users = g.Select(x => x.s.Short(lang)).Distinct().ToList();
                    // A large group's factors are used by hundreds of members: counted, not named.
                    return new PlanTableRow([g.Key, $"{line.FactorSetId}@{line.FactorSetVersion}", source, c.GroupLevel
                        ? PlanGroupLevelTexts.FactorUsers.Format(users.Count).In(lang)
                        : string.Join(T.ListSeparator.In(lang), users)]);
                }), .. gwpsUsed.Select(g =>
                {
                    var users = g.Select(x => x.s.Short(lang)).Distinct().ToList();
                    return new PlanTableRow(["GWP " + g.Key.Gas + " = " + g.First().e.Gwp!.Value.ToString("0.##", CultureInfo.InvariantCulture), $"{g.Key.Set.Id}@{g.Key.Set.Version}",
                        $"{WorkbookText(g.Key.Set.Source.Publisher, lang)}: {WorkbookText(g.Key.Set.Source.Title, lang)}", c.GroupLevel
                            ? PlanGroupLevelTexts.FactorUsers.Format(users.Count).In(lang)
                            : string.Join(T.ListSeparator.In(lang), users)]);
                })]));
        }
        var gwp = string.Join(", ", c.Included.Select(s => $"{s.Data!.Inventory.GwpSetId}@{s.Data.Inventory.GwpSetVersion}").Distinct());
        blocks.Add(new PlanParagraph(T.ReportedDirectly.Format(gwp, $"{c.Inputs.Curves.Id}@{c.Inputs.Curves.Version}: {InEnglishNames(c, c.Inputs.Curves.Provenance.In(lang))}").In(lang), PlanTextStyle.Note));

        blocks.Add(new PlanHeading(T.AppendixLineage.In(lang)));
        blocks.Add(new PlanParagraph(T.AppendixLineageLead.Format(c.Inputs.Year).In(lang), PlanTextStyle.Note));
        // Chinese short names need a third of the room of the English names; the calculation settings take the rest.
        blocks.Add(new PlanTable([new(lang == Language.Zh ? 1.2f : 2.4f, PlanAlign.Left), new(1.6f, PlanAlign.Left), new(1.3f, PlanAlign.Left), new(lang == Language.Zh ? 0.7f : 0.8f, PlanAlign.Right), new(3.1f, PlanAlign.Left)],
            [T.ColumnSubsidiary.In(lang), T.ColumnSubmission.In(lang), T.ColumnPeriod.In(lang), T.ColumnLines.In(lang), T.ColumnCalculation.In(lang)],
            [.. c.Subsidiaries.Select(s => s.Data is { } d
                ? new PlanTableRow([s.Short(lang), string.IsNullOrEmpty(d.SubmissionId) ? T.SubmissionUnstored.In(lang) : ShortId(d.SubmissionId),
                    Period(d.Inventory.Period, lang), PlanNumbers.Count(d.Inventory.Lines.Count),
                    // The catalogue's sets printed one after another, so a line breaks between sets rather than inside one.
                    $"{d.Inventory.GwpSetId} · {d.Inventory.FactorCatalogVersion.Replace(";", "; ", StringComparison.Ordinal)}"])
                : new PlanTableRow([s.Short(lang), T.SubmissionMissing.In(lang), T.MissingCell.In(lang), T.MissingCell.In(lang), T.MissingCell.In(lang)]))]));
        // A submission id is a SHA-256: too long for its column and not to be broken, so it is printed whole, one a line.
        var longIds = c.Included.Where(s => s.Data!.SubmissionId.Length > ShortIdLength).ToList();
        if (longIds.Count > 0)
        {
            // One note, a line each, so the lead never stays behind at a page foot without its ids.
            blocks.Add(new PlanParagraph(string.Join('\n', longIds.Select(s => T.SubmissionIdLine.Format(s.Short(lang), s.Data!.SubmissionId).In(lang))
                .Prepend(T.SubmissionIdsLead.In(lang))), PlanTextStyle.Note));
        }
        return new PlanSection(T.Appendix.In(lang), blocks);
    }

    private const int ShortIdLength = 16;

    private static string ShortId(string id) => id.Length > ShortIdLength ? id[..12] + "…" : id;
}
