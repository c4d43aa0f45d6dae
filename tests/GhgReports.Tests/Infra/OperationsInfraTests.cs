using System.Text.Json.Nodes;

namespace GhgReports.Tests.Infra;

/// <summary>
/// What operations rely on in Azure, read from the compiled template (infra/build.sh, as ProvisioningParityTests):
/// alerts to an action group, WORM backups, ZRS by default, blob access logs, the instance cap Flex Consumption
/// accepts, the sign-in secret in Key Vault; and the postdeploy hooks' retry and dead-letter options.
/// </summary>
public sealed class OperationsInfraTests
{
    private static JsonObject Main => ProvisioningParityTests.CompiledMain.Value;

    [Fact]
    public void Alerts_CoverFailuresPoisonQueuesEventGridAndTheDailyCap_AndEachTellsTheActionGroup()
    {
        var alerts = Resources(Module("alerts")).ToList();
        var metricAlerts = alerts.Where(r => Type(r) == "Microsoft.Insights/metricAlerts").ToList();
        var queryAlerts = alerts.Where(r => Type(r) == "Microsoft.Insights/scheduledQueryRules").ToList();

        var metrics = metricAlerts.SelectMany(r => r["properties"]!["criteria"]!["allOf"]!.AsArray()).Select(c => (string?)c!["metricName"]).ToList();
        var queries = queryAlerts.SelectMany(r => r["properties"]!["criteria"]!["allOf"]!.AsArray()).Select(c => (string?)c!["query"]).ToList();

        Assert.Single(alerts, r => Type(r) == "Microsoft.Insights/actionGroups");
        Assert.Equal(["DeadLetteredCount", "DeliveryAttemptFailCount", "requests/failed"], metrics.Order(StringComparer.Ordinal));
        Assert.Contains(queries, q => q!.Contains("Poison queue ", StringComparison.Ordinal));
        Assert.Contains(queries, q => q!.Contains("OverQuota", StringComparison.Ordinal));
        Assert.All(metricAlerts.Concat(queryAlerts), alert =>
            Assert.Contains("Microsoft.Insights/actionGroups", alert["properties"]!["actions"]!.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public void ActionGroup_MailsTheAddressAzdIsGiven()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra", "main.parameters.json")))!["parameters"]!;

        Assert.Equal("${ALERT_EMAIL}", (string?)parameters["alertEmail"]!["value"]);
        Assert.Contains("emailAddress", Module("alerts").ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_IsZoneRedundantByDefault()
    {
        Assert.Equal("Standard_ZRS", (string?)Main["parameters"]!["storageSkuName"]!["defaultValue"]);
        Assert.Equal("Standard_ZRS", (string?)Module("storage")["parameters"]!["skuName"]!["defaultValue"]);
    }

    [Fact]
    public void MaximumInstanceCount_StaysWithinWhatFlexConsumptionAccepts()
    {
        foreach (var parameter in new[] { Main["parameters"]!["maximumInstanceCount"]!, Module("functions")["parameters"]!["maximumInstanceCount"]! })
        {
            Assert.Equal((40, 1000), ((int)parameter["minValue"]!, (int)parameter["maxValue"]!));
        }
    }

    [Fact]
    public void BackupsContainer_IsWorm_AndExportsExpireAfterTheirRetention()
    {
        var storage = Module("storage");
        var containers = Resources(storage).Where(r => Type(r) == "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        var backups = Assert.Single(containers, r => r["name"]!.ToString().Contains("backupsContainerName", StringComparison.Ordinal));

        Assert.True((bool)backups["properties"]!["immutableStorageWithVersioning"]!["enabled"]!);
        Assert.Contains(Resources(storage), r => Type(r) == "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"
            && r["name"]!.ToString().Contains("backupsContainerName", StringComparison.Ordinal));
        Assert.Contains("expire-table-exports", storage.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BlobReadWriteAndDeleteLogs_GoToLogAnalytics()
    {
        var setting = Assert.Single(Resources(Module("storage")), r => Type(r) == "Microsoft.Insights/diagnosticSettings");

        Assert.Contains("logAnalyticsWorkspaceId", setting["properties"]!["workspaceId"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["StorageDelete", "StorageRead", "StorageWrite"],
            setting["properties"]!["logs"]!.AsArray().Select(l => (string?)l!["category"]).Order(StringComparer.Ordinal));
        Assert.Contains("logAnalyticsId", Main.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SignInSecret_IsAKeyVaultReferenceReadWithTheAppIdentity_NeverAnAppSettingValue()
    {
        var functions = Module("functions");
        var site = Assert.Single(Resources(functions), r => Type(r) == "Microsoft.Web/sites");
        var vault = Module("keyvault");

        Assert.False(functions["parameters"]!.AsObject().ContainsKey("authClientSecret"));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", functions["variables"]!["authAppSettings"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("identityId", site["properties"]!["keyVaultReferenceIdentity"]!.ToString(), StringComparison.Ordinal);
        Assert.True((bool)Assert.Single(Resources(vault), r => Type(r) == "Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!);
        // Key Vault Secrets User, and only that, for the app.
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", vault.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void UploadSubscription_RetriesThenDeadLettersWithTheTopicIdentity(string hook)
    {
        var script = File.ReadAllText(Path.Combine(Root, "scripts", hook));

        Assert.Contains("--max-delivery-attempts 30", script, StringComparison.Ordinal);
        Assert.Contains("--event-ttl 1440", script, StringComparison.Ordinal);
        Assert.Contains("--deadletter-identity systemassigned", script, StringComparison.Ordinal);
        Assert.Contains("--deadletter-identity-endpoint", script, StringComparison.Ordinal);
        Assert.Contains("EVENT_GRID_DEADLETTER_CONTAINER_ID", Main["outputs"]!.ToJsonString(), StringComparison.Ordinal);
        // The topic writes dead letters with its own identity: it has one, and a data role on the container.
        var eventGrid = Module("eventgrid");
        Assert.Equal("SystemAssigned", (string?)Assert.Single(Resources(eventGrid), r => Type(r) == "Microsoft.EventGrid/systemTopics")["identity"]!["type"]);
        Assert.Contains(Resources(eventGrid), r => Type(r) == "Microsoft.Authorization/roleAssignments");
    }

    private static string Type(JsonObject resource) => (string)resource["type"]!;

    private static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>The inline template of the module main.bicep deploys under <paramref name="name"/>.</summary>
    private static JsonObject Module(string name) =>
        Resources(Main).Single(r => Type(r) == "Microsoft.Resources/deployments" && (string?)r["name"] == name)["properties"]!["template"]!.AsObject();

    private static readonly string Root = FindRoot();

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
