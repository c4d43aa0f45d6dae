using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Evidence;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Documents versioned by their data: the same data is the same version and the same bytes; a base-year correction
/// after later years exist makes version 2 of every plan that compares with that year, with a note of what changed, and
/// version 1 stays as it was.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentVersionTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Plans_BaseYearCorrectedAfterTheSecondYear_Version2OfBothYearsWithTheChangeAndVersion1Kept()
    {
        var names = StorageNames.Unique("ver");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2023).Concat(LaterYearSamples.For(2024)))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{sample.Entity.ReportingYear}.xlsx");
        }
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();
        var plans = services.GetRequiredService<PlanGenerator>();
        var first2023 = await plans.GenerateAsync(2023, default);
        var first2024 = await plans.GenerateAsync(2024, default);
        var again2024 = await plans.GenerateAsync(2024, default);

        // Nothing changed: the same version, the same name, the same bytes.
        Assert.Equal(first2024!.Select(d => (d.BlobName, d.Sha256)), again2024!.Select(d => (d.BlobName, d.Sha256)));
        Assert.Equal("plans/2024/ghg-reduction-plan-2024-en.pdf", first2024![1].BlobName);

        // CP's 2023 workbook corrected after 2024 was reported: category 1 from 11,678 to 12,500 tCO2e.
        var corrected = BaseYearCorrection.Cp2023Category1();
        var correction = await t.ProcessAsync(TestStorage.Workbook(corrected), "CP/2023-corrected.xlsx", reason: "process emissions re-measured");
        Assert.True(correction.Status == SubmissionStatus.Accepted, string.Join("; ", correction.Check.Problems.Select(p => p.MessageEn)));
        var second2023 = await plans.GenerateAsync(2023, default);
        var second2024 = await plans.GenerateAsync(2024, default);

        Assert.Equal("plans/2023/ghg-reduction-plan-2023-en-v2.pdf", second2023![1].BlobName);
        Assert.Equal("plans/2024/ghg-reduction-plan-2024-en-v2.pdf", second2024![1].BlobName);
        var history = await services.GetRequiredService<DocumentVersions>().HistoryAsync(PlanGenerator.VersionsKey(2024), default);
        Assert.Equal([1, 2], history.Versions.Select(v => v.Number));
        var change = Assert.Single(history.Versions[1].Changes);
        Assert.StartsWith("CP 2023: data corrected, submission ", change.En, StringComparison.Ordinal);
        // Version 1 of each year is still there, byte for byte.
        foreach (var document in first2023!.Concat(first2024))
        {
            var kept = await t.Storage.Reports.GetBlobClient(document.BlobName).DownloadContentAsync();
            Assert.Equal(document.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(kept.Value.Content.ToArray())));
        }
        // The cover of version 2 says which version it replaces and why.
        var cover = PdfText.Of((await t.Storage.Reports.GetBlobClient(second2024[1].BlobName).DownloadContentAsync()).Value.Content.ToArray(), lastPage: 1);
        Assert.Contains("Version: 2", cover, StringComparison.Ordinal);
        Assert.Contains("replaces version 1", cover, StringComparison.Ordinal);
        Assert.Contains("CP 2023: data corrected", cover, StringComparison.Ordinal);

        // The 2024 plan discloses the correction of its base year; version 1 had said there was none.
        var body2 = PdfText.Of((await t.Storage.Reports.GetBlobClient(second2024[1].BlobName).DownloadContentAsync()).Value.Content.ToArray());
        var body1 = PdfText.Of((await t.Storage.Reports.GetBlobClient(first2024[1].BlobName).DownloadContentAsync()).Value.Content.ToArray());
        Assert.Contains("No subsidiary's base-year figures have been corrected or recalculated since they were first reported.", body1, StringComparison.Ordinal);
        // CP 2023 scope 1+2: 72,257 tCO2e as first reported; 822 more in category 1 gives 73,079 (+1.1 %).
        Assert.Contains("Base-year recalculation: CP (", body2, StringComparison.Ordinal);
        Assert.Contains("scope 1+2 (location-based) 72,257 tCO2e as first reported, 73,079 tCO2e as recalculated", body2, StringComparison.Ordinal);
        Assert.Contains("reason: process emissions re-measured.", body2, StringComparison.Ordinal);

        // The page lists both versions and links to the latest unless asked for another.
        var downloads = services.GetRequiredService<DownloadLinks>();
        var management = new Caller("board", [Roles.Management], [], []);
        var listed = (await downloads.ListPlansAsync(management, 2024, default)).Value!;
        Assert.Equal([2, 2, 1, 1], listed.Select(p => p.Version));
        Assert.EndsWith("-en-v2.pdf", (await downloads.PlanLinkAsync(management, 2024, "en", default)).Value!.Name, StringComparison.Ordinal);
        Assert.EndsWith("2024-en.pdf", (await downloads.PlanLinkAsync(management, 2024, "en", default, version: 1)).Value!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packs_EvidenceAttachedAfterTheFirstPack_Version2SaysSo_AndTheFirstIsKept()
    {
        var names = StorageNames.Unique("pver");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2024))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2024.xlsx");
        }
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();
        var packs = services.GetRequiredService<PackGenerator>();
        var first = await packs.BuildAllAsync(2024, "NM", default);

        await using (var meter = new MemoryStream("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray()))
        {
            await new EvidenceStore(t.Storage).UploadAsync("NM", 2024, "meter-readings-2024.pdf", meter, "officer@example.com", default);
        }
        var second = await packs.BuildAllAsync(2024, "NM", default);

        var nm1 = first.Single(d => d.BlobName.Contains("/NM-", StringComparison.Ordinal));
        var nm2 = second.Single(d => d.BlobName.Contains("/NM-", StringComparison.Ordinal));
        Assert.Equal("iso14064/2024/NM-2024-iso14064-pack.zip", nm1.BlobName);
        Assert.Equal("iso14064/2024/NM-2024-iso14064-pack-v2.zip", nm2.BlobName);
        Assert.True(await t.Storage.Reports.GetBlobClient(nm1.BlobName).ExistsAsync());
        var history = await services.GetRequiredService<DocumentVersions>().HistoryAsync(PackAssembler.BlobName("NM", 2024), default);
        Assert.Equal("NM 2024: evidence file added, meter-readings-2024.pdf", Assert.Single(history.Versions[1].Changes).En);
        var listed = (await services.GetRequiredService<DownloadLinks>().ListPacksAsync(new Caller("c", [Roles.Compliance], [], []), 2024, default)).Value!;
        Assert.Equal([2, 1], listed.Where(p => p.Subsidiary == "NM").Select(p => p.Version));
    }
}
