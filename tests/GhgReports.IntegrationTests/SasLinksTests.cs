using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using GhgReports.Reporting;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Every link we hand out is minted in one place (Storage/SasLinks): the links of published documents, fresh or asked
/// for later, start five minutes back, end an hour on, read only this blob, and open it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SasLinksTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PublishedAndRelinkedDocuments_LinksLiveAnHourFromFiveMinutesBack_AndReadTheirBlob()
    {
        var storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var publisher = new DocumentPublisher(storage.Storage, new FixedClock(Now));
        var content = "%PDF-1.7 2024"u8.ToArray();

        var published = await publisher.PublishAsync("plans/2024/ghg-reduction-plan-2024-en.pdf", content, "application/pdf", default);
        var relinked = Assert.Single(await publisher.WithReadLinksAsync([published with { ReadLink = null }], default));

        foreach (var link in new[] { published.ReadLink, relinked.ReadLink })
        {
            Assert.NotNull(link);
            var uri = new BlobUriBuilder(link);
            Assert.Equal("plans/2024/ghg-reduction-plan-2024-en.pdf", uri.BlobName);
            Assert.Equal(Now.AddMinutes(-5), uri.Sas.StartsOn);
            Assert.Equal(Now + DocumentPublisher.LinkLifetime, uri.Sas.ExpiresOn);
            Assert.Equal(TimeSpan.FromHours(1), DocumentPublisher.LinkLifetime);
            Assert.Equal("r", uri.Sas.Permissions);
            Assert.Equal("b", uri.Sas.Resource);
            // The emulator serves http; in Azure the same builder says https only.
            Assert.Equal(SasProtocol.HttpsAndHttp, uri.Sas.Protocol);
        }
    }

    [Fact]
    public async Task PublishedDocumentLink_MintedNow_OpensTheDocument()
    {
        var storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var publisher = new DocumentPublisher(storage.Storage, TimeProvider.System);
        var content = "%PDF-1.7 2025"u8.ToArray();

        var published = await publisher.PublishAsync("plans/2025/ghg-reduction-plan-2025-zh.pdf", content, "application/pdf", default);

        var read = await new BlobClient(published.ReadLink!).DownloadContentAsync();
        Assert.Equal(content, read.Value.Content.ToArray());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
