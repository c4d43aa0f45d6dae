using GhgReports.Access;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// HQ's review, verifiers' queries and the verification statement (the same routes as the local runner's). Anonymous at
/// the Functions level like the other web routes: <see cref="ReviewApi"/> decides by the signed-in caller's roles.
/// </summary>
public sealed class ReviewFunctions(WebApi api, ReviewApi review)
{
    /// <summary>HQ approves (?decision=approve) or returns (?decision=return&amp;comment=…) a workbook awaiting review.</summary>
    [Function(AppTriggers.WebReview)]
    public async Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.ReviewRoute)] HttpRequest request,
        string code, string id, CancellationToken cancellationToken) =>
        WebFunctions.Send(await review.ReviewAsync(CallerOf(request), code, id, request.Query["decision"].FirstOrDefault(),
            request.Query["comment"].FirstOrDefault(), request.Query["reason"].FirstOrDefault(), cancellationToken).ConfigureAwait(false));

    /// <summary>A period's queries and statement (GET), or a verifier's new query on a line (POST ?sheet=…&amp;row=…&amp;question=…).</summary>
    [Function(AppTriggers.WebVerification)]
    public async Task<IActionResult> Verification(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = AppTriggers.VerificationRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        WebFunctions.Send(HttpMethods.IsPost(request.Method)
            ? await review.RaiseQueryAsync(CallerOf(request), code, year, request.Query["sheet"].FirstOrDefault(), request.Query["row"].FirstOrDefault(),
                request.Query["question"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)
            : await review.VerificationAsync(CallerOf(request), code, year, cancellationToken).ConfigureAwait(false));

    /// <summary>The officer answers a query (?action=answer&amp;text=…&amp;evidence=…) or the verifier closes it (?action=close).</summary>
    [Function(AppTriggers.WebQuery)]
    public async Task<IActionResult> Query(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.QueryRoute)] HttpRequest request,
        string code, int year, string id, CancellationToken cancellationToken) =>
        WebFunctions.Send(await review.QueryActionAsync(CallerOf(request), code, year, id, request.Query["action"].FirstOrDefault(),
            request.Query["text"].FirstOrDefault(), request.Query["evidence"].FirstOrDefault(), cancellationToken).ConfigureAwait(false));

    /// <summary>The verifier records the statement (?reference=…&amp;level=…&amp;date=…&amp;fileName=…, the file as the body).</summary>
    [Function(AppTriggers.WebStatement)]
    public async Task<IActionResult> Statement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.StatementRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        WebFunctions.Send(await review.RecordStatementAsync(CallerOf(request), code, year, request.Query["reference"].FirstOrDefault(),
            request.Query["level"].FirstOrDefault(), request.Query["date"].FirstOrDefault(), request.Query["fileName"].FirstOrDefault(), request.Body,
            cancellationToken).ConfigureAwait(false));

    private Caller? CallerOf(HttpRequest request) => WebFunctions.CallerOf(request, api);
}
