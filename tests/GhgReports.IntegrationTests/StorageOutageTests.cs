using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Storage goes down under a running local runner and comes back: the process stays up, the API says 503 in both
/// languages meanwhile, and uploads made after the return are processed by the same host.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _location = Directory.CreateTempSubdirectory("ghg-outage-").FullName;

    public void Dispose() => Directory.Delete(_location, recursive: true);

    /// <summary>Longer than the 24 s that used to end the runner; GHG_OUTAGE_SECONDS measures longer outages for docs/storage.md.</summary>
    private static TimeSpan Outage =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("GHG_OUTAGE_SECONDS"), out var seconds) ? seconds : 45);

    [Fact]
    public async Task Runner_StorageDownThenBack_StaysUpAnswers503AndProcessesUploadsAfterwards()
    {
        var ports = FreePorts.ForAzurite();
        var names = StorageNames.Unique("outage");
        var key = DevelopmentTokens.NewKey();
        // Disposed halfway through, when storage goes down; again at the end should the test fail before that.
        await using var azurite = await Azurite.StartAsync(_location, ports);
        var configuration = LocalSettings.For(azurite.ConnectionString, names, new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = key });
        await using var host = LocalHost.Build(configuration, new LocalHostOptions
        {
            HostId = "ghgreports-outage", LogLevel = LogLevel.Error,
        });
        await host.Services.GetRequiredService<GhgStorage>().EnsureCreatedAsync(default);
        await host.StartAsync();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var http = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
        var token = new DevelopmentTokens(key, TimeProvider.System).Issue(new Caller("hq tester", [Roles.Hq], [], []), TimeSpan.FromHours(1));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var t = await TestStorage.CreateAsync(azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        await UploadAsync(t, "CP/CP-2023.xlsx", SeedSamples.ByCode("CP"));
        await WaitForResultAsync(t, "CP/CP-2023.xlsx", TimeSpan.FromSeconds(90));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/submissions/CP")).StatusCode);

        await azurite.DisposeAsync();
        var down = Stopwatch.StartNew();
        HttpResponseMessage? during = null;
        while (down.Elapsed < Outage)
        {
            during ??= await http.GetAsync("api/submissions/CP");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "the runner began to stop while storage was down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during!.StatusCode);
        using var message = System.Text.Json.JsonDocument.Parse(await during.Content.ReadAsStringAsync());
        Assert.Equal("storage-unavailable", message.RootElement.GetProperty("error").GetString());
        Assert.Contains("存储", message.RootElement.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("Storage", message.RootElement.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.NotNull(during.Headers.RetryAfter);

        await using var back = await Azurite.StartAsync(_location, ports);
        var returned = Stopwatch.StartNew();
        await UploadAsync(t, "LW/LW-2023.xlsx", SeedSamples.ByCode("LW"));
        var result = await WaitForResultAsync(t, "LW/LW-2023.xlsx", TimeSpan.FromMinutes(3));
        output.WriteLine($"Outage {Outage.TotalSeconds:0} s; upload after the return processed in {returned.Elapsed.TotalSeconds:0.0} s.");

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/submissions/LW")).StatusCode);
        await host.StopAsync();
    }

    private static async Task UploadAsync(TestStorage t, string name, GhgReports.Submissions.SubsidiaryWorkbook workbook) =>
        await t.Storage.Uploads.GetBlobClient(name).UploadAsync(new BinaryData(TestStorage.Workbook(workbook)));

    private static async Task<GhgReports.Intake.IntakeResult> WaitForResultAsync(TestStorage t, string blobName, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        var path = blobName + ".result.json";
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await t.Storage.Results.GetBlobClient(path).ExistsAsync())
                {
                    return await t.Intake().ReadResultAsync(path, default);
                }
            }
            catch (Azure.RequestFailedException)
            {
                // Storage still coming back.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"No result for {blobName} within {within}.");
    }
}
