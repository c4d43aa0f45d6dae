using GhgReports.Composition;
using GhgReports.Inventory.Calculation;
using GhgReports.Pathways;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.Tests.Composition;

/// <summary>
/// The app's settings, bound once and checked as a host checks them at start: each refusal names the setting, the value
/// and the rule, and every refusal is told at once.
/// </summary>
public sealed class SettingsValidationTests
{
    /// <summary>What local.settings.sample.json gives a local run, plus the changes a test makes.</summary>
    private static IConfiguration Settings(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["GhgStorage"] = "UseDevelopmentStorage=true",
            ["GwpSet"] = "AR5",
            ["PathwayCurveSet"] = "seed-fitted",
            ["ResidualMixFactor"] = "",
            ["NotificationWebhookUrl"] = "",
            ["DevSignInKey"] = "",
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static ServiceProvider Start(IConfiguration settings) => new ServiceCollection().AddGhgReports(settings).BuildCheckedProvider();

    private static string Refusal(params (string Key, string? Value)[] changes) =>
        Assert.Throws<SettingsRefusedException>(() => Start(Settings(changes))).Message;

    [Fact]
    public void Start_SampleSettings_BindEveryOption()
    {
        using var services = Start(Settings(("NotificationWebhookUrl", "https://hooks.example.org/ghg"), ("DevSignInKey", "a-key-of-sixteen-chars")));

        Assert.Equal("AR5", services.GetRequiredService<CalculationSettings>().GwpSetId);
        Assert.Equal("seed-fitted", services.GetRequiredService<PathwayCurveSet>().Id);
        Assert.Equal(new StorageNames(), services.GetRequiredService<StorageNames>());
        Assert.Equal(new Uri("https://hooks.example.org/ghg"), services.GetRequiredService<NotificationWebhook>().Address);
    }

    [Fact]
    public void StorageClients_ConnectionString_ReachTheEmulator_AsOneSetOfClients()
    {
        using var services = Start(Settings());

        var storage = services.GetRequiredService<GhgStorage>();
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", storage.Blobs.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", storage.Queues.Uri.ToString().TrimEnd('/'));
        Assert.Same(services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>(), storage.Blobs);
    }

    [Fact]
    public void StorageClients_IdentityBased_UseEachServiceUri_OrTheBlobOnesSibling()
    {
        // As infra/app/functions.bicep sets it; the table endpoint left out is derived from the blob endpoint.
        using var services = Start(Settings(("GhgStorage", null),
            ("GhgStorage:blobServiceUri", "https://stghg.blob.core.windows.net"),
            ("GhgStorage:queueServiceUri", "https://stghg.queue.core.windows.net"),
            ("GhgStorage:credential", "managedidentity"),
            ("GhgStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        var storage = services.GetRequiredService<GhgStorage>();
        Assert.Equal("https://stghg.blob.core.windows.net/", storage.Blobs.Uri.ToString());
        Assert.Equal("https://stghg.queue.core.windows.net/", storage.Queues.Uri.ToString());
        Assert.Equal("https://stghg.table.core.windows.net/", storage.Tables.Uri.ToString());
    }

    [Fact]
    public void StorageClients_ManagedIdentityWithoutClientId_IsRefusedWhenFirstUsed_NamingTheSetting()
    {
        using var services = Start(Settings(("GhgStorage", null), ("GhgStorage:blobServiceUri", "https://stghg.blob.core.windows.net"),
            ("GhgStorage:credential", "managedidentity")));

        var refused = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<GhgStorage>());

        Assert.Contains("'GhgStorage__clientId' is required with credential=managedidentity.", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EmptyOptionalSettings_MeanTheirDefaults()
    {
        using var services = Start(Settings(("NotificationsQueue", ""), ("PathwayCurveSet", "")));

        Assert.Equal("notifications", services.GetRequiredService<StorageNames>().NotificationsQueue);
        Assert.Equal(GhgOptions.DefaultCurveSet, services.GetRequiredService<PathwayCurveSet>().Id);
        Assert.Null(services.GetRequiredService<NotificationWebhook>().Address);
    }

    [Fact]
    public void Start_NoGwpSet_IsRefused_BecauseTheChoiceIsReported() =>
        Assert.Contains("Setting 'GwpSet' (e.g. AR5 or AR6) is required", Refusal(("GwpSet", null)), StringComparison.Ordinal);

    [Theory]
    [InlineData("GwpSet", "AR9", "Setting 'GwpSet' is 'AR9', which is not a GWP set of this build (AR4, AR5, AR6).")]
    [InlineData("PathwayCurveSet", "asi-2031", "Setting 'PathwayCurveSet' is 'asi-2031', which is not a curve set of this build (seed-fitted).")]
    [InlineData("ResidualMixFactor", "no-such/factor", "Setting 'ResidualMixFactor' is 'no-such/factor', which is not a factor of library")]
    [InlineData("NotificationWebhookUrl", "hooks.example.org/ghg", "Setting 'NotificationWebhookUrl' is 'hooks.example.org/ghg': it must be an absolute http or https URL")]
    [InlineData("NotificationWebhookUrl", "file:///etc/hook", "Setting 'NotificationWebhookUrl' is 'file:///etc/hook': it must be an absolute http or https URL")]
    [InlineData("DevSignInKey", "short-key", "Setting 'DevSignInKey' has 9 characters: a development sign-in key needs at least 16")]
    [InlineData("UploadsContainer", "Uploads", "Setting 'UploadsContainer' is 'Uploads': a container or queue name has 3 to 63 lower-case letters")]
    [InlineData("BackupsContainer", "backups--2024", "Setting 'BackupsContainer' is 'backups--2024'")]
    [InlineData("EvidenceContainer", "ev", "Setting 'EvidenceContainer' is 'ev'")]
    [InlineData("NotificationsQueue", "ready_queue", "Setting 'NotificationsQueue' is 'ready_queue'")]
    [InlineData("TablePrefix", "2024Ghg", "Setting 'TablePrefix' is '2024Ghg': it must start with a letter and have only letters and digits")]
    [InlineData("TablePrefix", "Ghg-Test", "Setting 'TablePrefix' is 'Ghg-Test'")]
    public void Start_ValueTheAppWouldRefuseLater_IsRefusedNow_NamingTheSetting(string setting, string value, string expected) =>
        Assert.Contains(expected, Refusal((setting, value)), StringComparison.Ordinal);

    [Fact]
    public void Start_TablePrefixTooLongForTheLongestTable_IsRefused()
    {
        // "Verification" (12) is the longest table suffix: 63 - 12 = 51 characters of prefix at most.
        Assert.Contains("at most 51 of them", Refusal(("TablePrefix", "G" + new string('x', 51))), StringComparison.Ordinal);
        using var fits = Start(Settings(("TablePrefix", "G" + new string('x', 50))));
        Assert.All(fits.GetRequiredService<StorageNames>().Tables, table => Assert.True(table.Length <= 63, table));
    }

    [Fact]
    public void Start_SeveralBadSettings_AreAllTold()
    {
        var refusal = Assert.Throws<SettingsRefusedException>(() => Start(Settings(("GwpSet", "AR9"), ("ReportsContainer", "R"), ("NotificationWebhookUrl", "nope"))));

        var failures = string.Join("\n", refusal.Failures);
        Assert.Contains("'GwpSet'", failures, StringComparison.Ordinal);
        Assert.Contains("'ReportsContainer'", failures, StringComparison.Ordinal);
        Assert.Contains("'NotificationWebhookUrl'", failures, StringComparison.Ordinal);
    }
}
