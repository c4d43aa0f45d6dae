using GhgReports.Access;
using GhgReports.Reporting.Runs;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// ISO 14064-1 packs, in runs: the yearly timer and the on-demand route only record a run and enqueue one request per
/// subsidiary; each is built by its own queue invocation (Azure scales them out), and the last of a run queues the
/// group pack. The same queue carries plan runs. What fails every retry is recorded in its run.
/// </summary>
public sealed class GeneratePacks(GenerationRuns runs, WebApi api)
{
    [Function(AppTriggers.GeneratePacks)]
    public Task Run([TimerTrigger(AppTriggers.PackSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        runs.StartScheduledPacksAsync(cancellationToken);

    [Function(AppTriggers.BuildPack)]
    public Task Build([QueueTrigger(AppTriggers.PackRequestQueue, Connection = AppTriggers.Connection)] string message, CancellationToken cancellationToken) =>
        runs.HandleAsync(message, cancellationToken);

    [Function(AppTriggers.PoisonedPackRequest)]
    public Task Poisoned([QueueTrigger(AppTriggers.PackRequestPoisonQueue, Connection = AppTriggers.Connection)] string message,
        CancellationToken cancellationToken) =>
        runs.RecordPoisonedAsync(message, cancellationToken);

    /// <summary>202 with Location: /api/runs/{id}; anonymous at the host, the caller's role decides (hq or management).</summary>
    [Function(AppTriggers.GeneratePacksOnDemand)]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.PackRoute)] HttpRequest request, int year, CancellationToken cancellationToken) =>
        WebFunctions.Send(await api.StartPackRunAsync(WebFunctions.CallerOf(request, api), year, request.Query["subsidiary"].ToString(), cancellationToken)
            .ConfigureAwait(false));
}
