using GhgReports.Localization;

namespace GhgReports.Reporting.Runs;

/// <summary>One subsidiary's part of a pack run; a failed part says why in both languages.</summary>
public sealed record RunPartView(string Subsidiary, RunStatus Status, string? ErrorZh, string? ErrorEn);

/// <summary>
/// GET /api/runs/{id}: where a plan or pack run stands, its parts, and once documents exist, read links minted for this
/// answer (they live an hour, <see cref="LinksExpire"/>). <see cref="Location"/> is the address to ask again.
/// </summary>
public sealed record RunView(
    string Id,
    string Location,
    RunKind Kind,
    int Year,
    string? Subsidiary,
    RunStatus Status,
    string RequestedBy,
    bool Scheduled,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    int Expected,
    int Completed,
    int Failed,
    GroupPackState? GroupPack,
    string? NoteZh,
    string? NoteEn,
    IReadOnlyList<RunPartView> Parts,
    IReadOnlyList<PublishedDocument> Documents,
    DateTimeOffset LinksExpire)
{
    public bool Finished => Status is RunStatus.Done or RunStatus.Failed;

    /// <summary>The run's address, relative to the host: what the on-demand routes answer as Location.</summary>
    public static string LocationOf(string id) => "/api/runs/" + id;
}

/// <summary>Reads runs for the status route, the page and `ghg status`.</summary>
public sealed class RunViews(RunRecords records, DocumentPublisher publisher)
{
    /// <summary>The run with its parts; with links when <paramref name="withLinks"/> (the route), without for a listing.</summary>
    public async Task<RunView?> GetAsync(string id, bool withLinks, CancellationToken cancellationToken)
    {
        if (!RunRecords.IsRunId(id) || await records.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return null;
        }
        var steps = await records.StepsAsync(id, cancellationToken).ConfigureAwait(false);
        var documents = await records.DocumentsAsync(run, cancellationToken).ConfigureAwait(false);
        if (withLinks)
        {
            documents = await publisher.WithReadLinksAsync(documents, cancellationToken).ConfigureAwait(false);
        }
        return View(run, steps, documents);
    }

    /// <summary>The year's runs, newest first, without their parts' documents.</summary>
    public async Task<IReadOnlyList<RunView>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var views = new List<RunView>();
        foreach (var run in await records.ListAsync(year, cancellationToken).ConfigureAwait(false))
        {
            var steps = run.Failed > 0 ? await records.StepsAsync(run.Id, cancellationToken).ConfigureAwait(false) : [];
            views.Add(View(run, steps, run.OwnDocuments()));
        }
        return views;
    }

    private RunView View(RunEntity run, IReadOnlyList<RunStepEntity> steps, IReadOnlyList<PublishedDocument> documents)
    {
        var note = RunTexts.ForCode(run.Error, run.Year);
        return new RunView(run.Id, RunView.LocationOf(run.Id), run.Kind, run.Year, run.Only, run.Status, run.RequestedBy, run.Scheduled, run.RequestedAt,
            run.FinishedAt, run.Expected, run.Completed, run.Failed, run.Kind == RunKind.Packs ? run.GroupState : null, note?.Zh, note?.En,
            [.. steps.OrderBy(s => s.Subsidiary, StringComparer.Ordinal).Select(s =>
            {
                var error = RunTexts.ForCode(s.Error, run.Year);
                return new RunPartView(s.Subsidiary, s.Status, error?.Zh, error?.En);
            })],
            documents, publisher.LinksExpire);
    }
}
