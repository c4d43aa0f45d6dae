using GhgReports.Pathways;
using GhgReports.Cli.Local;
using Azure;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class IntakeTests(AzuriteFixture fixture)
{
    private Task<TestStorage> NewStorageAsync() => TestStorage.CreateAsync(fixture.Azurite.ConnectionString);

    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Process_SoundWorkbook_ArchivesStoresRowsAndMovesThePointer()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var bytes = TestStorage.Workbook(SeedSamples.ByCode("CP"));

        var result = await t.ProcessAsync(bytes, "CP/CP-2023.xlsx", Monday);

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.SubmissionId);
        var pointer = await t.Pointers.GetAsync("CP", "2023", default);
        Assert.Equal(result.SubmissionId, pointer!.SubmissionId);
        var archived = await t.Storage.Archive.GetBlobClient($"CP/{result.SubmissionId}.xlsx").DownloadContentAsync();
        Assert.Equal(bytes, archived.Value.Content.ToArray());
        Assert.True(await t.Storage.Results.GetBlobClient("CP/CP-2023.xlsx.result.json").ExistsAsync());
        Assert.True(await t.Storage.Results.GetBlobClient("CP/CP-2023.xlsx.report.html").ExistsAsync());
        var current = await t.Store.CurrentAsync("CP", 2023, default);
        Assert.Equal(165_700m, current!.Entity.OutputTonnes);
        Assert.Equal(SeedSamples.ByCode("CP").Sources.Select(s => (s.Row, s.ReportedTco2e, s.ActivityAmount)),
            current.Sources.Select(s => (s.Row, s.ReportedTco2e, s.ActivityAmount)));
        // 60,578.9769 tCO2e (106,223 MWh × 0.5703) + 11,678 reported = 72,256.98 t; ÷ 165,700 t = 0.4361
        Assert.Equal(0.4361m, result.Figures!.Scope12Intensity);
        Assert.Equal(2_417_620m, result.Figures.CategoryTotalsTco2e[4]);
        var submission = await t.Store.GetAsync("CP", result.SubmissionId, default);
        Assert.Equal(("officer@example.com", SubmissionStatus.Accepted), (submission!.Uploader, submission.Status));
    }

    [Fact]
    public async Task Process_YnSample_ResultCarriesThePlansConsistencyWarnings()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();

        var result = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("YN")), "YN/YN-2023.xlsx");

        // 云南创新: −1 % absolute CO2 against the group's −5 % intensity; and its category 4 over 86,000 t purchased
        // is 39.6 t/t, so a declared purchase pathway starting at 5.6 cannot come from its own base.
        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Contains(result.PlanWarnings, w => w.Code == "target-metric-differs-from-group");
        // The figures keep the exact base (39.63971); the message prints it as the plan prints purchased aluminium, to 1 decimal.
        Assert.Contains(result.PlanWarnings, w => w.Code == "pathway-not-from-base" && w.Figures["baseIntensity"] == "39.63971"
            && w.MessageEn.Contains("base intensity 39.6 tCO2e/t", StringComparison.Ordinal));
        var html = (await t.Storage.Results.GetBlobClient("YN/YN-2023.xlsx.report.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("计划一致性提示", html);
    }

    [Fact]
    public async Task Process_BaseYearBeforeThePathwayCurves_IsAccepted_ChecksFromTheFirstYearReported_AndWarnsOfTheMismatch()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        var asDeclared = await t.ProcessAsync(TestStorage.Workbook(sample), "CP/CP-2023.xlsx");
        var other = await NewStorageAsync();
        await other.UploadGroupAsync();

        var result = await other.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { BaseYear = 2020 } }), "CP/CP-2023.xlsx");

        // Nothing is stored for 2020 (and no curve starts that early): the first year reported, 2023, is the base the
        // plan uses, so the checks are those of a 2023 base, plus the targets' 2023 against the Entity sheet's 2020.
        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Equal(asDeclared.PlanWarnings.Select(w => w.Code).Append(PlanWarningCodes.BaseYearMismatch).Order(),
            result.PlanWarnings.Select(w => w.Code).Order());
    }

    [Fact]
    public async Task Process_BrokenWorkbook_IsRejectedAndStoresNoData()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var broken = System.Text.Encoding.UTF8.GetBytes("this is not a workbook");

        var result = await t.ProcessAsync(broken, "CP/upload.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Equal("not-a-workbook", Assert.Single(result.Check.Problems).Code);
        Assert.Equal(0, await t.DetailRowCountAsync(result.SubmissionId));
        Assert.Null(await t.Pointers.GetAsync("CP", "2023", default));
        Assert.False(await t.Storage.Archive.GetBlobClient($"CP/{result.SubmissionId}.xlsx").ExistsAsync());
        var html = (await t.Storage.Results.GetBlobClient("CP/upload.xlsx.report.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("已退回", html);
        Assert.Contains("not-a-workbook", html);
    }

    [Fact]
    public async Task Process_InvalidValues_RejectedWithCellsAndNothingStored()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("LW");
        var bad = sample with { Entity = sample.Entity with { PeriodEnd = new DateOnly(2022, 1, 31) } };

        var result = await t.ProcessAsync(TestStorage.Workbook(bad), "LW/LW-2023.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        var problem = Assert.Single(result.Check.Problems, p => p.Severity == "error");
        Assert.Equal(("period-order", "基本信息 Entity", "C6"), (problem.Code, problem.Sheet, problem.Cell));
        Assert.Equal(0, await t.DetailRowCountAsync(result.SubmissionId));
    }

    [Fact]
    public async Task Process_SameBytesThreeTimes_OneSubmissionAndTheFirstResult()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var bytes = TestStorage.Workbook(SeedSamples.ByCode("YN"));

        var first = await t.ProcessAsync(bytes, "YN/YN-2023.xlsx", Monday);
        var second = await t.ProcessAsync(bytes, "YN/YN-2023.xlsx", Monday);
        var third = await t.ProcessAsync(bytes, "YN/YN-2023.xlsx", Monday);

        Assert.Equal(first.ProcessedAt, second.ProcessedAt);
        Assert.Equal(first.ProcessedAt, third.ProcessedAt);
        Assert.Single(await t.Store.HistoryAsync("YN", default));
        Assert.Equal(SeedSamples.ByCode("YN").Sources.Count + 2 + SeedSamples.ByCode("YN").EnergyAndProduction.Count
            + SeedSamples.ByCode("YN").Targets.Count + SeedSamples.ByCode("YN").DeclaredPathway.Count + SeedSamples.ByCode("YN").Measures.Count,
            await t.DetailRowCountAsync(first.SubmissionId));
    }

    [Fact]
    public async Task Process_SameBytesUnderAnotherName_AnswersWithTheFirstResult()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var bytes = TestStorage.Workbook(SeedSamples.ByCode("YN"));
        var first = await t.ProcessAsync(bytes, "YN/a.xlsx", Monday);

        var again = await t.ProcessAsync(bytes, "YN/b.xlsx", Monday.AddHours(1));

        Assert.Equal("YN/a.xlsx", again.DuplicateOf);
        Assert.Equal(first.SubmissionId, again.SubmissionId);
        Assert.True(await t.Storage.Results.GetBlobClient("YN/b.xlsx.result.json").ExistsAsync());
        // One submission, but each upload has its own record in the history (the page waits for its own blob name).
        var history = await t.Store.HistoryAsync("YN", default);
        Assert.Equal(["YN/b.xlsx", "YN/a.xlsx"], history.Select(h => h.BlobName));
        Assert.Equal(first.SubmissionId, history[0].DuplicateOf);
        Assert.Equal(1, history.Count(h => h.DuplicateOf is null));
    }

    [Fact]
    public async Task Process_CrashAfterSomeBatches_PreviousDataStaysInForceUntilTheRerunCompletes()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var original = SeedSamples.ByCode("NM");
        await t.ProcessAsync(TestStorage.Workbook(original), "NM/v1.xlsx", Monday);
        var corrected = original with { Entity = original.Entity with { OutputTonnes = 590_000m } };
        var bytes = TestStorage.Workbook(corrected);
        var crash = new IntakeOptions { AfterDetailBatch = n => n == 3 ? throw new RequestFailedException(503, "injected fault") : Task.CompletedTask };

        await Assert.ThrowsAsync<RequestFailedException>(() => t.ProcessAsync(bytes, "NM/v2.xlsx", Monday.AddDays(1), crash));

        Assert.Equal(585_000m, (await t.Store.CurrentAsync("NM", 2023, default))!.Entity.OutputTonnes);
        var rerun = await t.ProcessAsync(bytes, "NM/v2.xlsx", Monday.AddDays(1));
        Assert.Equal(SubmissionStatus.Accepted, rerun.Status);
        Assert.Equal(590_000m, (await t.Store.CurrentAsync("NM", 2023, default))!.Entity.OutputTonnes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Process_TwoUploadsForOnePeriod_NewerWinsInEitherOrder(bool olderFirst)
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        var older = TestStorage.Workbook(sample);
        var newer = TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 166_000m } });
        (byte[] Bytes, string Name, DateTimeOffset At)[] uploads =
            [(older, "CP/morning.xlsx", Monday), (newer, "CP/afternoon.xlsx", Monday.AddHours(5))];
        if (!olderFirst)
        {
            Array.Reverse(uploads);
        }

        var results = new List<IntakeResult>();
        foreach (var (bytes, name, at) in uploads)
        {
            results.Add(await t.ProcessAsync(bytes, name, at));
        }

        Assert.Equal(166_000m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
        var history = await t.Store.HistoryAsync("CP", default);
        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.Superseded], history.Select(h => h.Status));
        var olderResult = await t.Intake().ReadResultAsync("CP/morning.xlsx.result.json", default);
        Assert.Equal(SubmissionStatus.Superseded, olderResult.Status);
        Assert.Contains(olderResult.Check.Problems, p => p.Code == "superseded");
    }

    [Fact]
    public async Task Process_TwoUploadsRacing_ExactlyOneHoldsThePointer()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("LW");
        var a = TestStorage.Workbook(sample);
        var b = TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 3_000m } });

        await Task.WhenAll(t.ProcessAsync(a, "LW/a.xlsx", Monday), t.ProcessAsync(b, "LW/b.xlsx", Monday.AddMinutes(1)));

        Assert.Equal(3_000m, (await t.Store.CurrentAsync("LW", 2023, default))!.Entity.OutputTonnes);
        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.Superseded], (await t.Store.HistoryAsync("LW", default)).Select(h => h.Status));
    }

    [Fact]
    public async Task Process_WorkbookInAnotherSubsidiarysFolder_IsRejected()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();

        var result = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "YN/CP-2023.xlsx");

        var problem = result.Check.Problems[0];
        Assert.Equal("prefix-mismatch", problem.Code);
        // At its cell, with what was read and what was expected; the fix named is the code, not a folder to upload to.
        Assert.Equal(("基本信息 Entity", "C2", "CP", "YN", "YN"), (problem.Sheet, problem.Cell, problem.ValueSeen, problem.ExpectedZh, problem.ExpectedEn));
        Assert.Contains("Change the code to YN", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("请将代码改为 YN", problem.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("uploads/YN", problem.MessageEn, StringComparison.Ordinal);
        Assert.Null(await t.Pointers.GetAsync("CP", "2023", default));
        Assert.Null(await t.Pointers.GetAsync("YN", "2023", default));
    }

    [Fact]
    public async Task Process_WrongCodeInAWorkbookWithOtherErrors_ReportsTheCodeInTheSameRound()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        var broken = sample with { Sources = [.. sample.Sources.Select(s => s.Row == 4 ? s with { ActivityUnitText = "barrels" } : s)] };

        var result = await t.ProcessAsync(TestStorage.Workbook(broken), "YN/CP-2023.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains(result.Check.Problems, p => p.Code == "prefix-mismatch" && p.Cell == "C2" && p.ValueSeen == "CP");
        Assert.Contains(result.Check.Problems, p => p.Code == "unknown-unit" && p.Cell == "J4");
    }

    [Fact]
    public async Task Process_UnregisteredSubsidiary_IsRejected()
    {
        var t = await NewStorageAsync();
        var group = SeedGroup.Workbook with { Register = [.. SeedGroup.Workbook.Register.Where(s => s.Code != "NM")] };
        await t.UploadGroupAsync(group);

        var result = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("NM")), "NM/NM-2023.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Equal("unregistered", result.Check.Problems[0].Code);
    }

    [Fact]
    public async Task Process_NoRegisterYet_IsAnInfrastructureConditionNotARejection()
    {
        var t = await NewStorageAsync();

        await Assert.ThrowsAsync<RegisterMissingException>(() => t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP.xlsx"));

        Assert.Empty(await t.Store.HistoryAsync("CP", default));
    }

    [Fact]
    public async Task Process_LockedPeriod_RejectedUntilUnlockedAndBothRecorded()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/v1.xlsx", Monday);
        await t.Locks.LockAsync("CP", 2023, "Verifier Ltd", "VS-2024-017", "hq@example.com", default);
        var sample = SeedSamples.ByCode("CP");
        var correction = TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 165_800m } });

        var locked = await t.ProcessAsync(correction, "CP/v2.xlsx", Monday.AddDays(2));
        await t.Locks.UnlockAsync("CP", 2023, "hq@example.com", "verifier asked for a correction", default);
        var unlocked = await t.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 165_801m } }), "CP/v3.xlsx", Monday.AddDays(3));

        Assert.Equal("period-locked", locked.Check.Problems[0].Code);
        Assert.Contains("VS-2024-017", locked.Check.Problems[0].MessageEn);
        Assert.Equal(SubmissionStatus.Accepted, unlocked.Status);
        Assert.Equal(165_801m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
        Assert.Equal([AuditAction.Unlock, AuditAction.Lock], (await t.Locks.HistoryAsync("CP", default)).Select(a => a.Action));
    }

    [Fact]
    public async Task Process_CorrectedReupload_SupersedesAndKeepsHistory()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("YN");
        var first = await t.ProcessAsync(TestStorage.Workbook(sample), "YN/v1.xlsx", Monday);
        var second = await t.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 82_000m } }), "YN/v2.xlsx", Monday.AddDays(7));

        Assert.Equal(82_000m, (await t.Store.CurrentAsync("YN", 2023, default))!.Entity.OutputTonnes);
        var old = await t.Store.GetAsync("YN", first.SubmissionId, default);
        Assert.Equal((SubmissionStatus.Superseded, second.SubmissionId), (old!.Status, old.SupersededBy));
        var oldRows = SubmissionRows.ToSubsidiaryWorkbook(await t.Store.RowsAsync(first.SubmissionId, default));
        Assert.Equal(81_770m, oldRows.Entity.OutputTonnes);
    }

    [Fact]
    public async Task Process_BadUploadPath_IsRejectedUnderInvalid()
    {
        var t = await NewStorageAsync();
        await t.UploadGroupAsync();

        var result = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "loose-file.xlsx");

        Assert.Equal("bad-upload-path", Assert.Single(result.Check.Problems).Code);
    }

    [Fact]
    public async Task RecordFailure_PoisonedBlob_IsRecordedWithItsReason()
    {
        var t = await NewStorageAsync();

        var result = await t.Intake().RecordFailureAsync("CP/huge.xlsx", "retries exhausted", default);

        Assert.Equal(SubmissionStatus.Failed, result.Status);
        var history = await t.Store.HistoryAsync("CP", default);
        Assert.Equal("retries exhausted", Assert.Single(history).Note);
    }
}
