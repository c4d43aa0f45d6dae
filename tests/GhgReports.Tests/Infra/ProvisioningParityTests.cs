using System.Diagnostics;
using System.Text.Json.Nodes;
using GhgReports.Storage;
using Microsoft.Extensions.Configuration;

namespace GhgReports.Tests.Infra;

/// <summary>
/// Every container, table and queue the app names (<see cref="StorageNames"/>) is created by the Bicep, as compiled
/// now: infra/build.sh compiles it (CI compiles it once and passes the folder in GHG_ARM_TEMPLATES), and the
/// template's expressions are evaluated down to resource names and the Function App's settings. A name the Bicep lacks
/// would otherwise surface in Azure only, as the first request that touches it failing.
/// </summary>
public sealed class ProvisioningParityTests
{
    /// <summary>infra/main.bicep compiled once per test run, for every test that reads the compiled template.</summary>
    internal static readonly Lazy<JsonObject> CompiledMain = new(CompiledMainTemplate);

    private static readonly Lazy<Provisioned> Infra = new(() => Provisioned.From(CompiledMain.Value));

    [Fact]
    public void Bicep_DefaultStorageNames_AreAllProvisioned()
    {
        var missing = Infra.Value.Missing(new StorageNames());

        Assert.True(missing.Count == 0, "infra/app/storage.bicep does not create: " + string.Join(", ", missing));
    }

    [Fact]
    public void Bicep_StorageNamesFromTheAppSettings_AreAllProvisioned()
    {
        // The names the app will use in Azure: its own code reading the settings the Bicep gives the Function App.
        var names = StorageNames.FromConfiguration(AppSettingsConfiguration(Infra.Value.AppSettings));

        var missing = Infra.Value.Missing(names);

        Assert.True(missing.Count == 0, "The Function App's settings name storage that infra/app/storage.bicep does not create: " + string.Join(", ", missing));
    }

    [Fact]
    public void Bicep_ProvisionsOnlyWhatTheAppNames_BesideThePlatformContainers()
    {
        var names = new StorageNames();
        var named = names.Containers.Concat(names.Tables).Concat(names.Queues).ToHashSet(StringComparer.Ordinal);

        var unnamed = Infra.Value.All.Where(name => !named.Contains(name)).Order(StringComparer.Ordinal).ToList();

        // The platform's, not the app's: the Flex Consumption plan's package container and Event Grid's dead letters.
        Assert.Equal(2, unnamed.Count);
        Assert.StartsWith("app-package-", unnamed[0], StringComparison.Ordinal);
        Assert.Equal("eventgrid-deadletter", unnamed[1]);
    }

    /// <summary>What the compiled template creates in storage, and the settings it gives the Function App.</summary>
    private sealed record Provisioned(IReadOnlySet<string> Containers, IReadOnlySet<string> Tables, IReadOnlySet<string> Queues, ArmObject AppSettings)
    {
        public IEnumerable<string> All => Containers.Concat(Tables).Concat(Queues);

        public List<string> Missing(StorageNames names) =>
        [
            .. names.Containers.Where(n => !Containers.Contains(n)).Select(n => $"container {n}"),
            .. names.Tables.Where(n => !Tables.Contains(n)).Select(n => $"table {n}"),
            .. names.Queues.Where(n => !Queues.Contains(n)).Select(n => $"queue {n}"),
        ];

        public static Provisioned From(JsonObject main)
        {
            // main.bicep's required parameters; none of them feeds a storage name.
            var resources = ArmScope.Resources(main, new Dictionary<string, string>
            {
                ["environmentName"] = "parity",
                ["location"] = "westeurope",
                ["gwpSet"] = "AR5",
            });
            IReadOnlySet<string> Named(string type) => resources
                .Where(r => r.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
                .SelectMany(r => r.Instances()).Select(i => i.LeafName).ToHashSet(StringComparer.Ordinal);
            var appSettings = Assert.Single(resources
                .Where(r => r.Type.Equals("Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase))
                .SelectMany(r => r.Instances()), i => i.LeafName == "appsettings");
            return new Provisioned(
                Named("Microsoft.Storage/storageAccounts/blobServices/containers"),
                Named("Microsoft.Storage/storageAccounts/tableServices/tables"),
                Named("Microsoft.Storage/storageAccounts/queueServices/queues"),
                appSettings.Properties() as ArmObject ?? throw new InvalidOperationException("The app settings are not an object."));
        }
    }

    /// <summary>
    /// The Function App's settings that the storage names bind (StorageNameOptions), each evaluated from the template:
    /// the others may be expressions the template leaves to deployment.
    /// </summary>
    private static IConfiguration AppSettingsConfiguration(ArmObject settings)
    {
        var bound = typeof(StorageNameOptions).GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);
        var values = bound.Where(settings.Has).ToDictionary(key => key,
            key => (string?)(settings[key] as string ?? throw new InvalidOperationException($"App setting {key} is not a string.")));
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static JsonObject CompiledMainTemplate()
    {
        if (Environment.GetEnvironmentVariable("GHG_ARM_TEMPLATES") is { Length: > 0 } compiled)
        {
            var given = Path.Combine(compiled, "main.json");
            Assert.True(File.Exists(given), $"GHG_ARM_TEMPLATES is set but holds no main.json (did infra/build.sh fail?): {given}");
            return JsonNode.Parse(File.ReadAllText(given))!.AsObject();
        }
        var root = FindRoot();
        var output = Directory.CreateTempSubdirectory("ghg-arm-");
        try
        {
            var build = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine("infra", "build.sh"), "--out", output.FullName })
            {
                build.ArgumentList.Add(arg);
            }
            using var process = Process.Start(build)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "infra/build.sh did not finish in 5 minutes");
            Assert.True(process.ExitCode == 0, $"infra/build.sh failed ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
            return JsonNode.Parse(File.ReadAllText(Path.Combine(output.FullName, "main.json")))!.AsObject();
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GhgReports.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root (GhgReports.sln) not found above " + AppContext.BaseDirectory);
    }
}
