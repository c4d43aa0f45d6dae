using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.IntegrationTests;

/// <summary>
/// HQ's review before figures count (docs/storage.md, "Review"), on Azurite, with 2024 workbooks: off as in the samples,
/// on as the group workbook asks; approval moves the pointer through intake's conditional write, so a lock refuses it;
/// a returned workbook and its corrected re-upload; a base-year approval after later years is the recalculation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewTests(AzuriteFixture fixture)
{
    private const string Hq = "hq@example.com";
    private static readonly GroupWorkbook Reviewed = SeedGroup.Workbook with { ReviewRequired = true };

    private static byte[] Cp2024(string? contact = null)
    {
        var cp = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP");
        return TestStorage.Workbook(contact is null ? cp : cp with { Entity = cp.Entity with { Contact = contact } });
    }

    [Fact]
    public async Task ReviewOff_AsInTheSamples_AnAcceptedUploadIsInForceAtOnce()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();

        var result = await t.ProcessAsync(Cp2024(), "CP/2024.xlsx");

        Assert.False(SeedGroup.Workbook.ReviewRequired);
        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Equal(result.SubmissionId, (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
        Assert.Empty(await t.Intake().AwaitingReviewAsync("CP", default));
    }

    [Fact]
    public async Task ReviewOn_AnAcceptedUploadWaits_UntilHqApprovesIt_ThenItIsInForce_AndEachStepIsAudited()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync(Reviewed);

        var held = await t.ProcessAsync(Cp2024(), "CP/2024.xlsx");
        var pointerWhileHeld = await t.Pointers.GetAsync("CP", "2024", default);
        var heldResult = await t.Intake().ReadResultAsync("CP/2024.xlsx.result.json", default);
        var page = (await t.Storage.Results.GetBlobClient("CP/2024.xlsx.report.html").DownloadContentAsync()).Value.Content.ToString();
        var waiting = await t.Intake().AwaitingReviewAsync("CP", default);

        var approved = await t.Intake().ApproveAsync("CP", held.SubmissionId, Hq, "checked against the meter readings", null, default);

        Assert.Equal(SubmissionStatus.AwaitingReview, held.Status);
        Assert.Equal(SubmissionStatus.AwaitingReview, heldResult.Status);
        Assert.Contains("awaiting group HQ", page, StringComparison.Ordinal);
        Assert.Null(pointerWhileHeld?.SubmissionId);
        Assert.Equal([held.SubmissionId], waiting.Select(s => s.RowKey));
        Assert.Equal(ReviewOutcomeKind.Approved, approved.Kind);
        Assert.Equal(held.SubmissionId, (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
        var record = await t.Store.GetAsync("CP", held.SubmissionId, default);
        Assert.Equal(SubmissionStatus.Accepted, record?.Status);
        Assert.Equal(Hq, record?.ReviewedBy);
        var result = await t.Intake().ReadResultAsync("CP/2024.xlsx.result.json", default);
        Assert.Equal(new ReviewDecision(ReviewVerdict.Approved, Hq, result.Review!.At, "checked against the meter readings"), result.Review);
        // The figures are recorded at approval, as intake records them with review off.
        Assert.Equal(held.SubmissionId, (await new InventoryRecords(t.Storage).LatestAsync("CP", 2024, default))?.SubmissionId);
        var audit = await t.Locks.HistoryAsync("CP", default);
        Assert.Equal([AuditAction.ReviewApproved, AuditAction.ReviewAwaiting], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(held.SubmissionId, a.SubmissionId));
        Assert.Equal("status: accepted", audit[0].Details);
        Assert.Equal(Hq, audit[0].Actor);
    }

    [Fact]
    public async Task ApprovalAgainstALock_IsRefused_ThePointerStays_AndAfterAnUnlockTheSameFileIsProcessedAgain()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync(Reviewed);
        var file = Cp2024();
        var held = await t.ProcessAsync(file, "CP/2024.xlsx");
        await t.Locks.LockAsync("CP", 2024, "Verifier Co", "VS-2025-003", Hq, default);

        var refused = await t.Intake().ApproveAsync("CP", held.SubmissionId, Hq, null, null, default);

        Assert.Equal(ReviewOutcomeKind.Locked, refused.Kind);
        Assert.Contains("VS-2025-003", refused.Message!.En, StringComparison.Ordinal);
        Assert.Contains("cannot be approved", refused.Message.En, StringComparison.Ordinal);
        var pointer = await t.Pointers.GetAsync("CP", "2024", default);
        Assert.True(pointer?.Locked);
        Assert.Null(pointer?.SubmissionId);
        Assert.Equal(0, await t.DetailRowCountAsync(held.SubmissionId));
        var record = await t.Store.GetAsync("CP", held.SubmissionId, default);
        Assert.Equal(SubmissionStatus.Rejected, record?.Status);
        Assert.True(record?.RefusedForLock);
        Assert.Contains(refused.Result!.Check.Problems, p => p.Code == "period-locked");
        Assert.Equal(AuditAction.ReviewRefusedForLock, (await t.Locks.HistoryAsync("CP", default))[0].Action);

        await t.Locks.UnlockAsync("CP", 2024, Hq, "approval pending", default);
        var again = await t.ProcessAsync(file, "CP/2024-again.xlsx");
        var approved = await t.Intake().ApproveAsync("CP", again.SubmissionId, Hq, null, null, default);

        Assert.Equal(SubmissionStatus.AwaitingReview, again.Status);
        Assert.Equal(held.SubmissionId, again.SubmissionId);
        Assert.Equal(ReviewOutcomeKind.Approved, approved.Kind);
        Assert.Equal(held.SubmissionId, (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
        Assert.True(await t.DetailRowCountAsync(held.SubmissionId) > 0);
    }

    [Fact]
    public async Task ReturnedWithAComment_TheOfficerSeesIt_ItNeverCounts_AndTheCorrectedReUploadIsApproved()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync(Reviewed);
        var first = await t.ProcessAsync(Cp2024(), "CP/2024.xlsx");

        var returned = await t.Intake().ReturnAsync("CP", first.SubmissionId, Hq, "Row 12: the natural gas figure is the 2023 one", default);
        var approveReturned = await t.Intake().ApproveAsync("CP", first.SubmissionId, Hq, null, null, default);
        var corrected = await t.ProcessAsync(Cp2024(contact: "energy@cp.example.com"), "CP/2024-corrected.xlsx", DateTimeOffset.UtcNow.AddSeconds(1));
        var approved = await t.Intake().ApproveAsync("CP", corrected.SubmissionId, Hq, null, null, default);

        Assert.Equal(ReviewOutcomeKind.Returned, returned.Kind);
        var officersResult = await t.Intake().ReadResultAsync("CP/2024.xlsx.result.json", default);
        Assert.Equal(SubmissionStatus.Returned, officersResult.Status);
        Assert.Equal("Row 12: the natural gas figure is the 2023 one", officersResult.Review?.Comment);
        var page = (await t.Storage.Results.GetBlobClient("CP/2024.xlsx.report.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("Returned by group HQ", page, StringComparison.Ordinal);
        Assert.Contains("the natural gas figure is the 2023 one", page, StringComparison.Ordinal);
        Assert.Equal(0, await t.DetailRowCountAsync(first.SubmissionId));
        Assert.Equal(ReviewOutcomeKind.NotAwaiting, approveReturned.Kind);
        Assert.Contains("\"returned\"", approveReturned.Message!.En, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.AwaitingReview, corrected.Status);
        Assert.NotEqual(first.SubmissionId, corrected.SubmissionId);
        Assert.Equal(ReviewOutcomeKind.Approved, approved.Kind);
        Assert.Equal(corrected.SubmissionId, (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
        var audit = await t.Locks.HistoryAsync("CP", default);
        Assert.Equal([AuditAction.ReviewApproved, AuditAction.ReviewAwaiting, AuditAction.ReviewReturned, AuditAction.ReviewAwaiting], audit.Select(a => a.Action));
        Assert.Equal("Row 12: the natural gas figure is the 2023 one", audit[2].Reason);
    }

    [Fact]
    public async Task ApprovalAndReturnAtOnce_OneDecisionWins_AndThePointerNamesRowsThatExist()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync(Reviewed);
        var held = await t.ProcessAsync(Cp2024(), "CP/2024.xlsx");

        var outcomes = await Task.WhenAll(
            t.Intake().ApproveAsync("CP", held.SubmissionId, Hq, null, null, default),
            t.Intake().ReturnAsync("CP", held.SubmissionId, "hq2@example.com", "not yet", default));

        Assert.Single(outcomes, o => o.Done);
        Assert.Single(outcomes, o => o.Kind == ReviewOutcomeKind.NotAwaiting);
        var inForce = (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId;
        var status = (await t.Store.GetAsync("CP", held.SubmissionId, default))?.Status;
        var rows = await t.DetailRowCountAsync(held.SubmissionId);
        // Approved: in force with its rows. Returned: nothing in force and no rows.
        Assert.True((status == SubmissionStatus.Accepted && inForce == held.SubmissionId && rows > 0)
                    || (status == SubmissionStatus.Returned && inForce is null && rows == 0), $"{status}, {inForce}, {rows} rows");
    }

    [Fact]
    public async Task ApprovingABaseYearCorrection_AfterLaterYears_IsTheRecalculation_WithTheApproverAndTheReason()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync(Reviewed);
        var base2023 = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/2023.xlsx");
        await t.Intake().ApproveAsync("CP", base2023.SubmissionId, Hq, null, null, default);
        var later = await t.ProcessAsync(Cp2024(), "CP/2024.xlsx");
        await t.Intake().ApproveAsync("CP", later.SubmissionId, Hq, null, null, default);
        var correction = await t.ProcessAsync(TestStorage.Workbook(BaseYearCorrection.Cp2023Category1()), "CP/2023-corrected.xlsx",
            DateTimeOffset.UtcNow.AddSeconds(1), reason: "category 1 re-measured");

        var pointerBefore = (await t.Pointers.GetAsync("CP", "2023", default))?.SubmissionId;
        var approved = await t.Intake().ApproveAsync("CP", correction.SubmissionId, Hq, null, null, default);

        Assert.Equal(SubmissionStatus.AwaitingReview, correction.Status);
        Assert.Equal(base2023.SubmissionId, pointerBefore);
        Assert.Equal(ReviewOutcomeKind.Approved, approved.Kind);
        var history = await new InventoryRecords(t.Storage).HistoryAsync("CP", 2023, default);
        Assert.Equal(2, history.Count);
        var recalculation = InventoryRecords.RecalculationOf(history[0])!;
        Assert.Equal("category 1 re-measured", recalculation.Reason);
        Assert.Equal(Hq, recalculation.Who);
        // Category 1 re-measured, 11,678 → 12,500 tCO2e: the figures as first reported beside the corrected ones.
        Assert.Equal(822m, recalculation.NewTotals.Scope12LocationBasedTco2e - recalculation.OldTotals.Scope12LocationBasedTco2e);
        Assert.Equal(SubmissionStatus.Superseded, (await t.Store.GetAsync("CP", base2023.SubmissionId, default))?.Status);
    }
}
