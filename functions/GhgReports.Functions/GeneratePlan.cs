using GhgReports.Access;
using GhgReports.Reporting.Runs;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// The annual reduction plan, as a run: yearly on %PlanSchedule% for the previous reporting year (built in the timer's
/// invocation), or on demand (queued; 202 with the run's address).
/// </summary>
public sealed class GeneratePlan(GenerationRuns runs, WebApi api)
{
    [Function(AppTriggers.GeneratePlan)]
    public Task Run([TimerTrigger(AppTriggers.PlanSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        runs.RunScheduledPlanAsync(cancellationToken);

    /// <summary>Anonymous at the host: the caller's role decides (hq or management), as for the web routes.</summary>
    [Function(AppTriggers.GeneratePlanOnDemand)]
    public async Task<IActionResult> OnDemand(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.PlanRoute)] HttpRequest request, int year, CancellationToken cancellationToken) =>
        WebFunctions.Send(await api.StartPlanRunAsync(WebFunctions.CallerOf(request, api), year, cancellationToken).ConfigureAwait(false));
}
