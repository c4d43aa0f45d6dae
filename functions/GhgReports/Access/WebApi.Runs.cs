using System.Text.Json;
using GhgReports.Localization;
using GhgReports.Reporting.Runs;
using GhgReports.Submissions;

namespace GhgReports.Access;

/// <summary>
/// The on-demand plan and pack routes and the run status route. Generation never happens inside the request (Azure
/// ends HTTP requests at 230 s): the run is recorded and queued, and the answer is 202 with Location: /api/runs/{id},
/// which hq and management, who may start runs, follow until it is done.
/// </summary>
public sealed partial class WebApi
{
    public async Task<WebAnswer> StartPlanRunAsync(Caller? caller, int year, CancellationToken cancellationToken)
    {
        if (OnDemandRefusal(caller) is { } refusal)
        {
            return refusal;
        }
        if (!DownloadLinks.IsYear(year))
        {
            return Error(AccessOutcome.Invalid);
        }
        var run = await runs.StartPlanAsync(year, caller!.Name, cancellationToken).ConfigureAwait(false);
        return run is null ? NotFound(PlanTexts.NothingToPlan.Format(year)) : await AcceptedAsync(run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every subsidiary's pack for the year, or only <paramref name="subsidiary"/>'s, then the group pack.</summary>
    public async Task<WebAnswer> StartPackRunAsync(Caller? caller, int year, string? subsidiary, CancellationToken cancellationToken)
    {
        if (OnDemandRefusal(caller) is { } refusal)
        {
            return refusal;
        }
        var only = string.IsNullOrEmpty(subsidiary) ? null : subsidiary;
        if (!DownloadLinks.IsYear(year) || (only is not null && !SubsidiaryCode.IsValid(only)))
        {
            return Error(AccessOutcome.Invalid);
        }
        var run = await runs.StartPacksAsync(year, only, caller!.Name, cancellationToken).ConfigureAwait(false);
        return run is null ? NotFound(RunTexts.NothingToPack.Format(year)) : await AcceptedAsync(run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A run's status, for those who may start runs (hq, management); links to its documents once they exist.</summary>
    public async Task<WebAnswer> RunAsync(Caller? caller, string id, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!RunRecords.IsRunId(id))
        {
            return Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanGenerateDocuments(caller))
        {
            return Error(AccessOutcome.Forbidden);
        }
        return await runViews.GetAsync(id, withLinks: true, cancellationToken).ConfigureAwait(false) is { } view
            ? Json(view, AccessJson.Default.RunView)
            : Error(AccessOutcome.NotFound);
    }

    private async Task<WebAnswer> AcceptedAsync(RunEntity run, CancellationToken cancellationToken)
    {
        var view = await runViews.GetAsync(run.Id, withLinks: false, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException($"Run {run.Id} was recorded but cannot be read back.");
        return new WebAnswer(202, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(view, AccessJson.Default.RunView), Location: view.Location);
    }

    /// <summary>A 404 that says why in both languages (nothing to generate for the year).</summary>
    private static WebAnswer NotFound(Bilingual text) =>
        new(404, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(new ErrorView("notfound", text.Zh, text.En), AccessJson.Default.ErrorView));
}
