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
        var app = builder.Build();
        app.MapPost("/api/periods/{subsidiary}/{year:int}/lock", async (string subsidiary, int year, string? verifier, string? statement, string? actor,
            PeriodLocks locks, CancellationToken cancellationToken) =>
        {
            if (!SubsidiaryCode.IsValid(subsidiary) || string.IsNullOrEmpty(actor) || string.IsNullOrEmpty(verifier) || string.IsNullOrEmpty(statement))
            {
                return Results.BadRequest("subsidiary code, actor, verifier and statement are required");
            }
            await locks.LockAsync(subsidiary, year, verifier, statement, actor, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new LockState(subsidiary, year, true));
        });
        app.MapDelete("/api/periods/{subsidiary}/{year:int}/lock", async (string subsidiary, int year, string? actor, string? reason,
            PeriodLocks locks, CancellationToken cancellationToken) =>
        {
            if (!SubsidiaryCode.IsValid(subsidiary) || string.IsNullOrEmpty(actor))
            {
                return Results.BadRequest("subsidiary code and actor are required");
            }
            await locks.UnlockAsync(subsidiary, year, actor, reason ?? "", cancellationToken).ConfigureAwait(false);
            return Results.Ok(new LockState(subsidiary, year, false));
        });
        return app;
    }

    public sealed record LockState(string Subsidiary, int Year, bool Locked);
}
