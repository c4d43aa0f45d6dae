using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Reporting;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Plan;

/// <summary>
/// The group's reduction plan for a year, in Chinese and English, from the data in force, written to
/// reports/plans/&lt;year&gt;/ and announced. Same data → same bytes. Runs (the timer, the on-demand route) publish
/// through <see cref="PublishAsync"/> and announce themselves (<see cref="Reporting.Runs.GenerationRuns"/>).
/// </summary>
public sealed class PlanGenerator(YearDataReader years, DocumentPublisher publisher, DocumentVersions versions, InventoryRecords inventories, IFactorCatalog factors,
    PathwayCurveSet curves, GroupBaseHistory baseHistory, GwpCatalog gwps)
{
    /// <summary>Every run publishes the plan in both languages.</summary>
    public static IReadOnlyList<Language> Editions { get; } = [Language.Zh, Language.En];

    /// <summary>An on-demand run: both editions for the year asked.</summary>
    public Task<IReadOnlyList<PublishedDocument>?> GenerateAsync(int year, CancellationToken cancellationToken) =>
        GenerateAsync(year, Editions, cancellationToken);

    /// <summary>Version 1 of an edition; version N is <see cref="DocumentVersions.VersionedName"/> of it.</summary>
    public static string BlobName(int year, Language language) =>
        $"plans/{year}/ghg-reduction-plan-{year}-{(language == Language.Zh ? "zh" : "en")}.pdf";

    /// <summary>Both editions share one version history: the same data makes both.</summary>
    public static string VersionsKey(int year) => $"plans/{year}/ghg-reduction-plan-{year}.pdf";

    /// <summary>Publishes and announces the editions. Null when there is no group register yet, or no subsidiary has data in force for the year.</summary>
    public async Task<IReadOnlyList<PublishedDocument>?> GenerateAsync(int year, IReadOnlyList<Language> languages, CancellationToken cancellationToken)
    {
        var published = await PublishAsync(year, languages, cancellationToken).ConfigureAwait(false);
        if (published is not null)
        {
            await publisher.NotifyAsync(new DocumentsReady(DocumentKind, year, published, publisher.LinksExpire), cancellationToken).ConfigureAwait(false);
        }
        return published;
    }

    /// <summary>The notification's kind for plans.</summary>
    public const string DocumentKind = "plan";

    /// <summary>Publishes the editions without announcing them. Null when there is nothing to plan (see <see cref="GenerateAsync(int, IReadOnlyList{Language}, CancellationToken)"/>).</summary>
    public async Task<IReadOnlyList<PublishedDocument>?> PublishAsync(int year, IReadOnlyList<Language> languages, CancellationToken cancellationToken)
    {
        var data = await years.ReadAsync(year, cancellationToken, earlierYears: true).ConfigureAwait(false);
        // No register, or no subsidiary with data for the year: there is nothing to plan, and a plan of blanks would
        // read as if every subsidiary had failed to report.
        if (data is null || data.Subsidiaries.All(s => s.Current is null))
        {
            return null;
        }
        // Earlier years count: the plan measures progress from the base year, so a base-year correction is a new version.
        var recalculations = await BaseYearRecalculationsAsync(data, cancellationToken).ConfigureAwait(false);
        var structural = await baseHistory.StructuralAsync(data, GroupBaseYear(data), cancellationToken).ConfigureAwait(false);
        var fingerprint = DataFingerprint.Of(data, GeneratorVersion.Current, earlier: true)
            .With(DataFingerprint.RecalculationParts(recalculations))
            .With(DataFingerprint.StructureParts(structural));
        var version = await versions.ResolveAsync(VersionsKey(year), fingerprint, cancellationToken).ConfigureAwait(false);
        var published = new List<PublishedDocument>();
        foreach (var language in languages)
        {
            var document = PlanBuilder.Build(Inputs(data, language) with
            {
                BaseYearRecalculations = recalculations,
                StructuralChange = structural,
                Version = version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ChangeNote = DocumentVersions.ChangeNote(version),
            });
            var pdf = PlanPdf.Render(document, cancellationToken);
            published.Add(await publisher.PublishAsync(DocumentVersions.VersionedName(BlobName(year, language), version.Number), pdf, "application/pdf",
                cancellationToken).ConfigureAwait(false));
        }
        return published;
    }

    /// <summary>The base year the group's progress is measured from: its scope 1+2 target's, else the earliest of its members'.</summary>
    public static int GroupBaseYear(YearData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var target = TargetBoundary.Headline(data.Group.Targets);
        return target?.BaseYear
               ?? data.Subsidiaries.Select(s => s.Current?.Inventory.BaseYear).OfType<int>().DefaultIfEmpty(data.Year).Min();
    }

    /// <summary>Every recorded recalculation or correction of a base year before <paramref name="data"/>'s year, oldest first.</summary>
    private async Task<IReadOnlyList<Recalculation>> BaseYearRecalculationsAsync(YearData data, CancellationToken cancellationToken)
    {
        var records = inventories;
        var found = new List<Recalculation>();
        foreach (var subsidiary in data.Subsidiaries)
        {
            if (subsidiary.Current?.Inventory is { } inventory && inventory.BaseYear < data.Year)
            {
                found.AddRange(await records.RecalculationsAsync(subsidiary.Registered.Code, [inventory.BaseYear], cancellationToken).ConfigureAwait(false));
            }
        }
        return [.. found.OrderBy(r => r.When)];
    }

    public PlanInputs Inputs(YearData data, Language language) => new()
    {
        Group = data.Group,
        Subsidiaries = [.. data.Subsidiaries.Select(s => new PlanSubsidiaryInput(s.Registered,
            s.Current is { } c ? new PlanSubsidiaryData(c.Workbook, c.Inventory, c.SubmissionId) : null)
        {
            Earlier = [.. s.Earlier.Select(e => e.Inventory)],
        })],
        Curves = curves,
        Factors = factors,
        Gwps = gwps,
        Year = data.Year,
        Language = language,
        SnapshotDate = data.SnapshotDate,
    };
}
