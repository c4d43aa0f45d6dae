using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using GhgReports.Access;
using GhgReports.Cli;
using GhgReports.Cli.Runner;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The web page's API on the local runner's LocalHttp (the same WebApi the Functions app serves), against Azurite:
/// who gets 401 and 403, that links reach exactly one blob, and that an upload link can only create.
/// </summary>
public sealed class WebAccessTests(AzuriteFixture fixture) : WebRouteTest(fixture, "web")
{
    private static readonly Caller Verifier = VerifierOf("CP", 2023);
    private static readonly Caller LiHua = new("Li Hua (HQ)", [Roles.Hq], [], []);

    protected override async Task SeedAsync()
    {
        foreach (var name in new[]
                 {
                     "iso14064/2023/CP-2023-iso14064-pack.zip", "iso14064/2023/YN-2023-iso14064-pack.zip",
                     "iso14064/2024/CP-2024-iso14064-pack.zip", "plans/2023/ghg-reduction-plan-2023-zh.pdf", "plans/2023/ghg-reduction-plan-2023-en.pdf",
                 })
        {
            await Storage.Storage.Reports.UploadBlobAsync(name, new BinaryData("content of " + name));
        }
        await Storage.Storage.Archive.UploadBlobAsync("CP/secret.xlsx", new BinaryData("archived"));
    }

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/template")]
    [InlineData("GET", "/api/packs?year=2023")]
    [InlineData("GET", "/api/packs/2023/CP/link")]
    [InlineData("GET", "/api/plans")]
    [InlineData("GET", "/api/plans/2023/zh/link")]
    [InlineData("POST", "/api/uploads/CP/link")]
    [InlineData("GET", "/api/submissions/CP")]
    [InlineData("GET", "/api/submissions/CP/abc123/report")]
    [InlineData("GET", "/api/submissions/CP/abc123/result")]
    public async Task Anonymous_Gets401(string method, string path)
    {
        var response = await SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BadOrForgedToken_Gets401()
    {
        var forged = new DevelopmentTokens("some-other-signing-key-xyz", TimeProvider.System).Issue(Compliance, TimeSpan.FromHours(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/packs", null, token: forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/packs", null, token: "not-a-token")).StatusCode);
    }

    [Fact]
    public async Task PrincipalHeader_IsNotTrustedByTheLocalRunner()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add(AppServicePrincipal.HeaderName,
            Convert.ToBase64String("""{"claims":[{"typ":"roles","val":"compliance"}]}"""u8.ToArray()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Page_IsServedToEveryone()
    {
        var response = await Http.GetAsync("/");
        var script = await Http.GetAsync("/api/app.js");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (response.StatusCode, script.StatusCode));
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_ReturnsRoleAndSubsidiary()
    {
        var me = await JsonAsync(await GetAsync("/api/me", OfficerYn));

        Assert.Equal("officer", me.GetProperty("roles")[0].GetString());
        Assert.Equal("YN", me.GetProperty("subsidiaries")[0].GetString());
    }

    [Theory]
    [InlineData("GET", "/api/submissions/CP")]
    [InlineData("POST", "/api/uploads/CP/link")]
    [InlineData("GET", "/api/packs/2023/CP/link")]
    [InlineData("GET", "/api/packs/2023/YN/link")]
    [InlineData("GET", "/api/packs")]
    [InlineData("GET", "/api/plans")]
    [InlineData("GET", "/api/plans/2023/en/link")]
    public async Task OfficerOfYn_OtherDataOrOtherRoles_Gets403(string method, string path)
    {
        var response = await SendAsync(new HttpMethod(method), path, OfficerYn);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OfficerOfYn_OwnSubmissions_AndTemplate()
    {
        var view = await JsonAsync(await GetAsync("/api/submissions/YN", OfficerYn));
        var template = await GetAsync("/api/template", OfficerYn);

        Assert.Equal("YN", view.GetProperty("subsidiary").GetString());
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal((byte)'P', (await template.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task Report_OnlyForTheSubsidiarysOwnOfficer()
    {
        await Storage.Storage.Submissions.AddEntityAsync(new SubmissionEntity
        {
            PartitionKey = "CP", RowKey = "abc123", Status = SubmissionStatus.Rejected, BlobName = "CP/x.xlsx", FileName = "x.xlsx",
            ResultPath = "CP/x.xlsx.result.json",
        });
        await Storage.Storage.Results.UploadBlobAsync("CP/x.xlsx.report.html", new BinaryData("<p>report</p>"));

        var own = await GetAsync("/api/submissions/CP/abc123/report", OfficerCp);
        var other = await GetAsync("/api/submissions/CP/abc123/report", OfficerYn);
        var viaOwnCode = await GetAsync("/api/submissions/YN/abc123/report", OfficerYn);
        var badId = await GetAsync("/api/submissions/CP/..%2Fx/report", OfficerCp);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("<p>report</p>", await own.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (other.StatusCode, viaOwnCode.StatusCode, badId.StatusCode));
    }

    [Fact]
    public async Task Result_OnlyForTheSubsidiarysOwnOfficer_AsJsonToShow()
    {
        await Storage.Storage.Submissions.AddEntityAsync(new SubmissionEntity
        {
            PartitionKey = "CP", RowKey = "abc123", Status = SubmissionStatus.Rejected, BlobName = "CP/x.xlsx", FileName = "x.xlsx",
            ResultPath = "CP/x.xlsx.result.json",
        });
        await Storage.Storage.Results.UploadBlobAsync("CP/x.xlsx.result.json", new BinaryData("""{"status":"rejected"}"""));

        var own = await GetAsync("/api/submissions/CP/abc123/result", OfficerCp);
        var other = await GetAsync("/api/submissions/CP/abc123/result", OfficerYn);
        var viaOwnCode = await GetAsync("/api/submissions/YN/abc123/result", OfficerYn);
        var missing = await GetAsync("/api/submissions/CP/def456/result", OfficerCp);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/json", own.Content.Headers.ContentType?.MediaType);
        Assert.Null(own.Content.Headers.ContentDisposition); // shown on the page, not saved
        Assert.Equal("""{"status":"rejected"}""", await own.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (other.StatusCode, viaOwnCode.StatusCode, missing.StatusCode));
    }

    [Fact]
    public async Task Verifier_SeesOnlySharedSubsidiaryAndYear()
    {
        var packs = await JsonAsync(await GetAsync("/api/packs", Verifier));
        var shared = await GetAsync("/api/packs/2023/CP/link", Verifier);
        var otherYear = await GetAsync("/api/packs/2024/CP/link", Verifier);
        var otherSubsidiary = await GetAsync("/api/packs/2023/YN/link", Verifier);

        var listed = Assert.Single(packs.EnumerateArray());
        Assert.Equal(("CP", 2023), (listed.GetProperty("subsidiary").GetString(), listed.GetProperty("year").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (shared.StatusCode, otherYear.StatusCode, otherSubsidiary.StatusCode));
    }

    [Fact]
    public async Task Compliance_PackLink_ReadsExactlyThatBlob_ReadOnly_WithinAnHour()
    {
        var packs = await JsonAsync(await GetAsync("/api/packs?year=2023", Compliance));
        var link = await JsonAsync(await GetAsync("/api/packs/2023/CP/link", Compliance));

        Assert.Equal(["CP", "YN"], packs.EnumerateArray().Select(p => p.GetProperty("subsidiary").GetString()));
        var url = new Uri(link.GetProperty("url").GetString()!);
        var parts = new BlobUriBuilder(url);
        Assert.Equal((Storage.Storage.Names.Reports, "iso14064/2023/CP-2023-iso14064-pack.zip"), (parts.BlobContainerName, parts.BlobName));
        Assert.Equal("r", parts.Sas.Permissions);
        Assert.Equal("b", parts.Sas.Resource);
        Assert.True(parts.Sas.ExpiresOn <= DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal("content of iso14064/2023/CP-2023-iso14064-pack.zip", (await new BlobClient(url).DownloadContentAsync()).Value.Content.ToString());
        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => new BlobClient(url).UploadAsync(new BinaryData("overwrite"), overwrite: true));
    }

    [Theory]
    [InlineData("/api/packs/2023/..%2Fx/link")]
    [InlineData("/api/packs/2023/CP%2F..%2F..%2Farchive/link")]
    [InlineData("/api/packs/2023/cp/link")]
    [InlineData("/api/packs/2023/CP..x/link")]
    [InlineData("/api/packs/1999/CP/link")]
    [InlineData("/api/plans/2023/..%2F..%2Fiso14064/link")]
    [InlineData("/api/plans/2023/fr/link")]
    [InlineData("/api/packs?year=..%2F")]
    public async Task LinkForAnotherPath_IsRefused(string path)
    {
        var compliance = await GetAsync(path, Compliance);
        var management = await GetAsync(path, Management);

        Assert.Equal(HttpStatusCode.BadRequest, compliance.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, management.StatusCode);
    }

    [Fact]
    public async Task Management_ListsPlans_AndGetsAReadLink()
    {
        var plans = await JsonAsync(await GetAsync("/api/plans?year=2023", Management));
        var link = await JsonAsync(await GetAsync("/api/plans/2023/zh/link", Management));
        var missing = await GetAsync("/api/plans/2024/zh/link", Management);

        Assert.Equal(["en", "zh"], plans.EnumerateArray().Select(p => p.GetProperty("language").GetString()));
        Assert.Equal("plans/2023/ghg-reduction-plan-2023-zh.pdf", new BlobUriBuilder(new Uri(link.GetProperty("url").GetString()!)).BlobName);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task UploadLink_CreateOnly_FifteenMinutes_OwnFolder()
    {
        var link = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/uploads/CP/link", OfficerCp));

        var url = new Uri(link.GetProperty("url").GetString()!);
        var parts = new BlobUriBuilder(url);
        Assert.Equal(Storage.Storage.Names.Uploads, parts.BlobContainerName);
        Assert.Matches("^CP/CP-[0-9]{14}-[0-9a-f]{12}\\.xlsx$", parts.BlobName);
        Assert.Equal(link.GetProperty("blobName").GetString(), parts.BlobName);
        Assert.Equal("c", parts.Sas.Permissions);
        Assert.True(parts.Sas.ExpiresOn <= DateTimeOffset.UtcNow.AddMinutes(15));

        var first = await PutAsync(url, "workbook bytes");
        var second = await PutAsync(url, "another workbook");
        using var read = await Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("workbook bytes", (await Storage.Storage.Uploads.GetBlobClient(parts.BlobName).DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task UploadThroughLink_IsRecordedWithTheSignedInOfficerAndTheirFileName()
    {
        await Storage.UploadGroupAsync();
        var link = await JsonAsync(await SendAsync(HttpMethod.Post,
            "/api/uploads/CP/link?fileName=" + Uri.EscapeDataString(@"C:\Users\王\CP 2023 温室气体.xlsx"), OfficerCp));
        var url = new Uri(link.GetProperty("url").GetString()!);
        var blobName = link.GetProperty("blobName").GetString()!;
        using (var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(TestStorage.Workbook(SeedSamples.ByCode("CP"))) })
        {
            put.Headers.Add("x-ms-blob-type", "BlockBlob");
            put.Headers.Add("x-ms-version", "2021-12-02");
            put.Headers.Add("x-ms-meta-" + SubmissionIntake.UploaderMetadata, "someone%20else"); // a claim; the link's record wins
            Assert.Equal(HttpStatusCode.Created, (await Http.SendAsync(put)).StatusCode);
        }

        var result = await Storage.Intake().ProcessBlobAsync(Storage.Storage.Uploads.GetBlobClient(blobName), CancellationToken.None);

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Equal(("CP 2023 温室气体.xlsx", "officer CP"), (result.FileName, result.Uploader));
        var history = (await JsonAsync(await GetAsync("/api/submissions/CP", OfficerCp))).GetProperty("history");
        var row = Assert.Single(history.EnumerateArray());
        Assert.Equal(("CP 2023 温室气体.xlsx", blobName), (row.GetProperty("fileName").GetString(), row.GetProperty("blobName").GetString()));
        var issued = await Storage.Storage.Audit.GetEntityAsync<AuditEntity>("CP", AuditEntity.UploadLinkRowKey(blobName[3..]));
        Assert.Equal((AuditAction.UploadLink, "officer CP"), (issued.Value.Action, issued.Value.Actor));
    }

    [Fact]
    public async Task UploadWithoutLink_KeepsTheBlobNameAndTheClaimedUploader()
    {
        await Storage.UploadGroupAsync();
        var blob = Storage.Storage.Uploads.GetBlobClient("CP/CP-2023.xlsx");
        await blob.UploadAsync(new BinaryData(TestStorage.Workbook(SeedSamples.ByCode("CP"))),
            new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new Dictionary<string, string> { [SubmissionIntake.UploaderMetadata] = "ghg%20upload" } });

        var result = await Storage.Intake().ProcessBlobAsync(blob, CancellationToken.None);

        Assert.Equal((null, "ghg upload"), (result.FileName, result.Uploader));
        var submission = await Storage.Store.GetAsync("CP", result.SubmissionId, CancellationToken.None);
        Assert.Equal("CP-2023.xlsx", submission!.FileName);
    }

    [Fact]
    public async Task UploadLink_ForAnotherSubsidiaryFolder_CannotBeUsedThere()
    {
        var link = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/uploads/CP/link", OfficerCp));
        var url = new Uri(link.GetProperty("url").GetString()!);
        // The same signature on another blob name (another subsidiary's folder) is refused by storage.
        var moved = new BlobUriBuilder(url) { BlobName = "YN/YN-forged.xlsx" }.ToUri();

        var response = await PutAsync(moved, "forged");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> LockCallers => new()
    {
        { "nobody", HttpStatusCode.Unauthorized },
        { "officer", HttpStatusCode.Forbidden },
        { "compliance", HttpStatusCode.Forbidden },
        { "management", HttpStatusCode.Forbidden },
        { "verifier", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(LockCallers))]
    public async Task LockAndUnlock_ByAnyoneButHq_AreRefusedAndChangeNothing(string who, HttpStatusCode expected)
    {
        var caller = who switch
        {
            "officer" => OfficerCp,
            "compliance" => Compliance,
            "management" => Management,
            "verifier" => Verifier,
            _ => null,
        };

        var locking = await SendAsync(HttpMethod.Post, "/api/periods/CP/2023/lock?verifier=V&statement=S-1", caller);
        var unlocking = await SendAsync(HttpMethod.Delete, "/api/periods/CP/2023/lock?reason=r", caller);

        Assert.Equal((expected, expected), (locking.StatusCode, unlocking.StatusCode));
        Assert.Null(await Storage.Pointers.GetAsync("CP", "2023", default));
        Assert.Empty(await Storage.Locks.HistoryAsync("CP", default));
    }

    [Fact]
    public async Task Lock_ByHq_RecordsTheSignedInCallerNotAClaimedName()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/periods/CP/2023/lock?verifier=SGS&statement=VS-2024-017&actor=someone-else", LiHua);

        var view = await JsonAsync(response);
        Assert.Equal(("Li Hua (HQ)", true), (view.GetProperty("by").GetString(), view.GetProperty("locked").GetBoolean()));
        var pointer = await Storage.Pointers.GetAsync("CP", "2023", default);
        Assert.Equal((true, "Li Hua (HQ)", "SGS", "VS-2024-017"), (pointer!.Locked, pointer.LockedBy, pointer.Verifier, pointer.StatementReference));
        var audit = Assert.Single(await Storage.Locks.HistoryAsync("CP", default));
        Assert.Equal((AuditAction.Lock, "Li Hua (HQ)"), (audit.Action, audit.Actor));
    }

    [Theory]
    [InlineData("POST", "/api/periods/CP/2023/lock?verifier=SGS", "核查声明编号", "statement")]
    [InlineData("POST", "/api/periods/CP/2023/lock?statement=VS-1&verifier=%20", "核查机构", "verifier")]
    [InlineData("DELETE", "/api/periods/CP/2023/lock", "原因", "reason")]
    public async Task LockOrUnlock_ByHqWithoutWhatTheRecordNeeds_SaysWhatIsMissing(string method, string path, string zh, string en)
    {
        var response = await SendAsync(new HttpMethod(method), path, LiHua);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(zh, body.RootElement.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains(en, body.RootElement.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Null(await Storage.Pointers.GetAsync("CP", "2023", default));
    }

    [Fact]
    public async Task Unlock_ByHq_KeepsTheReasonAndWhoInTheAuditTrail()
    {
        await SendAsync(HttpMethod.Post, "/api/periods/CP/2023/lock?verifier=SGS&statement=VS-1", LiHua);

        var response = await SendAsync(HttpMethod.Delete, "/api/periods/CP/2023/lock?reason=restated%20fuel%20data", LiHua);

        Assert.False((await JsonAsync(response)).GetProperty("locked").GetBoolean());
        Assert.False((await Storage.Pointers.GetAsync("CP", "2023", default))!.Locked);
        var unlock = (await Storage.Locks.HistoryAsync("CP", default)).First(a => a.Action == AuditAction.Unlock);
        Assert.Equal("Li Hua (HQ)", unlock.Actor);
        Assert.Contains("restated fuel data", unlock.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_PrintsATokenTheApiAccepts()
    {
        var console = new TestConsole().Width(80);

        var code = GhgApp.Run(["signin", "--role", "officer", "--subsidiary", "CP", "--key", SigningKey, "--hours", "2"], console);

        Assert.Equal(GhgApp.Ok, code);
        Assert.DoesNotContain('\n', console.Output.Trim());
        var caller = Tokens.Verify(console.Output.Trim());
        Assert.Equal(["CP"], caller!.SubsidiaryCodes);
    }

    [Fact]
    public void SignIn_WithoutKey_IsAUsageError()
    {
        var console = new TestConsole().Width(4000);

        Assert.Equal(GhgApp.UsageOrIo, GhgApp.Run(["signin", "--role", "officer", "--subsidiary", "CP", "--key", "short"], console));
    }
}
