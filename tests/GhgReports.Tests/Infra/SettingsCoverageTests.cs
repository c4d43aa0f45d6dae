using System.Text.Json;
using System.Text.RegularExpressions;

namespace GhgReports.Tests.Infra;

/// <summary>
/// Every setting the app reads is defined where it runs: in Azure by the app settings block of
/// infra/app/functions.bicep, locally by local.settings.sample.json. What the app reads is found by scanning its
/// sources (configuration["X"], "%X%" binding expressions, Connection = "X") and the blob triggers from the trigger
/// declaration (AppTriggers), so a new
/// read without a definition fails here rather than at start-up in Azure.
/// </summary>
public sealed partial class SettingsCoverageTests
{
    private static readonly string Root = FindRoot();
    private static readonly SourceReads Reads = SourceReads.Scan(Path.Combine(Root, "functions"));
    private static readonly IReadOnlyDictionary<string, string?> Bicep = BicepAppSettings(Path.Combine(Root, "infra", "app", "functions.bicep"));
    private static readonly IReadOnlyDictionary<string, string?> Local = LocalSettings(Path.Combine(Root, "local.settings.sample.json"));

    /// <summary>Keys of an identity-based storage connection, as the bindings and StorageClients read them.</summary>
    private static readonly string[] IdentityConnectionKeys = ["blobServiceUri", "queueServiceUri", "tableServiceUri", "credential", "clientId"];

    /// <summary>The Functions host's own storage connection: read by the host, not by our code.</summary>
    private const string HostConnection = "AzureWebJobsStorage";

    /// <summary>Settings of features still to come (timer schedules, notifications), defined now so deployments are ready.</summary>
    private static readonly string[] Announced = ["PlanSchedule", "PackSchedule", "NotificationWebhookUrl", "NotificationsQueue"];

    [Fact]
    public void Scan_AppSources_FindsTheKnownReads()
    {
        // Guards the scanner itself: if these vanish, the patterns no longer match the code and every other test is vacuous.
        Assert.Contains("GwpSet", Reads.Settings);
        Assert.Contains("ResidualMixFactor", Reads.Settings);
        Assert.Contains("TablePrefix", Reads.Settings);
        Assert.Contains("UploadsContainer", Reads.Settings);
        Assert.Contains("GhgStorage", Reads.Connections);
        Assert.Contains("SubmissionUploaded", Reads.BlobTriggers.Keys);
        Assert.Contains("SubmissionUploadedPolling", Reads.BlobTriggers.Keys);
    }

    [Fact]
    public void FunctionsBicep_EverySettingTheAppReads_IsDefined()
    {
        var missing = Reads.Settings.Concat(Announced).Where(key => !Bicep.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "infra/app/functions.bicep lacks app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void LocalSettingsSample_EverySettingTheAppReads_IsDefined()
    {
        var missing = Reads.Settings.Concat(Announced).Where(key => !Local.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "local.settings.sample.json lacks: " + string.Join(", ", missing));
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

    /// <summary>What the app's C# sources read from configuration.</summary>
    private sealed partial record SourceReads(
        IReadOnlySet<string> Settings, IReadOnlySet<string> Connections, IReadOnlyDictionary<string, bool> BlobTriggers)
    {
        public static SourceReads Scan(string folder)
        {
            var settings = new SortedSet<string>(StringComparer.Ordinal);
            var connections = new SortedSet<string>(StringComparer.Ordinal);
            var blobTriggers = new Dictionary<string, bool>(StringComparer.Ordinal);
            var sep = Path.DirectorySeparatorChar;
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal)))
            {
                var code = File.ReadAllText(file);
                foreach (Match m in ConfigurationRead().Matches(code))
                {
                    settings.Add(m.Groups["key"].Value);
                }
                foreach (Match literal in StringLiteral().Matches(code))
                {
                    foreach (Match m in BindingExpression().Matches(literal.Value))
                    {
                        settings.Add(m.Groups["key"].Value);
                    }
                }
                foreach (Match m in ConnectionName().Matches(code))
                {
                    connections.Add(m.Groups["name"].Value);
                }
            }
            // The blob triggers come from the one declaration both hosts use; TriggerParityTests holds the built app to it.
            foreach (var trigger in GhgReports.Triggers.AppTriggers.All.Where(t => t.Kind == GhgReports.Triggers.TriggerKind.Blob))
            {
                blobTriggers[trigger.Function] = trigger.EventGridSource;
            }
            return new SourceReads(settings, connections, blobTriggers);
        }

        /// <summary>configuration["X"] / Configuration["X"], GetValue&lt;T&gt;("X"), GetSection("X").</summary>
        [GeneratedRegex(@"(?:\b[Cc]onfiguration\[\s*""(?<key>[^""]+)""\s*\]|\.(?:GetValue<[^>]+>|GetSection)\(\s*""(?<key>[^""]+)"")")]
        private static partial Regex ConfigurationRead();

        [GeneratedRegex(@"""(?:[^""\\\r\n]|\\.)*""")]
        private static partial Regex StringLiteral();

        /// <summary>%X% in an attribute argument: resolved from settings by the host.</summary>
        [GeneratedRegex(@"%(?<key>[A-Za-z_][A-Za-z0-9_.]*)%")]
        private static partial Regex BindingExpression();

        /// <summary>Connection = "X" on a binding, ConnectionName = "X" in StorageClients.</summary>
        [GeneratedRegex(@"\bConnection(?:Name)?\s*=\s*""(?<name>[^""]+)""")]
        private static partial Regex ConnectionName();

    }
}
