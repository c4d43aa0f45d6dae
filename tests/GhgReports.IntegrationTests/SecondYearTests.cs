using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A group in its second year, end to end on Azurite: the four samples for 2023, then the synthetic 2024 (CP and LW
/// with 4 % less energy for 3 % more output). The 2024 plan keeps the 2023 base and reports progress against it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecondYearTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task SecondYear_PlanKeepsTheBaseYear_AndReportsProgress_AsComputedByHand()
    {
        var names = StorageNames.Unique("yr");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var sample in LaterYearSamples.For(year))
            {
                var result = await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{year}.xlsx");
                Assert.Equal(SubmissionStatus.Accepted, result.Status);
                // Checked against the pathway from the 2023 base, the correct 2023 tables raise no "not from base" warning.
                Assert.DoesNotContain(result.PlanWarnings, w => w.Code == PlanWarningCodes.PathwayNotFromBase && sample.Entity.SubsidiaryCode == "CP");
            }
        }
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();
        var reader = services.GetRequiredService<YearDataReader>();
        var plans = services.GetRequiredService<PlanGenerator>();

        var plan2023 = PlanBuilder.Build(plans.Inputs((await reader.ReadAsync(2023, default, earlierYears: true))!, Language.En));
        var plan2024 = PlanBuilder.Build(plans.Inputs((await reader.ReadAsync(2024, default, earlierYears: true))!, Language.En));

        // The pathway never re-bases: CP's 2030 process level is the 2023 plan's 0.347, not 0.330 from the 2024 intensity.
        var cp2023 = plan2023.Subsidiaries.Single(s => s.Code == "CP");
        var cp2024 = plan2024.Subsidiaries.Single(s => s.Code == "CP");
        Assert.Equal(cp2023.ProcessPathway, cp2024.ProcessPathway);
        Assert.Equal(0.347, Math.Round(cp2024.ProcessPathway.Single(p => p.Year == 2030).Value, 3));

        var text = Text(plan2024);
        // CP 2023: 11,678 + 106,223 MWh × 0.5703 = 72,256.98 tCO2e on 165,700 t = 0.436071 tCO2e/t.
        // CP 2024: 11,210.88 + 101,974.08 MWh × 0.5703 = 69,366.70 tCO2e on 170,671 t = 0.406435: −6.8 % on the base.
        // Target −5 % a year: 2024 level 0.436071 × 0.95 = 0.414267; gap (0.406435 − 0.414267) × 170,671 = −1,337 tCO2e
        // (−1.9 %); by 2026 0.95³ = −14.3 %. The pathway's 2024 value is the 2023 plan's 0.424.
        Assert.Contains("Target (row 3, scope 1+2 intensity (tCO2e/t))", text, StringComparison.Ordinal);
        Assert.Contains("−6.8 % against the base in 2024; the target is −14.3 % by 2026 (on track).", text, StringComparison.Ordinal);
        Assert.Contains("| 2024 | 0.406 | 0.424 | 0.414 | −1,337 | −1.9 | on track |", text, StringComparison.Ordinal);
        Assert.Contains("| 2023 (base) | 11,678 | 60,579 | 6,630 | 2,417,620 | 0.436 |", text, StringComparison.Ordinal);
        // The group (all at 100 %, operational control): 2023 153,675 tCO2e on 835,386 t = 0.183957; 2024: CP 69,366.70 +
        // LW (316.80 + 15,319.68 MWh × 0.5703 = 9,053.61) + YN 25,511 + NM 46,476 = 150,407.31 tCO2e on 170,671 + 3,003.48
        // + 81,770 + 585,000 = 840,444.48 t = 0.178962: −2.7 %, against −5 % by 2025.
        Assert.Contains("Group scope 1+2 intensity (tCO2e/t): 0.179 in 2024, −2.7 % against 0.184 in the 2023 base year; the target is −5 % by 2025",
            text, StringComparison.Ordinal);
        // CP's second PV states what it saved: 5,288 tCO2e against 1,854.57 万kWh × 0.5703 = 10,577 tCO2e a year planned.
        Assert.Contains("| Rooftop PV (being installed) | 10,577 | 5,288 | 50 |", text, StringComparison.Ordinal);
        // The executive summary, first: the group against its base and target. The target's 2025 level is
        // 0.183957 × 0.95 = 0.174759; at 2024's 840,444 t that allows 146,875 tCO2e against about 150,408 emitted.
        var summary = plan2024.Sections[0];
        Assert.Equal("Executive summary", summary.Title);
        var lead = Text(plan2024 with { Sections = [summary] });
        Assert.Contains("In 2024 the group (4 subsidiaries) emitted 150,408 tCO2e in scope 1+2 for 840,444 t of output: 0.179 tCO2e/t.", lead, StringComparison.Ordinal);
        Assert.Contains("the intensity changed by −2.7 %", lead, StringComparison.Ordinal);
        Assert.Contains("The group target requires 0.175 by 2025: at this year's output, 3,532 tCO2e remain to be cut.", lead, StringComparison.Ordinal);
        // Measures quantified at 16,798 tCO2e a year, less CP's installed PV, which operated before the 2023 base year
        // (842.6 万kWh × 0.5703 = 4,805.35 tCO2e, already in the base): 11,992.65 ÷ 3,531.98 gap = 340 %.
        Assert.Contains("The subsidiaries' quantified measures save 11,993 tCO2e a year, 340 % of the gap: enough to close it.", lead, StringComparison.Ordinal);
        // YN is furthest above its pathway: 25,511 − 0.30705 × 81,770 ≈ 412 tCO2e.
        Assert.Contains("1. Yunnan Innovation Alloy Co., Ltd.: 412 tCO2e above its pathway in 2024", lead, StringComparison.Ordinal);
        // The trend chart carries an actual point for each stored year.
        Assert.Contains(plan2024.Sections.SelectMany(s => s.Blocks).OfType<PlanChart>(),
            c => c.Series.Any(s => s.Kind == PlanSeriesKind.Actual && s.Points.Select(p => p.Year).SequenceEqual([2023, 2024])));

        // The 2023 plan reports no progress: it is the base year.
        Assert.DoesNotContain("Progress against the base year", Text(plan2023), StringComparison.Ordinal);
        // A year with no data gets no plan.
        Assert.Null(await plans.GenerateAsync(2025, default));
        Assert.NotNull(await plans.GenerateAsync(2024, default));
    }

    [Fact]
    public async Task CorrectedBaseYear_AfterTheSecondYear_IsAccepted_AndSaysItReplacesTheBase()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, StorageNames.Unique("yr"));
        await t.UploadGroupAsync();
        var cp2023 = SeedSamples.ByCode("CP");
        var first = await t.ProcessAsync(TestStorage.Workbook(cp2023), "CP/CP-2023.xlsx");
        var alone = await t.ProcessAsync(TestStorage.Workbook(cp2023 with { Entity = cp2023.Entity with { OutputTonnes = 165_701m } }), "CP/CP-2023-b.xlsx");
        await t.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP")), "CP/CP-2024.xlsx");
        var corrected = BaseYearCorrection.Cp2023Category1();

        var withoutReason = await t.ProcessAsync(TestStorage.Workbook(corrected), "CP/CP-2023-corrected.xlsx");
        // The officer gives the reason as `ghg upload --reason` and the page do: in the blob's metadata.
        await t.Storage.Uploads.GetBlobClient("CP/CP-2023-corrected-again.xlsx").UploadAsync(new BinaryData(TestStorage.Workbook(corrected with
        {
            Entity = corrected.Entity with { Contact = "13800000000" },
        })), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string>
            {
                [GhgReports.Intake.SubmissionIntake.ReasonMetadata] = Uri.EscapeDataString("电解槽过程排放重新计量 re-measured"),
                [GhgReports.Intake.SubmissionIntake.UploaderMetadata] = Uri.EscapeDataString("officer@example.com"),
                // As `ghg upload` records it, to the millisecond: the emulator's creation time is to the second, and the
                // uploads above were recorded by this clock.
                [GhgReports.Intake.SubmissionIntake.UploadedAtMetadata] = DateTimeOffset.UtcNow.AddMilliseconds(1)
                    .ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            },
        });
        var result = await t.Intake().ProcessBlobAsync(t.Storage.Uploads.GetBlobClient("CP/CP-2023-corrected-again.xlsx"), default);

        // Before a later year exists, a new 2023 file is an ordinary newer upload; after, it says what it replaces.
        Assert.DoesNotContain(first.Check.Problems.Concat(alone.Check.Problems), p => p.Code == "replaces-earlier-year");
        // Without a reason, a base-year correction is refused, and the base stays as it was.
        Assert.Equal(SubmissionStatus.Rejected, withoutReason.Status);
        var refusal = Assert.Single(withoutReason.Check.Problems, p => p.Severity == "error");
        Assert.Equal("base-year-reason-required", refusal.Code);
        Assert.Contains("ghg upload --reason", refusal.MessageEn, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        // The correction is recorded for disclosure: who, why, and category 1 as first reported (11,678) beside 12,500.
        var recorded = (await new InventoryRecords(t.Storage).HistoryAsync("CP", 2023, default))[0];
        var disclosed = InventoryRecords.RecalculationOf(recorded)!;
        Assert.Equal(("officer@example.com", "电解槽过程排放重新计量 re-measured"), (recorded.Who, recorded.Reason));
        Assert.Equal((11_678m, 12_500m), (disclosed.OldTotals.Categories.Single(c => c.Category == 1).LocationBasedTco2e,
            disclosed.NewTotals.Categories.Single(c => c.Category == 1).LocationBasedTco2e));
        var notice = Assert.Single(result.Check.Problems, p => p.Code == "replaces-earlier-year");
        Assert.Contains("replaces the data in force for 2023, a year with later years already reported (2024)", notice.MessageEn, StringComparison.Ordinal);
        Assert.Contains("base-year recalculation", notice.MessageEn, StringComparison.Ordinal);
        Assert.Contains("基准年重新计算", notice.MessageZh, StringComparison.Ordinal);
    }

    private static string Text(PlanDocument document) => string.Join('\n', document.Sections.SelectMany(s => s.Blocks).Select(b => b switch
    {
        PlanParagraph p => p.Text,
        PlanHeading h => h.Text,
        PlanTable table => string.Join('\n', table.Rows.Select(r => "| " + string.Join(" | ", r.Cells) + " |")),
        _ => "",
    }));
}
