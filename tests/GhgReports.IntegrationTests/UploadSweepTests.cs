using Azure;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.IntegrationTests;

/// <summary>No upload left behind: the sweep finds uploads the trigger never delivered, or left writing, and processes them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadSweepTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Sweep_TwentyUploads150MsApartNeverDeliveredAndOneLeftWriting_AllProcessedAndTheNewestInForce()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        var workbooks = Enumerable.Range(1, 20)
            .Select(i => TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 166_000m + i } })).ToList();
        for (var i = 0; i < workbooks.Count; i++)
        {
            await t.Storage.Uploads.GetBlobClient($"CP/upload-{i + 1:00}.xlsx").UploadAsync(new BinaryData(workbooks[i]));
            await Task.Delay(150);
        }
        // One of them reached intake, which crashed after some rows: its record stays "writing".
        var crash = new IntakeOptions { AfterDetailBatch = n => n == 1 ? throw new RequestFailedException(503, "injected fault") : Task.CompletedTask };
        await Assert.ThrowsAsync<RequestFailedException>(() => t.Intake(crash).ProcessBlobAsync(t.Storage.Uploads.GetBlobClient("CP/upload-07.xlsx"), default));
        Assert.Equal(SubmissionStatus.Writing, Assert.Single(await t.Store.HistoryAsync("CP", default)).Status);
        var sweep = new UploadSweep(t.Storage, t.Intake(), TimeProvider.System, NullLogger<UploadSweep>.Instance);

        var fresh = await sweep.SweepAsync(default);
        var first = await sweep.SweepAsync(TimeSpan.Zero, TimeSpan.Zero, default);
        var second = await sweep.SweepAsync(TimeSpan.Zero, TimeSpan.Zero, default);

        // Within the grace period the uploads are the trigger's, and a fresh "writing" is a run in progress.
        Assert.Equal(new SweepOutcome(0, 0), fresh);
        // All 20, the one left writing among them, are processed; the next sweep finds nothing to do.
        Assert.Equal(new SweepOutcome(20, 0), first);
        Assert.Equal(new SweepOutcome(0, 0), second);
        var history = await t.Store.HistoryAsync("CP", default);
        Assert.Equal(20, history.Count);
        Assert.Equal(["CP/upload-20.xlsx"], history.Where(h => h.Status == SubmissionStatus.Accepted).Select(h => h.BlobName));
        Assert.Equal(19, history.Count(h => h.Status == SubmissionStatus.Superseded));
        Assert.Equal(166_020m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
    }
}
