using GhgReports.Access;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// The web page and its API (the same routes as the local runner's LocalHttp). Anonymous at the Functions level: the
/// caller is identified by App Service authentication (X-MS-CLIENT-PRINCIPAL) or a development token, and every
/// answer is decided by <see cref="WebApi"/> and <see cref="AccessPolicy"/>: 401 without a caller, 403 when not allowed.
/// </summary>
public sealed class WebFunctions(WebApi api)
{
    [Function(AppTriggers.WebPage)]
    public static IActionResult Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.PageRoute)] HttpRequest request) => Send(WebApi.Page());

    [Function(AppTriggers.WebScript)]
    public static IActionResult Script(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.ScriptRoute)] HttpRequest request) => Send(WebApi.Script());

    [Function(AppTriggers.WebStyles)]
    public static IActionResult Styles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.StylesRoute)] HttpRequest request) => Send(WebApi.Styles());

    [Function(AppTriggers.WebMe)]
    public IActionResult Me([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.MeRoute)] HttpRequest request) =>
        Send(WebApi.Me(CallerOf(request)));

    [Function(AppTriggers.WebTemplate)]
    public IActionResult Template([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.TemplateRoute)] HttpRequest request) =>
        Send(api.Template(CallerOf(request)));

    /// <summary>The template pre-filled with the officer's subsidiary code and the year.</summary>
    [Function(AppTriggers.WebTemplateFor)]
    public async Task<IActionResult> TemplateFor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.TemplateForRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        Send(await api.PrefilledTemplateAsync(CallerOf(request), code, year, cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebPacks)]
    public async Task<IActionResult> Packs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.PacksRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        Send(await api.PacksAsync(CallerOf(request), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebPackLink)]
    public async Task<IActionResult> PackLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.PackLinkRoute)] HttpRequest request,
        int year, string code, CancellationToken cancellationToken) =>
        Send(await api.PackLinkAsync(CallerOf(request), year, code, cancellationToken, request.Query["version"].FirstOrDefault()).ConfigureAwait(false));

    [Function(AppTriggers.WebPlans)]
    public async Task<IActionResult> Plans(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.PlansRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        Send(await api.PlansAsync(CallerOf(request), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebPlanLink)]
    public async Task<IActionResult> PlanLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.PlanLinkRoute)] HttpRequest request,
        int year, string lang, CancellationToken cancellationToken) =>
        Send(await api.PlanLinkAsync(CallerOf(request), year, lang, cancellationToken, request.Query["version"].FirstOrDefault()).ConfigureAwait(false));

    [Function(AppTriggers.WebUploadLink)]
    public async Task<IActionResult> UploadLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.UploadLinkRoute)] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        Send(await api.UploadLinkAsync(CallerOf(request), code, request.Query["fileName"].FirstOrDefault(), cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebSubmissions)]
    public async Task<IActionResult> Submissions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.SubmissionsRoute)] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        Send(await api.SubmissionsAsync(CallerOf(request), code, cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebReport)]
    public async Task<IActionResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.ReportRoute)] HttpRequest request,
        string code, string id, CancellationToken cancellationToken) =>
        Send(await api.ReportAsync(CallerOf(request), code, id, cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebResult)]
    public async Task<IActionResult> Result(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.ResultRoute)] HttpRequest request,
        string code, string id, CancellationToken cancellationToken) =>
        Send(await api.ResultAsync(CallerOf(request), code, id, cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebEvidence)]
    public async Task<IActionResult> Evidence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.EvidenceRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        Send(await api.EvidenceListAsync(CallerOf(request), code, year, cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebEvidenceLink)]
    public async Task<IActionResult> EvidenceLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.EvidenceLinkRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        Send(await api.EvidenceLinkAsync(CallerOf(request), code, year, request.Query["fileName"].FirstOrDefault(), request.Query["bytes"].FirstOrDefault(),
            cancellationToken).ConfigureAwait(false));

    [Function(AppTriggers.WebEvidenceCheck)]
    public async Task<IActionResult> EvidenceCheck(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AppTriggers.EvidenceCheckRoute)] HttpRequest request,
        string code, int year, CancellationToken cancellationToken) =>
        Send(await api.EvidenceCheckAsync(CallerOf(request), code, year, request.Query["fileName"].FirstOrDefault(), cancellationToken).ConfigureAwait(false));

    /// <summary>Group HQ's tracker for a year: every registered subsidiary against the deadline, the group's figures, the register, the lock history.</summary>
    [Function(AppTriggers.WebTracker)]
    public async Task<IActionResult> Tracker(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.TrackerRoute)] HttpRequest request,
        int year, CancellationToken cancellationToken) =>
        Send(await api.TrackerAsync(CallerOf(request), year, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Group HQ locks a verified period (POST ?verifier=…&amp;statement=…, or ?useStatement=true for the statement the
    /// verifier recorded) or unlocks it (DELETE ?reason=…). Who did it is
    /// the signed-in caller, recorded with the lock and in the audit trail.
    /// </summary>
    [Function(AppTriggers.LockPeriod)]
    public async Task<IActionResult> LockPeriod(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "delete", Route = AppTriggers.LockRoute)] HttpRequest request,
        string subsidiary, int year, CancellationToken cancellationToken) =>
        Send(HttpMethods.IsDelete(request.Method)
            ? await api.UnlockAsync(CallerOf(request), subsidiary, year, request.Query["reason"].ToString(), cancellationToken).ConfigureAwait(false)
            : await api.LockAsync(CallerOf(request), subsidiary, year, request.Query["verifier"].ToString(), request.Query["statement"].ToString(),
                cancellationToken, UseStatement(request)).ConfigureAwait(false));

    /// <summary>?useStatement=true: the lock takes the statement the verifier recorded.</summary>
    internal static bool UseStatement(HttpRequest request) => string.Equals(request.Query["useStatement"].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Management's year: the plan's versions, the group's figures, its intensity against the derived group pathway.</summary>
    [Function(AppTriggers.WebManagement)]
    public async Task<IActionResult> Management(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.ManagementRoute)] HttpRequest request,
        int year, CancellationToken cancellationToken) =>
        Send(await api.ManagementAsync(CallerOf(request), year, cancellationToken).ConfigureAwait(false));

    /// <summary>Where a plan or pack run stands (the Location of the on-demand routes' 202).</summary>
    [Function(AppTriggers.WebRun)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AppTriggers.RunRoute)] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        Send(await api.RunAsync(CallerOf(request), id, cancellationToken).ConfigureAwait(false));

    private Caller? CallerOf(HttpRequest request) => CallerOf(request, api);

    /// <summary>The caller of any of our anonymous routes, as <see cref="WebApi"/> resolves it.</summary>
    internal static Caller? CallerOf(HttpRequest request, WebApi api) =>
        api.Caller(request.Headers[AppServicePrincipal.HeaderName].ToString(), request.Headers.Authorization.ToString());

    internal static IActionResult Send(WebAnswer answer)
    {
        IActionResult result = answer.FileName is { } name
            ? new FileContentResult(answer.Body, answer.ContentType) { FileDownloadName = name }
            // Every other body is UTF-8 text: the page, its script, JSON.
            : new ContentResult { StatusCode = answer.Status, ContentType = answer.ContentType, Content = System.Text.Encoding.UTF8.GetString(answer.Body) };
        return answer.Location is { } location ? new WithLocation(result, location) : result;
    }

    /// <summary>A 202's Location header (a run's address) on whatever the answer is.</summary>
    private sealed class WithLocation(IActionResult inner, string location) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.Headers.Location = location;
            return inner.ExecuteResultAsync(context);
        }
    }
}
