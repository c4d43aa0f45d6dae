using System.ComponentModel;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// The local runner: the Functions app's triggers on the WebJobs SDK plus its HTTP routes on ASP.NET Core, against
/// Azurite (data kept in ./.azurite) or a given account, until Ctrl+C.
/// </summary>
internal sealed class RunCommand(IAnsiConsole console) : AsyncCommand<RunCommand.Settings>
{
    /// <summary>The local Azurite's connection string, written beside its data for `export GhgStorage=$(cat .azurite/connection)`.</summary>
    public const string ConnectionFile = "connection";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--connection <CONNECTION_STRING>")]
        [Description("Use this storage account instead of starting Azurite.")]
        public string? Connection { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Azurite's data folder. Default: .azurite")]
        public string Data { get; init; } = ".azurite";

        [CommandOption("--url <URL>")]
        [Description("Where the HTTP routes listen. Default: http://127.0.0.1:7071")]
        public string Url { get; init; } = "http://127.0.0.1:7071";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Azurite? azurite = null;
        try
        {
            var connection = settings.Connection;
            if (connection is null)
            {
                Directory.CreateDirectory(settings.Data);
                azurite = await Azurite.StartAsync(Path.GetFullPath(settings.Data)).ConfigureAwait(false);
                connection = azurite.ConnectionString;
            }
            var names = new StorageNames();
            // Development sign-in for this session: a fresh random key unless one is given, printed for `ghg signin`.
            var signInKey = Environment.GetEnvironmentVariable(SignInCommand.KeyVariable) is { Length: >= DevelopmentTokens.MinimumKeyLength } given
                ? given
                : DevelopmentTokens.NewKey();
            var configuration = LocalSettings.For(connection, names, new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = signInKey });
            await using var host = LocalHost.Build(configuration, new LocalHostOptions { Url = settings.Url, LogLevel = Microsoft.Extensions.Logging.LogLevel.Information });
            await host.Services.GetRequiredService<GhgStorage>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            await LocalCors.AllowAsync(host.Services.GetRequiredService<GhgStorage>().Blobs, settings.Url, cancellationToken).ConfigureAwait(false);
            console.MarkupLine("[green]运行中 Running.[/] Drop workbooks into the uploads container, or use `ghg upload`. Ctrl+C stops.");
            // Never wrapped at the terminal's width, so that it can be copied; also in a file for scripts and other shells.
            console.Profile.Out.Writer.WriteLine($"GhgStorage={connection}");
            if (azurite is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(settings.Data, ConnectionFile), connection + Environment.NewLine, cancellationToken).ConfigureAwait(false);
                console.MarkupLineInterpolated($"(also in {Path.Combine(settings.Data, ConnectionFile)})");
            }
            console.MarkupLineInterpolated($"HTTP: {settings.Url}/api/periods/<subsidiary>/<year>/lock (signed in as hq)");
            console.MarkupLineInterpolated($"Web page 网页: {settings.Url}/  (sign in with a token from: ghg signin --role officer --subsidiary CP)");
            console.MarkupLineInterpolated($"{SignInCommand.KeyVariable}={signInKey}");
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            // A service manager or `kill` sends SIGTERM: stop as cleanly as on Ctrl+C (Azurite flushes its data).
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
                signal => { signal.Cancel = true; stop.Cancel(); });
            try
            {
                await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken).Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return GhgApp.Ok;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
