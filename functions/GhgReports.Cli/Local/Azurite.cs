using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GhgReports.Cli.Local;

/// <summary>
/// Azurite from the repository's npm dependency, on free ports, in memory or in a folder. Started by the tests
/// themselves: nothing needs a manually started emulator. The binary is run directly (killing npx would leave it
/// running).
/// </summary>
public sealed partial class Azurite : IAsyncDisposable
{
    // Azurite's well-known development account; public, documented, and only ever valid against the emulator.
    private const string Account = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private Azurite(Process process, AzuritePorts ports)
    {
        _process = process;
        ConnectionString = ConnectionStringFor(ports);
    }

    public string ConnectionString { get; }

    /// <summary>The connection string of an emulator on these ports, whether or not it is running (yet).</summary>
    public static string ConnectionStringFor(AzuritePorts ports) =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{ports.Blob}/{Account};QueueEndpoint=http://127.0.0.1:{ports.Queue}/{Account};TableEndpoint=http://127.0.0.1:{ports.Table}/{Account};";

    /// <summary>CPU time the emulator has used so far (for benchmarks: on two cores its one Node.js thread is often the limit).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="location">Null: in memory. A folder: data survive a restart.</param>
    /// <param name="ports">Null: free ports the emulator picks. Given: these, e.g. to point clients at storage before it is up.</param>
    public static async Task<Azurite> StartAsync(string? location = null, AzuritePorts? ports = null)
    {
        var root = RepositoryRoot();
        var binary = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"Azurite is not installed: run 'npm ci' in {root}.");
        }
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--disableTelemetry",
                     "--blobPort", Port(ports?.Blob), "--queuePort", Port(ports?.Queue), "--tablePort", Port(ports?.Table),
                 })
        {
            info.ArgumentList.Add(arg);
        }
        if (location is null)
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(location);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        var listening = new Dictionary<string, int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (listening.Count < 3)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false)
                       ?? throw new InvalidOperationException("Azurite exited: " + await process.StandardError.ReadToEndAsync().ConfigureAwait(false));
            var match = Listening().Match(line);
            if (match.Success)
            {
                listening[match.Groups["service"].Value.ToLowerInvariant()] = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        // Keep draining output so the child never blocks on a full pipe.
        _ = Task.Run(() => process.StandardOutput.ReadToEndAsync());
        _ = Task.Run(() => process.StandardError.ReadToEndAsync());
        return new Azurite(process, new AzuritePorts(listening["blob"], listening["queue"], listening["table"]));
    }

    private static string Port(int? port) => (port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Stops Azurite the way a person would (SIGTERM), so an on-disk emulator flushes its table database; a hard kill
    /// loses the last seconds of writes. Falls back to killing it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        if (!_process.HasExited)
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            {
                _ = Kill(_process.Id, SigTerm);
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        _process.Dispose();
    }

    private int _disposed;

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>The checkout holding node_modules: above the binary (dotnet run, tests), else above the working folder.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GhgReports.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"Repository root (GhgReports.sln) not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service (is )?successfully listening at http://[^:]+:(?<port>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Listening();
}

/// <summary>The emulator's three service ports.</summary>
public readonly record struct AzuritePorts(int Blob, int Queue, int Table);
