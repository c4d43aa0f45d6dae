using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Storage.Blobs;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The on-demand plan and pack routes on the local runner (the Functions app calls the same WebApi.OnDemandRefusal):
/// only hq and management start them, and every link their runs and notifications hand out lives an hour at most.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OnDemandAccessTests(AzuriteFixture fixture)
{
    private const string Key = "on-demand-access-tests-signing-key";
    private static readonly DevelopmentTokens Tokens = new(Key, TimeProvider.System);

    [Fact]
    public async Task LocalHttp_OnDemandRoutes_OnlyHqAndManagement_AndLinksLiveAnHourAtMost()
    {
        var names = StorageNames.Unique("demand");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP-2023.xlsx");
        // The whole runner: the routes only queue runs, its queue trigger makes the documents.
        await using var app = LocalHost.Build(LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = Key }), new LocalHostOptions { HostId = "demand-" + names.TablePrefix.ToLowerInvariant() });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        async Task<HttpResponseMessage> PostAsync(string path, string? role)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path);
            if (role is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                    Tokens.Issue(new Caller(role + " tester", [role], ["CP"], [2023]), TimeSpan.FromHours(1)));
            }
            return await http.SendAsync(request);
        }

        // A run's documents once it is done, as the page follows it.
        async Task<JsonElement> FollowAsync(string location, string role)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, location);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                    Tokens.Issue(new Caller(role + " tester", [role], ["CP"], [2023]), TimeSpan.FromHours(1)));
                var run = JsonDocument.Parse(await (await http.SendAsync(request, timeout.Token)).Content.ReadAsStringAsync(timeout.Token)).RootElement;
                if (run.GetProperty("status").GetString() == "done")
                {
                    return run.GetProperty("documents");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
            }
        }

        var refused = new List<(string, string?, HttpStatusCode)>();
        foreach (var path in new[] { "/api/plans/2023", "/api/packs/2023?subsidiary=CP" })
        {
            foreach (var role in new[] { null, Roles.Officer, Roles.Compliance, Roles.Verifier })
            {
                refused.Add((path, role, (await PostAsync(path, role)).StatusCode));
            }
        }
        var before = DateTimeOffset.UtcNow;
        var packs = await PostAsync("/api/packs/2023?subsidiary=CP", Roles.Management);
        var plans = await PostAsync("/api/plans/2023", Roles.Hq);
        var links = new List<Uri>();
        foreach (var (response, role) in new[] { (packs, Roles.Management), (plans, Roles.Hq) })
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            links.AddRange((await FollowAsync(response.Headers.Location!.OriginalString, role)).EnumerateArray()
                .Select(d => new Uri(d.GetProperty("readLink").GetString()!)));
        }
        // The announcements follow the runs' last status write.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await app.StopAsync();

        Assert.All(refused, r => Assert.Equal(r.Item2 is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, r.Item3));
        var messages = await t.Storage.Notifications.ReceiveMessagesAsync(32);
        var notified = messages.Value.Select(m => JsonDocument.Parse(Convert.FromBase64String(m.MessageText)).RootElement).ToList();
        Assert.NotEmpty(notified);
        links.AddRange(notified.SelectMany(n => n.GetProperty("documents").EnumerateArray()).Select(d => new Uri(d.GetProperty("readLink").GetString()!)));
        Assert.True(links.Count >= 3, $"{links.Count} links");
        var latest = DateTimeOffset.UtcNow.AddHours(1).AddMinutes(1);
        Assert.All(links, link => Assert.InRange(new BlobUriBuilder(link).Sas.ExpiresOn, before, latest));
        Assert.All(notified, n => Assert.InRange(n.GetProperty("linksExpire").GetDateTimeOffset(), before, latest));
    }
}
