using GhgReports.Cli;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Submissions;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>A new GWP set changes stored figures only through `ghg recalculate`, which keeps the old ones.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecalculationTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Recalculate_ToAr6_RecordsNewFiguresKeepsOldAndAudits()
    {
        var names = new StorageNames { TablePrefix = StorageNames.Unique().TablePrefix };
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("LW");
        // 100 TJ of gas at the IPCC 2006 default: CO2 5,610 t, CH4 0.1 t, N2O 0.01 t — the GWP set matters.
        var gas = new EmissionSourceLine
        {
            Row = 7, LineNumber = "5", Category = 1, Subcategory = "1.1", SourceName = "锅炉 Boiler", Gas = "CO2",
            ActivityAmount = 100m, ActivityUnit = GhgReports.Inventory.Units.Unit.TJ, ActivityUnitText = "TJ", FactorId = "ipcc2006/stationary/natural-gas",
            Evidence = "燃气账单 Gas bills",
        };
        var workbook = sample with { Sources = [.. sample.Sources, gas], Entity = sample.Entity with { DeclaredTotals = new Dictionary<int, decimal>() } };
        var accepted = await t.ProcessAsync(TestStorage.Workbook(workbook), "LW/LW-2023.xlsx");
        Assert.Equal(SubmissionStatus.Accepted, accepted.Status);
        var version = TestStorage.Factors.Version;
        // As if the 2023 figures had been calculated with last year's library: the recalculation's "from" is that record.
        var intake = (await new InventoryRecords(t.Storage).HistoryAsync("LW", 2023, default)).Single();
        intake.FactorVersion = "2025.1";
        await t.Storage.Inventories.UpdateEntityAsync(intake, intake.ETag);

        var console = new TestConsole().Width(200);
        var exit = GhgApp.Run(["recalculate", "--year", "2023", "--factors", version, "--gwp", "AR6", "--reason", "switch to AR6", "--actor", "hq",
            "--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix], console);

        Assert.Equal(GhgApp.Ok, exit);
        var history = await new InventoryRecords(t.Storage).HistoryAsync("LW", 2023, default);
        Assert.Equal([(AuditAction.Recalculation, "AR6"), (AuditAction.Intake, "AR5")], history.Select(h => (h.Action, h.GwpSet)));
        // Category 1: 330 reported + 5,610 + 0.1 × CH4 + 0.01 × N2O; AR5 28/265 → 5,945.45; AR6 27.9/273 → 5,945.52.
        Assert.Contains("5945.45", history[1].Totals);
        Assert.Contains("5945.52", history[0].Totals);
        var record = InventoryRecords.RecalculationOf(history[0])!;
        Assert.Equal(("2025.1", "AR5", version), (record.FromFactorCatalogVersion, record.FromGwpSet, record.ToFactorCatalogVersion));
        Assert.Equal(InventoryRecords.TotalsOf(history[1])!.Scope12LocationBasedTco2e, record.OldTotals.Scope12LocationBasedTco2e);
        Assert.Contains(await t.Locks.HistoryAsync("LW", default), a => a.Action == AuditAction.Recalculate && a.Details!.Contains("AR6"));
        Assert.Contains("AR5", console.Output);
    }

    [Fact]
    public void Recalculate_UnknownFactorVersion_IsRefusedWithTheAvailableOne()
    {
        var console = new TestConsole().Width(200);

        var exit = GhgApp.Run(["recalculate", "--year", "2023", "--factors", "1999.1", "--gwp", "AR6", "--reason", "x",
            "--connection", fixture.Azurite.ConnectionString, "--table-prefix", StorageNames.Unique().TablePrefix], console);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains(TestStorage.Factors.Version.Split(';')[0], console.Output);
    }
}
