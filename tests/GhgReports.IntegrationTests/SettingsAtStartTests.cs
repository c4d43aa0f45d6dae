using GhgReports.Cli;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.IntegrationTests.FunctionsHost;
using GhgReports.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A setting the app would refuse stops each of its compositions at start, with the message naming the setting: the
/// published Functions worker, the local runner and a storage command of the CLI. None of them gets as far as storage,
/// so none needs it.
/// </summary>
public sealed class SettingsAtStartTests
{
    /// <summary>The emulator's default address, where no test's Azurite listens: a composition past its settings would fail later, elsewhere.</summary>
    private const string NoStorage = "UseDevelopmentStorage=true";

    [Fact]
    public async Task PublishedWorker_GwpSetThisBuildLacks_EndsAtStart_NamingTheSetting()
    {
        var settings = LocalSettings.For(NoStorage, StorageNames.Unique("bad"), new Dictionary<string, string?> { ["GwpSet"] = "AR9" });

        var refused = await Assert.ThrowsAsync<MinimalFunctionsHost.WorkerExitedException>(() => MinimalFunctionsHost.StartAsync(PublishedApp.Path,
            settings.AsEnumerable().Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value)));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Setting 'GwpSet' is 'AR9', which is not a GWP set of this build (AR4, AR5, AR6).", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runner_ContainerNameAzureRefuses_FailsToStart_NamingTheSetting()
    {
        await using var app = LocalHost.Build(LocalSettings.For(NoStorage, StorageNames.Unique("bad") with { Reports = "Reports_2024" }));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Setting 'ReportsContainer' is 'Reports_2024': a container or queue name has 3 to 63 lower-case letters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_WebhookThatIsNotHttp_ExitsTwo_WithTheSettingNamed_BeforeAnyStorageCall()
    {
        var console = new TestConsole().Width(400);

        var exit = GhgApp.Run(["remind", "--year", "2024", "--webhook", "ftp://hooks.example.org/ghg", "--connection", NoStorage], console);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("设置有误，未执行任何操作", console.Output, StringComparison.Ordinal);
        Assert.Contains("Setting 'NotificationWebhookUrl' is 'ftp://hooks.example.org/ghg': it must be an absolute http or https URL", console.Output, StringComparison.Ordinal);
    }
}
