using GhgReports.ReportingPack;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// ISO 14064-1 packs: the yearly timer only enqueues one request per subsidiary; each is built by its own queue
/// invocation (Azure scales them out), and the group pack follows the last of them. Also on demand.
/// </summary>
public sealed class GeneratePacks(PackGenerator packs, TimeProvider clock)
{
    [Function(nameof(GeneratePacks))]
    public Task Run([TimerTrigger("%PackSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        packs.EnqueueAsync(clock.GetUtcNow().Year - 1, cancellationToken);

    [Function("BuildPack")]
    public Task Build([QueueTrigger(PackGenerator.RequestQueue, Connection = "GhgStorage")] string message, CancellationToken cancellationToken) =>
        packs.BuildAsync(PackGenerator.ParseRequest(message), cancellationToken);

    [Function("GeneratePacksOnDemand")]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "packs/{year:int}")] HttpRequest request, int year, CancellationToken cancellationToken)
    {
        var subsidiary = request.Query["subsidiary"].ToString();
        var published = await packs.BuildAllAsync(year, subsidiary.Length == 0 ? null : subsidiary, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(published);
    }
}
