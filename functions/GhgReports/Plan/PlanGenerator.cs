using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Reporting;

namespace GhgReports.Plan;

/// <summary>
/// The timer's and the on-demand call's one service: the group's reduction plan for a year, in Chinese and English,
/// from the data in force, written to reports/plans/&lt;year&gt;/ and announced. Same data → same bytes.
/// </summary>
public sealed class PlanGenerator(YearDataReader years, DocumentPublisher publisher, IFactorCatalog factors, PathwayCurveSet curves)
{
    public static string BlobName(int year, Language language) =>
        $"plans/{year}/ghg-reduction-plan-{year}-{(language == Language.Zh ? "zh" : "en")}.pdf";

    /// <summary>Null when there is no group register yet (nothing to plan for).</summary>
    public async Task<IReadOnlyList<PublishedDocument>?> GenerateAsync(int year, IReadOnlyList<Language> languages, CancellationToken cancellationToken)
    {
        var data = await years.ReadAsync(year, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return null;
        }
        var published = new List<PublishedDocument>();
        foreach (var language in languages)
        {
            var document = PlanBuilder.Build(Inputs(data, language));
            var pdf = PlanPdf.Render(document, cancellationToken);
            published.Add(await publisher.PublishAsync(BlobName(year, language), pdf, "application/pdf", cancellationToken).ConfigureAwait(false));
        }
        await publisher.NotifyAsync(new DocumentsReady("plan", year, published, publisher.LinksExpire), cancellationToken).ConfigureAwait(false);
        return published;
    }

    public PlanInputs Inputs(YearData data, Language language) => new()
    {
        Group = data.Group,
        Subsidiaries = [.. data.Subsidiaries.Select(s => new PlanSubsidiaryInput(s.Registered,
            s.Current is { } c ? new PlanSubsidiaryData(c.Workbook, c.Inventory, c.SubmissionId) : null))],
        Curves = curves,
        Factors = factors,
        Year = data.Year,
        Language = language,
        SnapshotDate = data.SnapshotDate,
    };
}
