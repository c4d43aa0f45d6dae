using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A 2024 workbook whose measures save a mass of CF4 and of HFC-23, through intake and the plan made from stored data:
/// CF4 valued with the GWP set the inventory was calculated with (AR5 here), HFC-23 warned at intake and explained in the plan.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GasMeasureTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task LaterYear_MeasuresSavingGases_AreValuedWithTheInventorysGwpSet_OrSaidWhyNot()
    {
        var names = StorageNames.Unique("gas");
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2023).Where(s => s.Entity.SubsidiaryCode == "CP"))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), "CP/2023.xlsx");
        }
        var cp = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP");
        var row = cp.Measures.Max(m => m.Row);
        var withGases = cp with
        {
            Measures =
            [
                .. cp.Measures,
                new ReductionMeasure { Row = row + 1, Name = "阳极效应控制", NameEn = "Anode-effect control", Type = "other", AnnualAmount = 0.2m, AnnualUnit = "t CF4/年" },
                new ReductionMeasure { Row = row + 2, Name = "冷库制冷剂替换", NameEn = "Cold-store refrigerant swap", Type = "other", AnnualAmount = 30m, AnnualUnit = "kg HFC-23" },
            ],
        };

        var result = await t.ProcessAsync(TestStorage.Workbook(withGases), "CP/2024.xlsx");

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        var warning = Assert.Single(result.Check.Problems, p => p.Code == "measure-gas-not-in-gwp-set");
        Assert.Equal(("kg HFC-23", row + 2), (warning.ValueSeen, warning.Row));
        await using var services = new ServiceCollection().AddGhgReports(LocalSettings.For(fixture.Azurite.ConnectionString, names)).BuildServiceProvider();
        var data = (await services.GetRequiredService<YearDataReader>().ReadAsync(2024, default, earlierYears: true))!;
        var plan = PlanBuilder.Build(services.GetRequiredService<PlanGenerator>().Inputs(data, Language.En));
        var text = PdfText.Of(PlanPdf.Render(plan));

        // 0.2 t CF4 × 6,630 (AR5) = 1,326 tCO2e a year.
        Assert.Contains("'Anode-effect control': 0.2 t CF4 × GWP 6630 (AR5@", text, StringComparison.Ordinal);
        Assert.Contains("GWP CF4 = 6630", text, StringComparison.Ordinal);
        Assert.Contains("'Cold-store refrigerant swap': The saving is given as a mass of HFC-23, but the GWP set in use, AR5, has no value for HFC-23", text,
            StringComparison.Ordinal);
    }
}
