using System.Text.Json;
using System.Text.RegularExpressions;

namespace GhgReports.Tests.Infra;

/// <summary>
/// Every setting the app reads is defined where it runs: in Azure by the app settings block of
/// infra/app/functions.bicep, locally by local.settings.sample.json. What the app reads comes from its own
/// declarations, not its source text: the options types that bind every setting (AppSettings), the "%X%" expressions
/// and connection of the trigger declaration (AppTriggers), so a new setting without a definition fails here rather
/// than at start-up in Azure.
/// </summary>
public sealed partial class SettingsCoverageTests
{
    private static readonly string Root = FindRoot();
    private static readonly AppReads Reads = AppReads.Declared();
    private static readonly IReadOnlyDictionary<string, string?> Bicep = BicepAppSettings(Path.Combine(Root, "infra", "app", "functions.bicep"));
    private static readonly IReadOnlyDictionary<string, string?> Local = LocalSettings(Path.Combine(Root, "local.settings.sample.json"));

    /// <summary>Keys of an identity-based storage connection, as the bindings and StorageConnectionOptions read them.</summary>
    private static readonly string[] IdentityConnectionKeys = ["blobServiceUri", "queueServiceUri", "tableServiceUri", "credential", "clientId"];

    /// <summary>The Functions host's own storage connection: read by the host, not by our code.</summary>
    private const string HostConnection = "AzureWebJobsStorage";

    [Fact]
    public void Declared_OptionsAndTriggers_NameTheKnownSettings()
    {
        // Guards the reading itself: if these vanish, the declarations are no longer read and every other test is vacuous.
        foreach (var setting in new[] { "GwpSet", "ResidualMixFactor", "PathwayCurveSet", "TablePrefix", "UploadsContainer", "BackupsContainer",
                     "NotificationsQueue", "NotificationWebhookUrl", "DevSignInKey", "PlanSchedule", "PackSchedule" })
        {
            Assert.Contains(setting, Reads.Settings);
        }
        // Computed properties (the curve set in use, the webhook as a URI) are not settings.
        Assert.DoesNotContain("CurveSetId", Reads.Settings);
        Assert.DoesNotContain("Webhook", Reads.Settings);
        Assert.Contains("GhgStorage", Reads.Connections);
        Assert.Contains("SubmissionUploaded", Reads.BlobTriggers.Keys);
        Assert.Contains("SubmissionUploadedPolling", Reads.BlobTriggers.Keys);
    }

    [Fact]
    public void StorageConnectionOptions_BindsEveryIdentityKey()
    {
        // The keys infra must define are the ones the options bind (configuration keys ignore case).
        var bound = typeof(GhgReports.Storage.StorageConnectionOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(IdentityConnectionKeys, key => Assert.Contains(key, bound));
    }

    [Fact]
    public void FunctionsBicep_EverySettingTheAppReads_IsDefined()
    {
        var missing = Reads.Settings.Where(key => !Bicep.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "infra/app/functions.bicep lacks app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void LocalSettingsSample_EverySettingTheAppReads_IsDefined()
    {
        var missing = Reads.Settings.Where(key => !Local.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "local.settings.sample.json lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void DeployDoc_EverySettingTheAppReads_IsNamed()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "deploy.md"));

        var missing = Reads.Settings.Where(key => !doc.Contains($"`{key}`", StringComparison.Ordinal)).Order().ToList();

        Assert.True(missing.Count == 0, "docs/deploy.md does not name: " + string.Join(", ", missing));
    }

    [Fact]
    public void FunctionsBicep_EveryStorageConnection_IsIdentityBasedWithoutConnectionString()
    {
        foreach (var connection in Reads.Connections.Append(HostConnection))
        {
            Assert.False(Bicep.ContainsKey(connection), $"'{connection}' must not be a connection string in Azure");
            foreach (var key in IdentityConnectionKeys)
            {
                Assert.True(Bicep.ContainsKey($"{connection}__{key}"), $"infra/app/functions.bicep lacks {connection}__{key}");
            }
            Assert.Equal("managedidentity", Bicep[$"{connection}__credential"]);
        }
    }

    [Fact]
    public void LocalSettingsSample_EveryStorageConnection_IsDefined()
    {
        foreach (var connection in Reads.Connections.Append(HostConnection))
        {
            Assert.True(Local.ContainsKey(connection), $"local.settings.sample.json lacks the connection '{connection}'");
        }
    }

    [Fact]
    public void FunctionsBicep_Authentication_LetsAnonymousRequestsThroughToTheApp()
    {
        // Required sign-in would turn away Event Grid's deliveries to the blob trigger's webhook, the function-key
        // routes and the web API's own 401s; the platform's part is to identify callers, the app's to decide.
        var bicep = File.ReadAllText(Path.Combine(Root, "infra", "app", "functions.bicep"));
        var auth = bicep[bicep.IndexOf("'authsettingsV2'", StringComparison.Ordinal)..];

        Assert.Contains("requireAuthentication: false", auth, StringComparison.Ordinal);
        Assert.Contains("unauthenticatedClientAction: 'AllowAnonymous'", auth, StringComparison.Ordinal);
        // The client secret comes from an app setting (a Key Vault reference), never the template text.
        Assert.Contains("clientSecretSettingName: authSecretSetting", auth, StringComparison.Ordinal);
        Assert.DoesNotContain("DevSignInKey", Bicep.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void FunctionsBicep_BlobTriggers_OnlyTheEventGridOneIsEnabled()
    {
        // Azure: the Event Grid source (the postdeploy hook subscribes it); the polling twin is off.
        var enabled = EnabledBlobTriggers(Bicep, "infra/app/functions.bicep");

        var name = Assert.Single(enabled);
        Assert.True(Reads.BlobTriggers[name], $"{name} is enabled in Azure but does not use the Event Grid source");
    }

    [Fact]
    public void LocalSettingsSample_BlobTriggers_OnlyThePollingOneIsEnabled()
    {
        // Azurite has no Event Grid: locally the polling trigger must be the one that runs.
        var enabled = EnabledBlobTriggers(Local, "local.settings.sample.json");

        var name = Assert.Single(enabled);
        Assert.False(Reads.BlobTriggers[name], $"{name} is enabled locally but uses the Event Grid source");
    }

    [Fact]
    public void LocalSettingsSample_Schedules_AreSixFieldNcrontab()
    {
        foreach (var key in Local.Keys.Where(k => k.EndsWith("Schedule", StringComparison.Ordinal)))
        {
            // NCRONTAB with seconds: {second} {minute} {hour} {day} {month} {day-of-week}.
            Assert.Equal(6, (Local[key] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public void SettingsFiles_NoAccountKeyAnywhere()
    {
        var bicepText = string.Concat(Directory.GetFiles(Path.Combine(Root, "infra"), "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.DoesNotContain("listKeys(", bicepText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", bicepText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("allowSharedKeyAccess: false", bicepText, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey=", File.ReadAllText(Path.Combine(Root, "local.settings.sample.json")), StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> EnabledBlobTriggers(IReadOnlyDictionary<string, string?> settings, string file)
    {
        var enabled = new List<string>();
        foreach (var function in Reads.BlobTriggers.Keys)
        {
            var key = $"AzureWebJobs.{function}.Disabled";
            Assert.True(settings.TryGetValue(key, out var value), $"{file} lacks {key}");
            Assert.True(value is "true" or "false", $"{file}: {key} must be 'true' or 'false', not '{value}'");
            if (value == "false")
            {
                enabled.Add(function);
            }
        }
        return enabled;
    }

    /// <summary>Keys of the `var appSettings = { … }` object; values are kept only when they are string literals.</summary>
    private static Dictionary<string, string?> BicepAppSettings(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf("var appSettings = {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{path} has no 'var appSettings = {{' block");
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        var depth = 0;
        foreach (var line in text[start..].Split('\n'))
        {
            var trimmed = line.Trim();
            if (depth == 1 && BicepProperty().Match(trimmed) is { Success: true } property)
            {
                var value = property.Groups["value"].Value;
                settings[property.Groups["key"].Value] = BicepStringLiteral().IsMatch(value) ? value[1..^1] : null;
            }
            depth += trimmed.Count(c => c == '{') - trimmed.Count(c => c == '}');
            if (depth == 0)
            {
                break;
            }
        }
        return settings;
    }

    private static Dictionary<string, string?> LocalSettings(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
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

    [GeneratedRegex(@"^'?(?<key>[A-Za-z0-9_.]+)'?\s*:\s*(?<value>.+?)$")]
    private static partial Regex BicepProperty();

    [GeneratedRegex(@"^'[^'$]*'$")]
    private static partial Regex BicepStringLiteral();

    /// <summary>What the app reads from configuration, from its declarations.</summary>
    private sealed partial record AppReads(
        IReadOnlySet<string> Settings, IReadOnlySet<string> Connections, IReadOnlyDictionary<string, bool> BlobTriggers)
    {
        public static AppReads Declared()
        {
            var settings = new SortedSet<string>(GhgReports.Composition.AppSettings.Names, StringComparer.Ordinal);
            var blobTriggers = new Dictionary<string, bool>(StringComparer.Ordinal);
            // The triggers come from the one declaration both hosts use; TriggerParityTests holds the built app to it.
            foreach (var trigger in GhgReports.Triggers.AppTriggers.All)
            {
                foreach (Match m in BindingExpression().Matches(trigger.Binding))
                {
                    settings.Add(m.Groups["key"].Value);
                }
                if (trigger.Kind == GhgReports.Triggers.TriggerKind.Blob)
                {
                    blobTriggers[trigger.Function] = trigger.EventGridSource;
                }
            }
            var connections = new SortedSet<string>(StringComparer.Ordinal) { GhgReports.Triggers.AppTriggers.Connection, GhgReports.Storage.StorageClients.ConnectionName };
            return new AppReads(settings, connections, blobTriggers);
        }

        /// <summary>%X% in a binding: resolved from settings by the host.</summary>
        [GeneratedRegex(@"%(?<key>[A-Za-z_][A-Za-z0-9_.]*)%")]
        private static partial Regex BindingExpression();
    }
}
