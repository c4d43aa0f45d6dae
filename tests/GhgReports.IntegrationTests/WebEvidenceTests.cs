using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using GhgReports.Access;
using GhgReports.Evidence;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using SkiaSharp;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Evidence files from the page, on the local runner's LocalHttp against Azurite: who may ask for a link, that the
/// link can only create evidence/&lt;code&gt;/&lt;year&gt;/&lt;name&gt;, and that the check after the upload keeps a sound
/// file with its hash and deletes a refused one. Also the officers' downloads under their own file names.
/// </summary>
public sealed class WebEvidenceTests(AzuriteFixture fixture) : WebRouteTest(fixture, "webev")
{
    private static readonly Caller Verifier = VerifierOf("CP", 2024);

    [Theory]
    [InlineData("GET", "/api/evidence/CP/2024")]
    [InlineData("POST", "/api/evidence/CP/2024/link?fileName=a.pdf")]
    [InlineData("POST", "/api/evidence/CP/2024/check?fileName=a.pdf")]
    public async Task Anonymous_Gets401(string method, string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(new HttpMethod(method), path, null)).StatusCode);
    }

    [Fact]
    public async Task LinkAndCheck_OnlyAnOfficerOfThatSubsidiary_LikeTheWorkbookLink()
    {
        foreach (var caller in new[] { OfficerYn, Compliance, Hq, Verifier, Management })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/link?fileName=a.pdf", caller)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/check?fileName=a.pdf", caller)).StatusCode);
        }
        // The list: whoever reads the subsidiary's submissions.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/evidence/CP/2024", OfficerYn)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/evidence/CP/2024", Management)).StatusCode);
        foreach (var caller in new[] { OfficerCp, Compliance, Hq })
        {
            Assert.Equal(0, (await JsonAsync(await SendAsync(HttpMethod.Get, "/api/evidence/CP/2024", caller))).GetArrayLength());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/evidence/C%2FP/2024/link?fileName=a.pdf", OfficerCp)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/evidence/CP/1900/link?fileName=a.pdf", OfficerCp)).StatusCode);
    }

    [Fact]
    public async Task Link_CreatesOnlyThatOneEvidenceBlob_AndIsAudited()
    {
        var link = await JsonAsync(await SendAsync(HttpMethod.Post,
            "/api/evidence/CP/2024/link?bytes=1000&fileName=" + Uri.EscapeDataString("VS-2024-017 核查声明.pdf"), OfficerCp));

        var url = new Uri(link.GetProperty("url").GetString()!);
        var parts = new BlobUriBuilder(url);
        Assert.Equal((Storage.Storage.Names.Evidence, "CP/2024/VS-2024-017 核查声明.pdf", "c"), (parts.BlobContainerName, parts.BlobName, parts.Sas.Permissions));
        Assert.True(parts.Sas.ExpiresOn <= DateTimeOffset.UtcNow.AddMinutes(15));
        var first = await PutAsync(url, EvidenceStoreTests.Pdf());
        var second = await PutAsync(url, [.. EvidenceStoreTests.Pdf(), 0x20]);
        using var read = await Http.GetAsync(url);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (first.StatusCode, second.StatusCode, read.StatusCode));
        Assert.Empty(await Storage.Storage.Uploads.GetBlobsAsync().ToListAsync());
        var audit = await Storage.Storage.Audit.WithActionAsync("CP", AuditAction.EvidenceLink);
        Assert.Equal(("officer CP", "VS-2024-017 核查声明.pdf", 2024), (Assert.Single(audit).Actor, audit[0].FileName, audit[0].ReportingYear));
        // Until it is checked the file counts for nothing: no list, no pack, no citation.
        Assert.Empty(await new EvidenceStore(Storage.Storage).ListAsync("CP", 2024, CancellationToken.None));
        // A second link for a name already stored is refused, in both languages.
        var again = await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/link?fileName=" + Uri.EscapeDataString("VS-2024-017 核查声明.pdf"), OfficerCp);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("never overwritten", await again.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("../CP/2023/statement.pdf", "cannot be used")]
    [InlineData("statement.exe", "accepted as .pdf")]
    [InlineData(".hidden.pdf", "cannot be used")]
    public async Task Link_NameThatCannotBeStored_IsRefusedSayingWhy(string fileName, string reason)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/link?fileName=" + Uri.EscapeDataString(fileName), OfficerCp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, body.RootElement.GetProperty("en").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("zh").GetString()));
    }

    [Fact]
    public async Task Link_ForAFileOverTheLimit_IsRefusedBeforeAnythingIsSent()
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/evidence/CP/2024/link?fileName=scan.pdf&bytes={EvidenceFileCheck.MaxBytes + 1}", OfficerCp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("over the evidence limit", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Check_SoundPdf_IsKeptWithItsHash_APngNamedPdfIsDeleted()
    {
        var statement = EvidenceStoreTests.Pdf();
        byte[] png;
        using (var bitmap = new SKBitmap(8, 8))
        using (var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100))
        {
            png = encoded.ToArray();
        }
        foreach (var (name, bytes) in new[] { ("statement.pdf", statement), ("photo.pdf", png) })
        {
            var link = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/link?fileName=" + name, OfficerCp));
            Assert.Equal(HttpStatusCode.Created, (await PutAsync(new Uri(link.GetProperty("url").GetString()!), bytes)).StatusCode);
        }

        var kept = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/check?fileName=statement.pdf", OfficerCp));
        var refused = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/check?fileName=photo.pdf", OfficerCp));
        var never = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/check?fileName=never-sent.pdf", OfficerCp));

        Assert.True(kept.GetProperty("accepted").GetBoolean());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(statement)), kept.GetProperty("sha256").GetString());
        Assert.False(refused.GetProperty("accepted").GetBoolean());
        Assert.Equal("evidence-extension", refused.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Contains("PNG", refused.GetProperty("problems")[0].GetProperty("messageEn").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("evidence-not-uploaded", never.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.False(await Storage.Storage.Evidence.GetBlobClient("CP/2024/photo.pdf").ExistsAsync());
        var blob = Storage.Storage.Evidence.GetBlobClient("CP/2024/statement.pdf");
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(("application/pdf", "officer%20CP"), (properties.ContentType, properties.Metadata[EvidenceStore.UploaderMetadata]));
        // Checked, it is listed (and so cited, and packed) like a file stored by `ghg upload --evidence`; a second check
        // answers the same.
        var listed = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/evidence/CP/2024", Compliance));
        Assert.Equal(["statement.pdf"], listed.EnumerateArray().Select(f => f.GetProperty("fileName").GetString()));
        var rechecked = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/evidence/CP/2024/check?fileName=statement.pdf", OfficerCp));
        Assert.Equal(kept.GetProperty("sha256").GetString(), rechecked.GetProperty("sha256").GetString());
        Assert.Equal(statement, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task Report_DownloadsUnderTheOfficersFileName_AndARejectedFileKeepsItsYear()
    {
        await Storage.UploadGroupAsync();
        var cp = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        // Rejected for a cell that cannot be read at all, yet its Entity sheet is sound: the year it declares is shown.
        var broken = BrokenWorkbook.WithTextInAmount(cp);
        var link = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/uploads/CP/link?fileName=" + Uri.EscapeDataString("CP 2024 温室气体.xlsx"), OfficerCp));
        Assert.Equal(HttpStatusCode.Created, (await PutAsync(new Uri(link.GetProperty("url").GetString()!), broken)).StatusCode);

        var result = await Storage.Intake().ProcessBlobAsync(Storage.Storage.Uploads.GetBlobClient(link.GetProperty("blobName").GetString()!), CancellationToken.None);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        var history = (await JsonAsync(await SendAsync(HttpMethod.Get, "/api/submissions/CP", OfficerCp))).GetProperty("history");
        Assert.Equal(2024, Assert.Single(history.EnumerateArray()).GetProperty("reportingYear").GetInt32());
        var report = await SendAsync(HttpMethod.Get, $"/api/submissions/CP/{result.SubmissionId}/report", OfficerCp);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("CP 2024 温室气体.report.html", report.Content.Headers.ContentDisposition!.FileNameStar);
    }
}
