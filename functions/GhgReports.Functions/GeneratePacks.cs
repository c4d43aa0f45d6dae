using GhgReports.Access;
using GhgReports.ReportingPack;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// ISO 14064-1 packs: the yearly timer only enqueues one request per subsidiary; each is built by its own queue
/// invocation (Azure scales them out), and the group pack follows the last of them. Also on demand.
/// </summary>
public sealed class GeneratePacks(PackGenerator packs, WebApi api)
{
    [Function(AppTriggers.GeneratePacks)]
    public Task Run([TimerTrigger(AppTriggers.PackSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        packs.EnqueueScheduledAsync(cancellationToken);

    [Function(AppTriggers.BuildPack)]
    public Task Build([QueueTrigger(AppTriggers.PackRequestQueue, Connection = AppTriggers.Connection)] string message, CancellationToken cancellationToken) =>
        packs.BuildAsync(PackGenerator.ParseRequest(message), cancellationToken);

    [Function(AppTriggers.GeneratePacksOnDemand)]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.PackRoute)] HttpRequest request, int year, CancellationToken cancellationToken)
    {
        // Anonymous at the host: the caller's role decides (hq or management), as for the web routes.
        if (WebApi.OnDemandRefusal(WebFunctions.CallerOf(request, api)) is { } refusal)
        {
            return WebFunctions.Send(refusal);
        }
        var subsidiary = request.Query["subsidiary"].ToString();
        var published = await packs.BuildAllAsync(year, subsidiary.Length == 0 ? null : subsidiary, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(published);
    }
}
