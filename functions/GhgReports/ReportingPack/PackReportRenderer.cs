using System.Globalization;
using GhgReports.Localization;
using GhgReports.Plan;
using T = GhgReports.Localization.PackReportTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// The pack's GHG report PDF, composed from the pack model and drawn by the same engine as the reduction plan
/// (subset CJK font, repeated table headers, page X of Y, fixed dates): one layout, Chinese and English editions.
/// </summary>
internal sealed class PackReportRenderer : IPackReportRenderer
{
    public void Render(PackModel model, Language language, Stream output, CancellationToken cancellationToken) =>
        PlanPdf.Render(Compose(model, language), output, cancellationToken);

    public static PlanDocument Compose(PackModel model, Language lang)
    {
        string S(Bilingual b) => b.In(lang);
        string N(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);
        var date = model.Snapshot.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = S(T.Title);
        var organisation = S(model.Organisation.Name);

        var checklist = new List<PlanBlock>();
        foreach (var item in model.Checklist)
        {
            var status = item.Status switch
            {
                ChecklistStatus.Provided => T.Provided,
                ChecklistStatus.NotApplicable => T.NotApplicable,
                ChecklistStatus.Partial => T.Partial,
                _ => T.NotProvided,
            };
            checklist.Add(new PlanHeading($"{item.Item}) {S(item.Requirement)} — {S(status)}"));
            checklist.Add(new PlanParagraph(S(item.Content)));
            checklist.Add(new PlanParagraph(S(T.Where.Format(item.Location)), PlanTextStyle.Note));
        }

        var inventory = model.Inventory;
        // An excluded category was not quantified: "not included", never a 0 that reads as measured.
        var excluded = model.Significance.Where(s => !s.Included).Select(s => s.Category).ToHashSet();
        var categoryRows = inventory.Categories
            .Select(c => excluded.Contains(c.Category) && c.LineCount == 0
                ? new PlanTableRow([$"{c.Category}", S(c.Name), S(T.NotIncluded), S(T.NotIncluded), "0"])
                : new PlanTableRow([$"{c.Category}", S(c.Name), N(c.LocationBasedTco2e), N(c.MarketBasedTco2e), c.LineCount.ToString(CultureInfo.InvariantCulture)]))
            .Append(new PlanTableRow(["", S(T.Scope12), N(inventory.Scope12LocationBasedTco2e), N(inventory.Scope12MarketBasedTco2e), ""], Emphasis: true))
            .Append(new PlanTableRow(["", S(T.Total), N(inventory.TotalLocationBasedTco2e), N(inventory.TotalMarketBasedTco2e), inventory.Lines.Count.ToString(CultureInfo.InvariantCulture)], Emphasis: true))
            .ToList();
        var inventoryBlocks = new List<PlanBlock>
        {
            new PlanParagraph(S(model.PeriodText)),
            new PlanTable(
                // Wide enough for the longest word of each header: a table never breaks a word.
                [new(0.9f, PlanAlign.Left), new(3.0f, PlanAlign.Left), new(1.4f, PlanAlign.Right), new(1.4f, PlanAlign.Right), new(0.7f, PlanAlign.Right)],
                [S(T.Category), "", S(T.LocationBased), S(T.MarketBased), S(T.Lines)],
                categoryRows),
            new PlanParagraph(S(T.Biogenic.Format(N(inventory.BiogenicCo2Tonnes), N(inventory.RemovalsTco2e))), PlanTextStyle.Note),
        };

        if (model.Kind == PackKind.Group)
        {
            inventoryBlocks.Add(new PlanHeading(S(T.MembersTitle)));
            inventoryBlocks.Add(new PlanTable(
                [new(2.6f, PlanAlign.Left), new(1.9f, PlanAlign.Left), new(1.0f, PlanAlign.Right), new(1.3f, PlanAlign.Right), new(1.3f, PlanAlign.Right)],
                [S(T.Subsidiary), S(T.Period), S(T.CountedAt), S(T.MemberScope12), S(T.MemberTotal)],
                [.. model.Boundaries.Members.Select(m => new PlanTableRow([$"{m.Name} ({m.Code})",
                    string.Create(CultureInfo.InvariantCulture, $"{m.Period.Start:yyyy-MM-dd} – {m.Period.End:yyyy-MM-dd}"),
                    string.Create(CultureInfo.InvariantCulture, $"{m.Share * 100m:0.##} %"),
                    m.Included ? N(m.Scope12Tco2e ?? 0m) : S(m.ExclusionReason ?? T.NotIncluded),
                    m.Included ? N(m.TotalTco2e ?? 0m) : ""]))]));
            inventoryBlocks.Add(new PlanParagraph(S(T.MembersNote), PlanTextStyle.Note));
        }

        var gasRows = inventory.ByGas.Where(g => g.Category == 1)
            .Select(g => new PlanTableRow([g.Gas, g.GasTonnes.ToString("#,##0.###", CultureInfo.InvariantCulture),
                g.Gwp?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "—", N(g.Tco2e)]))
            .ToList();
        var gasBlocks = new List<PlanBlock>
        {
            new PlanParagraph($"{S(model.Gwp.Title)} ({model.Gwp.Id} {model.Gwp.Version}, {model.Gwp.HorizonYears}a) — {model.Gwp.Source.Publisher}: {model.Gwp.Source.Title}"),
            new PlanTable([new(1.2f, PlanAlign.Left), new(1.4f, PlanAlign.Right), new(0.8f, PlanAlign.Right), new(1.4f, PlanAlign.Right)],
                [S(T.Gas), S(T.GasTonnes), S(T.Gwp), "tCO2e"], gasRows),
        };

        var factorRows = model.Factors.Select(used => used.Factor)
            .Select(f => new PlanTableRow([f.Id, string.Join(", ", f.TonnesPerUnit.Select(kv => $"{kv.Key} {kv.Value.ToString("0.######", CultureInfo.InvariantCulture)} t/{f.ActivityUnit.Symbol}")),
                $"{f.Source.Publisher}: {f.Source.Title}{(f.Source.Published is { } p ? $" ({p:yyyy-MM-dd})" : "")}"]))
            .ToList();
        var factorBlocks = new List<PlanBlock>
        {
            new PlanTable([new(2.9f, PlanAlign.Left), new(1.5f, PlanAlign.Left), new(2.6f, PlanAlign.Left)], [S(T.FactorId), S(T.Value), S(T.Source)], factorRows),
        };

        IReadOnlyList<PlanBlock> warningBlocks = model.Warnings.Count == 0
            ? [new PlanParagraph(S(T.NoWarnings))]
            : [.. model.Warnings.Select(w => (PlanBlock)new PlanParagraph(S(w)))];

        return new PlanDocument
        {
            Language = lang,
            Cover = new PlanCover(organisation, title, model.ReportingYear.ToString(CultureInfo.InvariantCulture), date, S(T.Version.Format(model.DocumentVersion)),
                S(T.DataNote.Format(date, model.FactorCatalogVersion, model.GeneratorVersion)) + (model.ChangeNote is { } change ? " " + S(change) : "")),
            Header = $"{organisation}  ·  {title}",
            FooterFormat = S(T.Footer),
            ContentsTitle = S(T.Contents),
            Sections =
            [
                new PlanSection(S(T.Checklist), checklist),
                new PlanSection(S(T.Inventory), inventoryBlocks),
                new PlanSection(S(T.ByGas), gasBlocks),
                new PlanSection(S(T.Factors), factorBlocks),
                new PlanSection(S(T.Warnings), warningBlocks),
            ],
            Subsidiaries = [],
            Metadata = new PlanMetadata($"{title} {model.Code} {model.ReportingYear}", organisation, title, "GhgReports", model.Snapshot.Date),
        };
    }
}
