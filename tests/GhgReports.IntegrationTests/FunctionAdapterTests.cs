using GhgReports.Cli.Local;
using Azure.Storage.Blobs.Models;
using GhgReports.Functions;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>The trigger adapters as the host calls them, with a real blob in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionAdapterTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task SubmissionUploaded_RealBlob_PassesPathTimeAndUploaderToIntake()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var blob = t.Storage.Uploads.GetBlobClient("NM/NM-2023.xlsx");
        await blob.UploadAsync(new BinaryData(TestStorage.Workbook(SeedSamples.ByCode("NM"))),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["uploader"] = Uri.EscapeDataString("张三 zhang.san@example.com") } });

        await new SubmissionUploaded(t.Intake()).Run(blob, default);

        var history = await t.Store.HistoryAsync("NM", default);
        var submission = Assert.Single(history);
        Assert.Equal((SubmissionStatus.Accepted, "NM/NM-2023.xlsx", "张三 zhang.san@example.com"), (submission.Status, submission.BlobName, submission.Uploader));
        var created = (await blob.GetPropertiesAsync()).Value.CreatedOn;
        Assert.Equal(created, submission.UploadedAt);
    }

    [Fact]
    public async Task PoisonedUpload_HostMessage_RecordsTheBlob()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        const string message = """{"FunctionId":"Host.Functions.SubmissionUploaded","BlobType":"BlockBlob","ContainerName":"uploads","BlobName":"CP/big.xlsx","ETag":"\"0x1\""}""";

        await new PoisonedUpload(t.Intake()).Run(message, default);

        var submission = Assert.Single(await t.Store.HistoryAsync("CP", default));
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        Assert.Contains("SubmissionUploaded", submission.Note);
    }
}
