using GhgReports.Access;
using GhgReports.Plan;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>The annual reduction plan: yearly on %PlanSchedule% for the previous reporting year, or on demand.</summary>
public sealed class GeneratePlan(PlanGenerator plans, WebApi api)
{
    [Function(AppTriggers.GeneratePlan)]
    public Task Run([TimerTrigger(AppTriggers.PlanSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        plans.GenerateScheduledAsync(cancellationToken);

    [Function(AppTriggers.GeneratePlanOnDemand)]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.PlanRoute)] HttpRequest request, int year, CancellationToken cancellationToken)
    {
        // Anonymous at the host: the caller's role decides (hq or management), as for the web routes.
        if (WebApi.OnDemandRefusal(WebFunctions.CallerOf(request, api)) is { } refusal)
        {
            return WebFunctions.Send(refusal);
        }
        var published = await plans.GenerateAsync(year, cancellationToken).ConfigureAwait(false);
        return published is null ? new NotFoundObjectResult(GhgReports.Localization.PlanTexts.NothingToPlan.Format(year).ToString()) : new OkObjectResult(published);
    }
}
