using GhgReports.Access;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace GhgReports.Cli.Runner;

/// <summary>
/// The Functions app's HTTP routes served by the local runner: every HTTP declaration of <see cref="AppTriggers"/>,
/// under /api/ as the Functions host serves them, onto the same services as the Functions app's adapters.
/// </summary>
internal static class LocalHttp
{
    /// <summary>The HTTP routes alone, without the triggers: one host all the same.</summary>
    public static WebApplication Build(IConfiguration configuration, string url) =>
        LocalHost.Build(configuration, new LocalHostOptions { Url = url, FunctionTypes = [] });

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var declaration in AppTriggers.All.Where(t => t.Kind == TriggerKind.Http))
        {
            var handler = Handlers.TryGetValue(declaration.Function, out var found)
                ? found
                : throw new InvalidOperationException($"The runner has no handler for {declaration.Function}.");
            app.MapMethods("/api/" + declaration.Binding, [.. declaration.Methods!.Select(m => m.ToUpperInvariant())], handler)
                .WithName(declaration.Function);
        }
        // The page at the root too, as a person would type the runner's address.
        app.MapGet("/", () => Send(WebApi.Page()));
    }

    /// <summary>Each route's one call, as in the Functions app's GeneratePlan, GeneratePacks and WebFunctions.</summary>
    private static readonly Dictionary<string, Delegate> Handlers = new(StringComparer.Ordinal)
    {
        [AppTriggers.GeneratePlanOnDemand] = async (int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.StartPlanRunAsync(CallerOf(request, api), year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.GeneratePacksOnDemand] = async (int year, string? subsidiary, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.StartPackRunAsync(CallerOf(request, api), year, subsidiary, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebRun] = async (string id, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.RunAsync(CallerOf(request, api), id, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebPage] = () => Send(WebApi.Page()),
        [AppTriggers.WebScript] = () => Send(WebApi.Script()),
        [AppTriggers.WebMe] = (HttpRequest request, WebApi api) => Send(WebApi.Me(CallerOf(request, api))),
        [AppTriggers.WebTemplate] = (HttpRequest request, WebApi api) => Send(api.Template(CallerOf(request, api))),
        [AppTriggers.WebTemplateFor] = async (string code, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PrefilledTemplateAsync(CallerOf(request, api), code, year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebPacks] = async (HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PacksAsync(CallerOf(request, api), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebPackLink] = async (int year, string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PackLinkAsync(CallerOf(request, api), year, code, cancellationToken, request.Query["version"].FirstOrDefault()).ConfigureAwait(false)),
        [AppTriggers.WebPlans] = async (HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PlansAsync(CallerOf(request, api), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebPlanLink] = async (int year, string lang, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PlanLinkAsync(CallerOf(request, api), year, lang, cancellationToken, request.Query["version"].FirstOrDefault()).ConfigureAwait(false)),
        [AppTriggers.WebUploadLink] = async (string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.UploadLinkAsync(CallerOf(request, api), code, request.Query["fileName"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebSubmissions] = async (string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.SubmissionsAsync(CallerOf(request, api), code, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebReport] = async (string code, string id, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.ReportAsync(CallerOf(request, api), code, id, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebResult] = async (string code, string id, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.ResultAsync(CallerOf(request, api), code, id, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.LockPeriod] = async (string subsidiary, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(HttpMethods.IsDelete(request.Method)
                ? await api.UnlockAsync(CallerOf(request, api), subsidiary, year, request.Query["reason"].ToString(), cancellationToken).ConfigureAwait(false)
                : await api.LockAsync(CallerOf(request, api), subsidiary, year, request.Query["verifier"].ToString(), request.Query["statement"].ToString(),
                    cancellationToken, string.Equals(request.Query["useStatement"].ToString(), "true", StringComparison.OrdinalIgnoreCase)).ConfigureAwait(false)),
        [AppTriggers.WebTracker] = async (int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.TrackerAsync(CallerOf(request, api), year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebManagement] = async (int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.ManagementAsync(CallerOf(request, api), year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebStyles] = () => Send(WebApi.Styles()),
        [AppTriggers.WebEvidence] = async (string code, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.EvidenceListAsync(CallerOf(request, api), code, year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebEvidenceLink] = async (string code, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.EvidenceLinkAsync(CallerOf(request, api), code, year, request.Query["fileName"].FirstOrDefault(), request.Query["bytes"].FirstOrDefault(),
                cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebEvidenceCheck] = async (string code, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.EvidenceCheckAsync(CallerOf(request, api), code, year, request.Query["fileName"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebReview] = async (string code, string id, HttpRequest request, WebApi api, ReviewApi review, CancellationToken cancellationToken) =>
            Send(await review.ReviewAsync(CallerOf(request, api), code, id, request.Query["decision"].FirstOrDefault(), request.Query["comment"].FirstOrDefault(),
                request.Query["reason"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebVerification] = async (string code, int year, HttpRequest request, WebApi api, ReviewApi review, CancellationToken cancellationToken) =>
            Send(HttpMethods.IsPost(request.Method)
                ? await review.RaiseQueryAsync(CallerOf(request, api), code, year, request.Query["sheet"].FirstOrDefault(), request.Query["row"].FirstOrDefault(),
                    request.Query["question"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)
                : await review.VerificationAsync(CallerOf(request, api), code, year, cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebQuery] = async (string code, int year, string id, HttpRequest request, WebApi api, ReviewApi review, CancellationToken cancellationToken) =>
            Send(await review.QueryActionAsync(CallerOf(request, api), code, year, id, request.Query["action"].FirstOrDefault(), request.Query["text"].FirstOrDefault(),
                request.Query["evidence"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)),
        [AppTriggers.WebStatement] = async (string code, int year, HttpRequest request, WebApi api, ReviewApi review, CancellationToken cancellationToken) =>
            Send(await review.RecordStatementAsync(CallerOf(request, api), code, year, request.Query["reference"].FirstOrDefault(),
                request.Query["level"].FirstOrDefault(), request.Query["date"].FirstOrDefault(), request.Query["fileName"].FirstOrDefault(), request.Body,
                cancellationToken).ConfigureAwait(false)),
    };

    /// <summary>Storage down or unreachable under any route: 503 in both languages, with Retry-After, as the Functions app answers.</summary>
    public static async Task AnswerStorageOutages(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageOutage.IsOutage(ex) && !context.Response.HasStarted)
        {
            await Send(WebApi.StorageUnavailable()).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static Caller? CallerOf(HttpRequest request, WebApi api) =>
        api.Caller(request.Headers[AppServicePrincipal.HeaderName].ToString(), request.Headers.Authorization.ToString());

    private static IResult Send(WebAnswer answer)
    {
        var result = answer.FileName is { } name
            ? Results.File(answer.Body, answer.ContentType, name)
            // Every other body is UTF-8 text: the page, its script, JSON.
            : Results.Text(answer.Body, answer.ContentType, answer.Status);
        return answer.RetryAfter is not null || answer.Location is not null ? new WithHeaders(result, answer.RetryAfter, answer.Location) : result;
    }

    /// <summary>Retry-After (storage outage) and Location (a run's address in a 202), as the Functions app sends them.</summary>
    private sealed class WithHeaders(IResult inner, TimeSpan? retryAfter, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (retryAfter is { } after)
            {
                httpContext.Response.Headers.RetryAfter = ((int)after.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }
            return inner.ExecuteAsync(httpContext);
        }
    }
}
