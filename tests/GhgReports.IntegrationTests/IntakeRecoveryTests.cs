using Azure;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A crash between any two durable steps of an acceptance (archive, rows, pointer, figures, result, record): redelivery
/// or the sweep finishes the submission, and the period ends with exactly one "accepted", every other "superseded".
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntakeRecoveryTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<IntakeStep> Steps() => [.. Enum.GetValues<IntakeStep>()];

    private static IntakeOptions CrashAfter(IntakeStep step) =>
        new() { AfterStep = s => s == step ? throw new RequestFailedException(503, $"injected fault after {s}") : Task.CompletedTask };

    private static byte[] Correction(decimal output)
    {
        var sample = SeedSamples.ByCode("NM");
        return TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = output } });
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Redelivery_AfterACrashAtAnyStep_FinishesTheSubmissionAndSupersedesEverythingOlder(IntakeStep step)
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var original = TestStorage.Workbook(SeedSamples.ByCode("NM"));
        var first = await t.ProcessAsync(original, "NM/v1.xlsx", Monday);
        // The same bytes again under another name: a duplicate, which must follow its first upload.
        var again = await t.ProcessAsync(original, "NM/v1-again.xlsx", Monday.AddHours(1));
        var correction = Correction(590_000m);

        await Assert.ThrowsAsync<RequestFailedException>(() => t.ProcessAsync(correction, "NM/v2.xlsx", Monday.AddDays(1), CrashAfter(step)));
        var redelivered = await t.ProcessAsync(correction, "NM/v2.xlsx", Monday.AddDays(1));

        Assert.Equal(SubmissionStatus.Accepted, redelivered.Status);
        var history = await t.Store.HistoryAsync("NM", default);
        Assert.Equal(["NM/v2.xlsx"], history.Where(h => h.Status == SubmissionStatus.Accepted).Select(h => h.BlobName));
        Assert.Equal(["NM/v1-again.xlsx", "NM/v1.xlsx"],
            history.Where(h => h.Status == SubmissionStatus.Superseded).Select(h => h.BlobName).Order(StringComparer.Ordinal));
        Assert.All(history.Where(h => h.Status == SubmissionStatus.Superseded), h => Assert.Equal(redelivered.SubmissionId, h.SupersededBy));
        foreach (var (name, status) in new[]
                 {
                     ("NM/v1.xlsx", SubmissionStatus.Superseded), ("NM/v1-again.xlsx", SubmissionStatus.Superseded),
                     ("NM/v2.xlsx", SubmissionStatus.Accepted),
                 })
        {
            var result = await t.Intake().ReadResultAsync(name + ".result.json", default);
            Assert.Equal(status, result.Status);
        }
        Assert.Equal(first.SubmissionId, again.SubmissionId);
        Assert.Equal(redelivered.SubmissionId, (await t.Pointers.GetAsync("NM", "2023", default))!.SubmissionId);
        Assert.Equal(590_000m, (await t.Store.CurrentAsync("NM", 2023, default))!.Entity.OutputTonnes);
        var figures = await new InventoryRecords(t.Storage).HistoryAsync("NM", 2023, default);
        Assert.Equal(1, figures.Count(r => r.SubmissionId == redelivered.SubmissionId));
        Assert.Equal(redelivered.SubmissionId, figures[0].SubmissionId);
    }

    [Theory]
    [InlineData(IntakeStep.Archived, false)]
    [InlineData(IntakeStep.RowsWritten, false)]
    [InlineData(IntakeStep.PointerMoved, false)]
    [InlineData(IntakeStep.FiguresRecorded, false)]
    [InlineData(IntakeStep.ResultWritten, false)]
    [InlineData(IntakeStep.RecordWritten, false)]
    [InlineData(IntakeStep.Archived, true)]
    [InlineData(IntakeStep.PointerMoved, true)]
    [InlineData(IntakeStep.ResultWritten, true)]
    [InlineData(IntakeStep.RecordWritten, true)]
    public async Task Sweep_AfterACrashAtAnyStepWithNoRedelivery_LeavesOneAcceptedPerPeriod(IntakeStep step, bool newerArrivesFirst)
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var uploads = new[] { ("NM/v1.xlsx", Correction(585_000m)), ("NM/v2.xlsx", Correction(590_000m)), ("NM/v3.xlsx", Correction(595_000m)) };
        foreach (var (name, bytes) in uploads)
        {
            await t.Storage.Uploads.GetBlobClient(name).UploadAsync(new BinaryData(bytes));
            // Creation times a few milliseconds apart decide "newer".
            await Task.Delay(20);
        }
        await t.Intake().ProcessBlobAsync(t.Storage.Uploads.GetBlobClient("NM/v1.xlsx"), default);
        await Assert.ThrowsAsync<RequestFailedException>(() => t.Intake(CrashAfter(step)).ProcessBlobAsync(t.Storage.Uploads.GetBlobClient("NM/v2.xlsx"), default));
        if (newerArrivesFirst)
        {
            await t.Intake().ProcessBlobAsync(t.Storage.Uploads.GetBlobClient("NM/v3.xlsx"), default);
        }
        var sweep = new UploadSweep(t.Storage, t.Intake(), TimeProvider.System, NullLogger<UploadSweep>.Instance);

        await sweep.SweepAsync(TimeSpan.Zero, TimeSpan.Zero, default);

        var history = await t.Store.HistoryAsync("NM", default);
        Assert.Equal(3, history.Count);
        Assert.Equal(["NM/v3.xlsx"], history.Where(h => h.Status == SubmissionStatus.Accepted).Select(h => h.BlobName));
        Assert.Equal(2, history.Count(h => h.Status == SubmissionStatus.Superseded));
        foreach (var record in history)
        {
            var result = await t.Intake().ReadResultAsync(record.ResultPath!, default);
            Assert.Equal((record.BlobName, record.Status), (result.BlobName, result.Status));
        }
        Assert.Equal(595_000m, (await t.Store.CurrentAsync("NM", 2023, default))!.Entity.OutputTonnes);
        Assert.Equal(new SweepOutcome(0, 0), await sweep.SweepAsync(TimeSpan.Zero, TimeSpan.Zero, default));
    }
}
