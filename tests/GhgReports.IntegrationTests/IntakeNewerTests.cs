using Azure.Storage.Blobs.Models;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>
/// "Newer upload wins", defined: the upload time the page (its link) or `ghg upload` (blob metadata) recorded, to the
/// millisecond; otherwise the blob's creation time; the same millisecond falls to the greater blob name.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntakeNewerTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset At = new(2024, 3, 4, 9, 0, 0, 123, TimeSpan.Zero);

    private static byte[] CpWithOutput(decimal output)
    {
        var sample = SeedSamples.ByCode("CP");
        return TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = output } });
    }

    private static async Task<Azure.Storage.Blobs.BlobClient> UploadAsync(TestStorage t, string name, byte[] bytes, DateTimeOffset? recordedAt)
    {
        var blob = t.Storage.Uploads.GetBlobClient(name);
        var metadata = new Dictionary<string, string> { [SubmissionIntake.UploaderMetadata] = "tester" };
        if (recordedAt is { } at)
        {
            metadata[SubmissionIntake.UploadedAtMetadata] = at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        }
        await blob.UploadAsync(new BinaryData(bytes), new BlobUploadOptions { Metadata = metadata });
        return blob;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessBlob_RecordedOneMillisecondLater_WinsOverALaterCreatedBlob(bool recordedLaterFirst)
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        // Created first, but `ghg upload` recorded it 1 ms after the other: it is the newer upload.
        var recordedLater = await UploadAsync(t, "CP/created-first.xlsx", CpWithOutput(166_001m), At.AddMilliseconds(1));
        var recordedEarlier = await UploadAsync(t, "CP/created-second.xlsx", CpWithOutput(166_000m), At);

        foreach (var blob in recordedLaterFirst ? new[] { recordedLater, recordedEarlier } : [recordedEarlier, recordedLater])
        {
            await t.Intake().ProcessBlobAsync(blob, default);
        }

        Assert.Equal(166_001m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
        var pointer = await t.Pointers.GetAsync("CP", "2023", default);
        Assert.Equal(At.AddMilliseconds(1), pointer!.UploadedAt);
    }

    [Fact]
    public async Task ProcessBlob_ThroughThePagesLink_TheLinksRecordedTimeDecides()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var viaPage = await UploadAsync(t, "CP/CP-20240304090000-aaaaaa.xlsx", CpWithOutput(166_002m), null);
        await t.Storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = "CP", RowKey = AuditEntity.UploadLinkRowKey("CP-20240304090000-aaaaaa.xlsx"), Action = AuditAction.UploadLink,
            Actor = "officer CP", At = DateTimeOffset.UtcNow.AddMinutes(1), FileName = "mine.xlsx",
        });
        var later = await UploadAsync(t, "CP/created-after.xlsx", CpWithOutput(166_000m), null);

        await t.Intake().ProcessBlobAsync(viaPage, default);
        await t.Intake().ProcessBlobAsync(later, default);

        Assert.Equal(166_002m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessBlob_SameMillisecond_TheGreaterNameWinsInEitherOrder(bool greaterFirst)
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var greater = await UploadAsync(t, "CP/b.xlsx", CpWithOutput(166_003m), At);
        var lesser = await UploadAsync(t, "CP/a.xlsx", CpWithOutput(166_000m), At);

        foreach (var blob in greaterFirst ? new[] { greater, lesser } : [lesser, greater])
        {
            await t.Intake().ProcessBlobAsync(blob, default);
        }

        Assert.Equal(166_003m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
    }
}
