using GhgReports.Localization;
using GhgReports.Plan;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>The annual reduction plan: yearly on %PlanSchedule% for the previous reporting year, or on demand.</summary>
public sealed class GeneratePlan(PlanGenerator plans, TimeProvider clock)
{
    private static readonly Language[] Editions = [Language.Zh, Language.En];

    [Function(nameof(GeneratePlan))]
    public Task Run([TimerTrigger("%PlanSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        plans.GenerateAsync(clock.GetUtcNow().Year - 1, Editions, cancellationToken);

    [Function("GeneratePlanOnDemand")]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "plans/{year:int}")] HttpRequest request, int year, CancellationToken cancellationToken)
    {
        var published = await plans.GenerateAsync(year, Editions, cancellationToken).ConfigureAwait(false);
        return published is null ? new NotFoundObjectResult("no group register yet") : new OkObjectResult(published);
    }
}
