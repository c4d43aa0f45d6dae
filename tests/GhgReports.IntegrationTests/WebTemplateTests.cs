using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Storage;
using Microsoft.AspNetCore.Builder;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The page's pre-filled template (GET /api/template/{code}/{year}) on the local runner against Azurite: an officer gets
/// their own subsidiary's, with the code, the year and the register's name in the Entity sheet, and nobody else's.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebTemplateTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string Key = "web-template-tests-signing-key";
    private static readonly DevelopmentTokens Tokens = new(Key, TimeProvider.System);
    private static readonly Caller OfficerCp = new("officer CP", [Roles.Officer], ["CP"], []);
    private static readonly Caller Hq = new("hq tester", [Roles.Hq], [], []);
    private static readonly Caller Compliance = new("compliance", [Roles.Compliance], [], []);

    private TestStorage storage = null!;
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        var names = StorageNames.Unique("webtpl");
        storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await storage.UploadGroupAsync();
        app = LocalHttp.Build(LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = Key }), "http://127.0.0.1:0");
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Caller? caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (caller is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(caller, TimeSpan.FromHours(1)));
        }
        return await http.SendAsync(request);
    }

    private static IXLCell EntityValue(XLWorkbook workbook, string key) =>
        workbook.Worksheet(S.Entity.TemplateName).Cell(S.Entity.Fields.ToList().FindIndex(f => f.Key == key) + 2, 3);

    [Fact]
    public async Task Officer_OwnSubsidiary2024_GetsTheTemplateWithCodeYearAndRegisteredName()
    {
        var response = await GetAsync("/api/template/CP/2024", OfficerCp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ghg-template-CP-2024.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("CP", EntityValue(workbook, "subsidiary_code").GetString());
        Assert.Equal(2024, EntityValue(workbook, "reporting_year").GetValue<int>());
        Assert.Equal("山东创新精密科技有限公司", EntityValue(workbook, "subsidiary_name").GetString());
    }

    [Fact]
    public async Task Officer_AnotherSubsidiary_Gets403_AndNoWorkbook()
    {
        var response = await GetAsync("/api/template/YN/2024", OfficerCp);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/template/cp/2024", HttpStatusCode.BadRequest)]
    [InlineData("/api/template/CP/1899", HttpStatusCode.BadRequest)]
    public async Task Officer_BadCodeOrYear_Gets400(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await GetAsync(path, OfficerCp)).StatusCode);
    }

    [Fact]
    public async Task OtherRoles_HqMayHandItOn_ComplianceMayNot_NobodySignedInGets401()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/template/NM/2024", Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/template/NM/2024", Compliance)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/template/NM/2024", null)).StatusCode);
    }
}
