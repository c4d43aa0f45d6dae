using System.IO.Compression;
using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Evidence;
using GhgReports.Intake.Samples;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Review;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Review, queries and sign-off through the runner's routes on Azurite, in 2024 with review on: who may do what (an
/// officer cannot approve, a verifier sees only what is shared with them), a query raised, answered with evidence and
/// closed, counted on the tracker and printed in the pack's appendix, and the lock taking the recorded statement.
/// </summary>
public sealed class WebReviewTests(AzuriteFixture fixture) : WebRouteTest(fixture, "webrv")
{
    private static readonly Caller OfficerNm = new("nm officer", [Roles.Officer], ["NM"], []);
    private static readonly Caller VerifierCp = VerifierOf("CP", 2024);
    private static readonly Caller VerifierNm = VerifierOf("NM", 2024, "Other Verifier");

    protected override Task SeedAsync() => Storage.UploadGroupAsync(SeedGroup.Workbook with { ReviewRequired = true });

    private async Task<string> UploadCp2024Async()
    {
        var cp = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP");
        var held = await Storage.ProcessAsync(TestStorage.Workbook(cp), "CP/CP-2024.xlsx");
        Assert.Equal(SubmissionStatus.AwaitingReview, held.Status);
        return held.SubmissionId;
    }

    [Fact]
    public async Task Roles_AnOfficerCannotApprove_AndAVerifierSeesOnlyWhatIsSharedWithThem()
    {
        var id = await UploadCp2024Async();

        foreach (var caller in new[] { OfficerCp, VerifierCp, Management })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, $"/api/submissions/CP/{id}/review?decision=approve", caller)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Post, $"/api/submissions/CP/{id}/review?decision=approve", null)).StatusCode);
        // Another subsidiary's verifier, or a year not shared: neither read nor raise nor sign.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/verification/CP/2024", VerifierNm)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/verification/CP/2023", VerifierCp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await SendAsync(HttpMethod.Post, "/api/verification/CP/2024?sheet=Sources&row=5&question=Why", VerifierNm)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await SendAsync(HttpMethod.Post, "/api/verification/CP/2024/statement?reference=X&level=limited&date=2025-04-01", VerifierNm)).StatusCode);
        // An officer reads their own period, not another's, and raises no query.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/verification/CP/2024", OfficerCp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/verification/CP/2024", OfficerNm)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await SendAsync(HttpMethod.Post, "/api/verification/CP/2024?sheet=Sources&row=5&question=Why", OfficerCp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/verification/CP/2024", Management)).StatusCode);
        // Still waiting: no refused attempt moved anything.
        Assert.Null((await Storage.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
    }

    [Fact]
    public async Task Approval_ThroughTheRoute_AgainstALock_Is409WithTheReason_AndAReturnNeedsAComment()
    {
        var id = await UploadCp2024Async();
        await Storage.Locks.LockAsync("CP", 2024, "SGS", "VS-2025-009", "hq tester", default);

        var noComment = await SendAsync(HttpMethod.Post, $"/api/submissions/CP/{id}/review?decision=return", Hq);
        var locked = await SendAsync(HttpMethod.Post, $"/api/submissions/CP/{id}/review?decision=approve", Hq);

        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("Returning needs a comment", (await BodyAsync(noComment)).GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        var body = await BodyAsync(locked);
        Assert.Contains("is locked (verifier: SGS, statement: VS-2025-009), so it cannot be approved", body.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("已锁定", body.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Null((await Storage.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
    }

    [Fact]
    public async Task QueryAnsweredWithEvidenceAndClosed_CountsOnTheTracker_IsInThePack_AndTheLockTakesTheRecordedStatement()
    {
        var id = await UploadCp2024Async();
        var approve = await SendAsync(HttpMethod.Post, $"/api/submissions/CP/{id}/review?decision=approve&comment=ok", Hq);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = await BodyAsync(approve);
        Assert.Equal(("approved", "accepted"), (approved.GetProperty("outcome").GetString(), approved.GetProperty("status").GetString()));

        var raised = await BodyAsync(await SendAsync(HttpMethod.Post,
            "/api/verification/CP/2024?sheet=" + Uri.EscapeDataString("排放源 Sources") + "&row=7&question=" + Uri.EscapeDataString("Natural gas: meter or invoice?"),
            VerifierCp));
        var queryId = raised.GetProperty("id").GetString()!;
        var trackerOpen = await TrackerRowAsync("CP");
        var missingEvidence = await SendAsync(HttpMethod.Post,
            $"/api/verification/CP/2024/queries/{queryId}?action=answer&text=Invoices&evidence=nowhere.pdf", OfficerCp);
        await new EvidenceStore(Storage.Storage).UploadAsync("CP", 2024, "gas-invoices-2024.pdf", new MemoryStream(EvidenceStoreTests.Pdf()), "cp officer", default);
        var answerByVerifier = await SendAsync(HttpMethod.Post, $"/api/verification/CP/2024/queries/{queryId}?action=answer&text=x", VerifierCp);
        var answered = await SendAsync(HttpMethod.Post,
            $"/api/verification/CP/2024/queries/{queryId}?action=answer&text=" + Uri.EscapeDataString("Monthly invoices, attached") + "&evidence=gas-invoices-2024.pdf",
            OfficerCp);
        var closeByOfficer = await SendAsync(HttpMethod.Post, $"/api/verification/CP/2024/queries/{queryId}?action=close", OfficerCp);
        var closed = await SendAsync(HttpMethod.Post, $"/api/verification/CP/2024/queries/{queryId}?action=close&text=agreed", VerifierCp);
        var closedAgain = await SendAsync(HttpMethod.Post, $"/api/verification/CP/2024/queries/{queryId}?action=close", VerifierCp);
        var trackerClosed = await TrackerRowAsync("CP");

        Assert.Equal(id, raised.GetProperty("submissionId").GetString());
        Assert.Equal(1, trackerOpen.GetProperty("openQueries").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, missingEvidence.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answerByVerifier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("answered", (await BodyAsync(answered)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, closeByOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        Assert.Equal(0, trackerClosed.GetProperty("openQueries").GetInt32());
        AuditAction[] reviewAndQueries = [AuditAction.ReviewAwaiting, AuditAction.ReviewApproved, AuditAction.ReviewReturned, AuditAction.ReviewRefusedForLock,
            AuditAction.QueryRaised, AuditAction.QueryAnswered, AuditAction.QueryClosed];
        var audit = (await Storage.Locks.HistoryAsync("CP", default)).Select(a => a.Action).ToList();
        Assert.Equal([AuditAction.QueryClosed, AuditAction.QueryAnswered, AuditAction.QueryRaised, AuditAction.ReviewApproved, AuditAction.ReviewAwaiting],
            audit.Where(reviewAndQueries.Contains));

        // The pack's appendix: the line, the question, the answer and its evidence, who closed it.
        var sheet = await QueriesSheetAsync();
        Assert.Equal("排放源 Sources", sheet.Cell(3, 1).GetString());
        Assert.Equal(7, sheet.Cell(3, 2).GetValue<int>());
        Assert.Equal("Natural gas: meter or invoice?", sheet.Cell(3, 3).GetString());
        Assert.Equal("Monthly invoices, attached", sheet.Cell(3, 6).GetString());
        Assert.Equal("gas-invoices-2024.pdf", sheet.Cell(3, 8).GetString());
        Assert.StartsWith("Verifier Ltd ", sheet.Cell(3, 9).GetString(), StringComparison.Ordinal);
        Assert.EndsWith(": agreed", sheet.Cell(3, 9).GetString(), StringComparison.Ordinal);

        // Sign-off: the verifier records the statement with its file; HQ locks with it in one step.
        var noStatement = await SendAsync(HttpMethod.Post, "/api/periods/CP/2024/lock?useStatement=true", Hq);
        var recorded = await SendAsync(HttpMethod.Post,
            "/api/verification/CP/2024/statement?reference=VS-2025-031&level=reasonable&date=2025-04-02&fileName=VS-2025-031.pdf", VerifierCp,
            EvidenceStoreTests.Pdf());
        var locked = await SendAsync(HttpMethod.Post, "/api/periods/CP/2024/lock?useStatement=true", Hq);

        Assert.Equal(HttpStatusCode.BadRequest, noStatement.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Contains(await new EvidenceStore(Storage.Storage).ListAsync("CP", 2024, default), e => e.FileName == "VS-2025-031.pdf");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var pointer = await Storage.Pointers.GetAsync("CP", "2024", default);
        Assert.Equal((true, "Verifier Ltd", "VS-2025-031", "hq tester"), (pointer!.Locked, pointer.Verifier, pointer.StatementReference, pointer.LockedBy));
        var view = await BodyAsync(await SendAsync(HttpMethod.Get, "/api/verification/CP/2024", VerifierCp));
        Assert.Equal(("reasonable", "2025-04-02"), (view.GetProperty("statement").GetProperty("level").GetString(), view.GetProperty("statement").GetProperty("date").GetString()));
    }

    private async Task<JsonElement> TrackerRowAsync(string code)
    {
        var tracker = await BodyAsync(await SendAsync(HttpMethod.Get, "/api/tracker/2024", Hq));
        return tracker.GetProperty("subsidiaries").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
    }

    private async Task<IXLWorksheet> QueriesSheetAsync()
    {
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(ConnectionString, Names)).BuildServiceProvider();
        var published = await services.GetRequiredService<PackGenerator>().BuildAsync(new PackRequest(2024, "CP"), default);
        var content = (await Storage.Storage.Reports.GetBlobClient(published.BlobName).DownloadContentAsync()).Value.Content;
        using var zip = new ZipArchive(content.ToStream(), ZipArchiveMode.Read);
        using var entry = zip.GetEntry(PackAssembler.InventoryEntry)!.Open();
        var copy = new MemoryStream();
        await entry.CopyToAsync(copy);
        var workbook = new XLWorkbook(copy);
        return workbook.Worksheet("核查问询 Queries");
    }
}
