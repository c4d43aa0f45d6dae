using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Storage;
using Microsoft.AspNetCore.Builder;

namespace GhgReports.IntegrationTests;

/// <summary>
/// What every web-route test shares: the local runner's routes (LocalHttp, the same WebApi the Functions app serves)
/// over containers and tables named afresh under <paramref name="prefix"/> for each test, so that no test sees another's
/// data; the signing key the runner trusts; the usual callers; and requests sent as one of them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public abstract class WebRouteTest(AzuriteFixture fixture, string prefix) : IAsyncLifetime
{
    protected const string SigningKey = "web-route-tests-signing-key";

    protected static DevelopmentTokens Tokens { get; } = new(SigningKey, TimeProvider.System);

    protected static Caller Hq { get; } = new("hq tester", [Roles.Hq], [], []);
    protected static Caller OfficerCp { get; } = new("officer CP", [Roles.Officer], ["CP"], []);
    protected static Caller OfficerYn { get; } = new("officer YN", [Roles.Officer], ["YN"], []);
    protected static Caller Compliance { get; } = new("compliance", [Roles.Compliance], [], []);
    protected static Caller Management { get; } = new("management", [Roles.Management], [], []);

    /// <summary>A verifier with whom one subsidiary's year is shared.</summary>
    protected static Caller VerifierOf(string code, int year, string name = "Verifier Ltd") => new(name, [Roles.Verifier], [code], [year]);

    protected string ConnectionString => fixture.Azurite.ConnectionString;
    protected StorageNames Names { get; private set; } = null!;
    protected TestStorage Storage { get; private set; } = null!;
    protected WebApplication App { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Names = StorageNames.Unique(prefix);
        Storage = await TestStorage.CreateAsync(ConnectionString, Names);
        App = LocalHttp.Build(LocalSettings.For(ConnectionString, Names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = SigningKey }), "http://127.0.0.1:0");
        await App.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(App.Urls.First()) };
        await SeedAsync();
    }

    /// <summary>What every test of the class starts from, stored once the runner is up; nothing unless overridden.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>
    /// Sends a request with <paramref name="token"/> as it stands, or else as <paramref name="caller"/> with a token the
    /// runner trusts, or anonymously when neither is given.
    /// </summary>
    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Caller? caller, byte[]? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
        }
        if (caller is not null || token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Tokens.Issue(caller!, TimeSpan.FromHours(1)));
        }
        return await Http.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string path, Caller? caller) => SendAsync(HttpMethod.Get, path, caller);

    /// <summary>The body of an answer that must be 200 OK.</summary>
    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BodyAsync(response);
    }

    /// <summary>The body of a GET as <paramref name="caller"/>, which must answer 200 OK.</summary>
    protected async Task<JsonElement> JsonAsync(string path, Caller caller) => await JsonAsync(await GetAsync(path, caller));

    /// <summary>The JSON body of an answer, whatever its status.</summary>
    protected static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>Puts a block blob through a link, as the page does.</summary>
    protected Task<HttpResponseMessage> PutAsync(Uri url, byte[] body) => PutAsync(url, new ByteArrayContent(body));

    protected Task<HttpResponseMessage> PutAsync(Uri url, string body) => PutAsync(url, new StringContent(body));

    private async Task<HttpResponseMessage> PutAsync(Uri url, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = content };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        request.Headers.Add("x-ms-version", "2021-12-02");
        return await Http.SendAsync(request);
    }
}
