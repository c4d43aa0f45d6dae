using System.IO.Compression;
using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Factors;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A later year's pack discloses its base year (ISO 14064-1 §9.3.1 k and l): the base-year inventory in force, and
/// every recalculation recorded for the base year, with who, when, what changed and why.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PackDisclosureTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Pack2024_AfterTheBaseYearWasRecalculated_GivesTheBaseYearInventoryAndTheRecalculation()
    {
        var names = StorageNames.Unique("disc");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2023).Concat(LaterYearSamples.For(2024)).Where(s => s.Entity.SubsidiaryCode == "NM"))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"NM/{sample.Entity.ReportingYear}.xlsx");
        }
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();
        var packs = services.GetRequiredService<PackGenerator>();
        var before = await packs.BuildAllAsync(2024, "NM", default);
        await services.GetRequiredService<InventoryRecalculation>().RecalculateAsync(2023, services.GetRequiredService<IFactorCatalog>().Version, "AR6",
            "hq@example.com", "GWP values of the Sixth Assessment Report", default);

        var after = await packs.BuildAllAsync(2024, "NM", default);

        var first = ReportText(await t.Storage.Reports.GetBlobClient(before.Single(d => d.BlobName.Contains("/NM-", StringComparison.Ordinal)).BlobName).DownloadContentAsync());
        var second = ReportText(await t.Storage.Reports.GetBlobClient(after.Single(d => d.BlobName.Contains("/NM-", StringComparison.Ordinal)).BlobName).DownloadContentAsync());
        // k: the 2023 inventory in force is in the 2024 pack, by category, rather than "not in this pack".
        Assert.Contains("The base year is 2023; base-year inventory by category (location-based):", first, StringComparison.Ordinal);
        Assert.DoesNotContain("not in this pack", first, StringComparison.Ordinal);
        Assert.Contains("The system holds no recalculation", first, StringComparison.Ordinal);
        // l: the recalculation, once recorded, with its reason; and the pack is a new version that says why.
        Assert.Contains("recalculated NM", second, StringComparison.Ordinal);
        Assert.Contains("reason: GWP values of the Sixth Assessment Report", second, StringComparison.Ordinal);
        Assert.Contains("NM 2023: recalculated with another method", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack2024_AfterTheBaseYearWasCorrected_GivesTheFiguresAsFirstReportedAndCorrected_WithTheReason()
    {
        var names = StorageNames.Unique("corr");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        var cp = SeedSamples.ByCode("CP");
        await t.ProcessAsync(TestStorage.Workbook(cp), "CP/2023.xlsx");
        await t.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP")), "CP/2024.xlsx");
        // Category 1 corrected from 11,678 to 12,500 tCO2e once 2024 is reported.
        var corrected = BaseYearCorrection.Cp2023Category1();
        var accepted = await t.ProcessAsync(TestStorage.Workbook(corrected), "CP/2023-corrected.xlsx", reason: "process emissions re-measured");
        Assert.Equal(SubmissionStatus.Accepted, accepted.Status);
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();

        var pack = await services.GetRequiredService<PackGenerator>().BuildAllAsync(2024, "CP", default);

        var text = ReportText(await t.Storage.Reports.GetBlobClient(pack.Single(d => d.BlobName.Contains("/CP-", StringComparison.Ordinal)).BlobName).DownloadContentAsync());
        // CP 2023 scope 1+2 as first reported 11,678 + 60,579 = 72,257 tCO2e; corrected 12,500 + 60,579 = 73,079.
        Assert.Contains("corrected the data of CP", text, StringComparison.Ordinal);
        Assert.Contains("scope 1+2 (location-based) 72,257 tCO2e as first reported, 73,079 tCO2e as recalculated; reason: process emissions re-measured",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("The system holds no recalculation", text, StringComparison.Ordinal);
    }

    private static string ReportText(Azure.Response<Azure.Storage.Blobs.Models.BlobDownloadResult> pack)
    {
        using var zip = new ZipArchive(pack.Value.Content.ToStream(), ZipArchiveMode.Read);
        using var report = zip.GetEntry(PackAssembler.ReportEntry(Localization.Language.En))!.Open();
        using var pdf = new MemoryStream();
        report.CopyTo(pdf);
        return PdfText.Of(pdf.ToArray());
    }
}
