using System.Diagnostics;
using GhgReports.Cli.Local;

namespace GhgReports.IntegrationTests.FunctionsHost;

/// <summary>
/// The Functions app as `azd deploy` ships it: `dotnet publish -c Release` (linux-x64, ReadyToRun). CI publishes it once
/// before the tests, checks the package and names the folder in <see cref="Variable"/>; elsewhere the first test that
/// needs it publishes it here.
/// </summary>
public static class PublishedApp
{
    public const string Variable = "GHGREPORTS_PUBLISHED_APP";

    private static readonly Lazy<string> Directory = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Directory.Value;

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return System.IO.Path.GetFullPath(given);
        }
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ghgreports-published-" + Guid.NewGuid().ToString("N")[..8]);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Azurite.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", "functions/GhgReports.Functions", "-c", "Release", "-o", output, "-nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }
        using var publish = Process.Start(info)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"Publishing the Functions app failed ({publish.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
        return output;
    }
}
