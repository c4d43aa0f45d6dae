using GhgReports.ReportingPack;
using GhgReports.Plan;
using GhgReports.Localization;
using GhgReports.Access;
using GhgReports.Intake;
using GhgReports.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.Cli.Runner;

/// <summary>
/// The Functions app's HTTP routes served locally (port 7071, like `func start`), over the same services. There are
/// no function keys locally: it binds to the loopback address only.
/// </summary>
public static class LocalHttp
{
    public static WebApplication Build(IConfiguration configuration, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(url);
        builder.Services.AddGhgReports(configuration);
        // Nothing in front of the runner sets or strips X-MS-CLIENT-PRINCIPAL, so it is never trusted here: callers
        // sign in with a development token (ghg signin), accepted only when DevSignInKey is set.
        builder.Services.AddSingleton(provider => new CallerResolver(
            DevelopmentTokens.FromConfiguration(configuration, provider.GetRequiredService<TimeProvider>()), trustPrincipalHeader: false));
        var app = builder.Build();
        MapWeb(app);
        return app;
    }

    /// <summary>The web page and its API: the same routes as the Functions app's WebFunctions, onto the same WebApi.</summary>
    private static void MapWeb(WebApplication app)
    {
        static Caller? CallerOf(HttpRequest request, WebApi api) =>
            api.Caller(request.Headers[AppServicePrincipal.HeaderName].ToString(), request.Headers.Authorization.ToString());

        // On-demand generation, as the Functions app's GeneratePlanOnDemand / GeneratePacksOnDemand (function keys there,
        // loopback-only here).
        app.MapPost("/api/plans/{year:int}", async (int year, PlanGenerator plans, CancellationToken cancellationToken) =>
            await plans.GenerateAsync(year, [Language.Zh, Language.En], cancellationToken).ConfigureAwait(false) is { } published
                ? Results.Ok(published)
                : Results.NotFound("no group register yet"));
        app.MapPost("/api/packs/{year:int}", async (int year, string? subsidiary, PackGenerator packs, CancellationToken cancellationToken) =>
            Results.Ok(await packs.BuildAllAsync(year, string.IsNullOrEmpty(subsidiary) ? null : subsidiary, cancellationToken).ConfigureAwait(false)));
        app.MapGet("/", () => Send(WebApi.Page()));
        app.MapGet("/api/web", () => Send(WebApi.Page()));
        app.MapGet("/api/app.js", () => Send(WebApi.Script()));
        app.MapGet("/api/me", (HttpRequest request, WebApi api) => Send(WebApi.Me(CallerOf(request, api))));
        app.MapGet("/api/template", (HttpRequest request, WebApi api) => Send(api.Template(CallerOf(request, api))));
        app.MapGet("/api/packs", async (HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PacksAsync(CallerOf(request, api), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/packs/{year:int}/{code}/link", async (int year, string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PackLinkAsync(CallerOf(request, api), year, code, cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/plans", async (HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PlansAsync(CallerOf(request, api), request.Query["year"].ToString(), cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/plans/{year:int}/{lang}/link", async (int year, string lang, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.PlanLinkAsync(CallerOf(request, api), year, lang, cancellationToken).ConfigureAwait(false)));
        app.MapPost("/api/uploads/{code}/link", async (string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.UploadLinkAsync(CallerOf(request, api), code, request.Query["fileName"].FirstOrDefault(), cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/submissions/{code}", async (string code, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.SubmissionsAsync(CallerOf(request, api), code, cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/submissions/{code}/{id}/report", async (string code, string id, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.ReportAsync(CallerOf(request, api), code, id, cancellationToken).ConfigureAwait(false)));
        app.MapGet("/api/submissions/{code}/{id}/result", async (string code, string id, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.ResultAsync(CallerOf(request, api), code, id, cancellationToken).ConfigureAwait(false)));
        app.MapPost("/api/periods/{subsidiary}/{year:int}/lock", async (string subsidiary, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.LockAsync(CallerOf(request, api), subsidiary, year, request.Query["verifier"].ToString(), request.Query["statement"].ToString(),
                cancellationToken).ConfigureAwait(false)));
        app.MapDelete("/api/periods/{subsidiary}/{year:int}/lock", async (string subsidiary, int year, HttpRequest request, WebApi api, CancellationToken cancellationToken) =>
            Send(await api.UnlockAsync(CallerOf(request, api), subsidiary, year, request.Query["reason"].ToString(), cancellationToken).ConfigureAwait(false)));
    }

    private static IResult Send(WebAnswer answer) => answer.FileName is { } name
        ? Results.File(answer.Body, answer.ContentType, name)
        // Every other body is UTF-8 text: the page, its script, JSON.
        : Results.Text(answer.Body, answer.ContentType, answer.Status);

}
