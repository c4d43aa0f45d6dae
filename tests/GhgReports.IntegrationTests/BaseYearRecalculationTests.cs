using System.IO.Compression;
using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Factors;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The base-year rules over several years (docs/storage.md, "Base-year corrections"): a correction after a lock and an
/// unlock, judged against the group's significance threshold; a GWP change that must reach every compared year; and a
/// member joining the register, which recalculates the group's base. Each is disclosed in the next year's plan and pack.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BaseYearRecalculationTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task CorrectionAfterLockAndUnlock_TakesTheGroupWorkbooksReason_AndTheNextYearDisclosesItsSignificance()
    {
        var names = StorageNames.Unique("sig");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        // HQ records the reason ahead of the corrected upload, and a 5 % threshold.
        await t.UploadGroupAsync(SeedGroup.Workbook with
        {
            Recalculation = new GroupRecalculationPolicy(5m, [new DeclaredRecalculationReason(3, "CP", 2023, "第1类过程排放重新计量 process emissions re-measured")]),
        });
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/2023.xlsx");
        await t.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP")), "CP/2024.xlsx");
        await using var services = Services(names);
        var locks = services.GetRequiredService<PeriodLocks>();
        await locks.LockAsync("CP", 2023, "Verifier Co", "VS-2024-017", "hq@example.com", default);
        // Category 1 re-measured: 11,678 → 16,000 tCO2e, so scope 1+2 goes 72,257 → 76,579 (+5.98 %), above the threshold.
        var corrected = TestStorage.Workbook(BaseYearCorrection.Cp2023Category1(16_000m));

        var whileLocked = await t.ProcessAsync(corrected, "CP/2023-corrected.xlsx");
        await locks.UnlockAsync("CP", 2023, "hq@example.com", "category 1 to be corrected", default);
        var afterUnlock = await t.ProcessAsync(corrected, "CP/2023-corrected.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, whileLocked.Status);
        Assert.Contains(whileLocked.Check.Problems, p => p.Code == "period-locked");
        Assert.Equal(SubmissionStatus.Accepted, afterUnlock.Status);
        var recorded = InventoryRecords.RecalculationOf((await new InventoryRecords(t.Storage).HistoryAsync("CP", 2023, default))[0])!;
        Assert.StartsWith("第1类过程排放重新计量 process emissions re-measured", recorded.Reason, StringComparison.Ordinal);
        Assert.Contains("group workbook", recorded.Reason, StringComparison.Ordinal);

        var plan = await PlanTextAsync(services, t, 2024);
        Assert.Contains("scope 1+2 (location-based) 72,257 tCO2e as first reported, 76,579 tCO2e as recalculated", plan, StringComparison.Ordinal);
        Assert.Contains("76,579 tCO2e as recalculated (+6 %)", plan, StringComparison.Ordinal);
        // The group's target is on scope 1+2 intensity, so that metric is judged, and the purchased-aluminium intensity always.
        Assert.Contains("cumulative change against the base as first reported: scope 1+2 intensity (tCO2e/t) 0.436 → 0.462 (+6 %); " +
                        "purchased-aluminium intensity (tCO2e/t) 16.4 → 16.4 (0 %)", plan, StringComparison.Ordinal);
        Assert.Contains("It reaches the group workbook's 5 % significance threshold: a significant recalculation.", plan, StringComparison.Ordinal);
        var pack = await PackTextAsync(services, t, 2024, "CP");
        Assert.Contains("corrected the data of CP", pack, StringComparison.Ordinal);
        Assert.Contains("scope 1+2 intensity (tCO2e/t) 0.436 → 0.462 (+6 %)", pack, StringComparison.Ordinal);
        Assert.Contains("a significant recalculation", pack, StringComparison.Ordinal);
        // §9.3.1 n: a correction of the data is no change of approach, and the pack can say so.
        Assert.Contains("This year and the base year 2023 were quantified by the same approach", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GwpChange_ForTheBaseYearAlone_MarksTheYearsNotComparable_UntilEveryComparedYearIsRecalculated()
    {
        var names = StorageNames.Unique("gwp2");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2023).Concat(LaterYearSamples.For(2024)).Where(s => s.Entity.SubsidiaryCode == "NM"))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"NM/{sample.Entity.ReportingYear}.xlsx");
        }
        await using var services = Services(names);
        var recalculation = services.GetRequiredService<InventoryRecalculation>();
        var factors = services.GetRequiredService<IFactorCatalog>().Version;

        await recalculation.RecalculateAsync(2023, factors, "AR6", "hq@example.com", "Sixth Assessment Report GWPs", default);
        var baseOnly = await PlanTextAsync(services, t, 2024);
        var packBaseOnly = await PackTextAsync(services, t, 2024, "NM");
        var groupPackBaseOnly = await PackTextAsync(services, t, 2024, PackGenerator.GroupCode);
        var both = await recalculation.RecalculateYearsAsync([2023, 2024], factors, "AR6", "hq@example.com", "Sixth Assessment Report GWPs", default);
        var allYears = await PlanTextAsync(services, t, 2024);
        var packAllYears = await PackTextAsync(services, t, 2024, "NM");
        var groupPackAllYears = await PackTextAsync(services, t, 2024, PackGenerator.GroupCode);

        Assert.Contains($"Not comparable: NM's years were calculated by different methods (2023: AR6 · {factors}; 2024: AR5 · {factors})", baseOnly,
            StringComparison.Ordinal);
        Assert.Contains("Not comparable: the group's years", baseOnly, StringComparison.Ordinal);
        Assert.Contains("ghg recalculate --years 2023-2024", baseOnly, StringComparison.Ordinal);
        Assert.Contains("Not comparable: NM's years", packBaseOnly, StringComparison.Ordinal);
        Assert.Contains("Not comparable: the group's years", groupPackBaseOnly, StringComparison.Ordinal);
        Assert.Equal([2023, 2024], both.Select(r => r.Record.Period.Start.Year).Order());
        Assert.DoesNotContain("Not comparable", allYears, StringComparison.Ordinal);
        Assert.DoesNotContain("Not comparable", packAllYears, StringComparison.Ordinal);
        Assert.DoesNotContain("Not comparable", groupPackAllYears, StringComparison.Ordinal);
        // §9.3.1 n from the records: both years' change of GWP set, with the reason.
        Assert.Contains("(2023-09-01..2024-08-31) quantification approach changed", packAllYears, StringComparison.Ordinal);
        Assert.Contains("(2024-09-01..2025-08-31) quantification approach changed", packAllYears, StringComparison.Ordinal);
        Assert.Contains("NM 2024: recalculated with another method", allYears, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberAddedToTheRegister_RecalculatesTheGroupBase_AndSaysSoInThePlanAndTheGroupPack()
    {
        var names = StorageNames.Unique("join");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        var withoutYn = SeedGroup.Workbook with { Register = [.. SeedGroup.Workbook.Register.Where(r => r.Code != "YN")] };
        await t.UploadGroupAsync(withoutYn);
        foreach (var sample in LaterYearSamples.For(2023).Concat(LaterYearSamples.For(2024)).Where(s => s.Entity.SubsidiaryCode is "CP" or "NM"))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{sample.Entity.ReportingYear}.xlsx");
        }
        // YN joins in 2024: HQ adds it to the register, after the 2023 base was first reported.
        await t.ProcessAsync(TestStorage.GroupWorkbookBytes(SeedGroup.Workbook), "_group/group-2024.xlsx", createdOn: DateTimeOffset.UtcNow.AddSeconds(2));
        var yn2024 = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "YN");
        await t.ProcessAsync(TestStorage.Workbook(yn2024), "YN/2024.xlsx", createdOn: DateTimeOffset.UtcNow.AddSeconds(3));
        await using var services = Services(names);

        var withoutBase = await PlanTextAsync(services, t, 2024);
        var yn2023 = LaterYearSamples.For(2023).Single(s => s.Entity.SubsidiaryCode == "YN");
        await t.ProcessAsync(TestStorage.Workbook(yn2023), "YN/2023.xlsx", createdOn: DateTimeOffset.UtcNow.AddSeconds(4));
        var recalculated = await PlanTextAsync(services, t, 2024);
        var groupPack = await PackTextAsync(services, t, 2024, PackGenerator.GroupCode);

        Assert.Contains("the group register changed", withoutBase, StringComparison.Ordinal);
        Assert.Contains("joined: YN", withoutBase, StringComparison.Ordinal);
        Assert.Contains("YN has no data in force for 2023 (the base year)", withoutBase, StringComparison.Ordinal);
        Assert.Contains("The group's 2023 base is recalculated for the structural change", recalculated, StringComparison.Ordinal);
        Assert.Contains("(register then: CP, LW, NM)", recalculated, StringComparison.Ordinal);
        Assert.DoesNotContain("YN has no data in force", recalculated, StringComparison.Ordinal);
        Assert.Contains("joined: YN", groupPack, StringComparison.Ordinal);
        Assert.Contains("recalculated for the structural change", groupPack, StringComparison.Ordinal);
    }

    private ServiceProvider Services(StorageNames names) =>
        new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();

    /// <summary>The English edition's text.</summary>
    private static async Task<string> PlanTextAsync(ServiceProvider services, TestStorage t, int year)
    {
        var published = await services.GetRequiredService<PlanGenerator>().GenerateAsync(year, default);
        var english = published!.Single(d => d.BlobName.Contains("-en", StringComparison.Ordinal));
        return PdfText.Of((await t.Storage.Reports.GetBlobClient(english.BlobName).DownloadContentAsync()).Value.Content.ToArray());
    }

    private static async Task<string> PackTextAsync(ServiceProvider services, TestStorage t, int year, string code)
    {
        var packs = await services.GetRequiredService<PackGenerator>().BuildAllAsync(year, null, default);
        var pack = packs.Single(d => d.BlobName.Contains($"/{code}-", StringComparison.Ordinal));
        var content = (await t.Storage.Reports.GetBlobClient(pack.BlobName).DownloadContentAsync()).Value.Content;
        using var zip = new ZipArchive(content.ToStream(), ZipArchiveMode.Read);
        using var report = zip.GetEntry(PackAssembler.ReportEntry(Localization.Language.En))!.Open();
        using var pdf = new MemoryStream();
        report.CopyTo(pdf);
        return PdfText.Of(pdf.ToArray());
    }
}
