using System.IO.Compression;
using Azure;
using Azure.Data.Tables;
using GhgReports.Cli;
using GhgReports.Intake.Samples;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The daily table export and `ghg restore`, on Azurite: two reporting years with a locked period exported, restored under a second, empty table prefix, and compared entity by entity, property by property, type by type.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BackupRestoreTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Export_ThenRestoreIntoEmptyTables_GivesBackEveryEntityWithItsTypes()
    {
        var (source, manifest) = await ExportedTwoYearsAsync();
        var target = StorageNames.Unique("restored") with { Backups = source.Storage.Names.Backups };

        var (exit, output) = Restore(manifest.Id, target.TablePrefix, source.Storage.Names.Backups);

        Assert.True(exit == GhgApp.Ok, output);
        var (_, tables, _) = StorageClients.FromConnectionString(fixture.Azurite.ConnectionString);
        foreach (var table in source.Storage.Names.Tables)
        {
            var suffix = table[source.Storage.Names.TablePrefix.Length..];
            var before = await AllAsync(source.Storage.Tables.GetTableClient(table));
            var after = await AllAsync(tables.GetTableClient(target.TablePrefix + suffix));
            Assert.NotEmpty(before);
            Assert.Equal(Describe(before), Describe(after));
        }
        // Read back through the application's own stores, the restored tables are the same data: the lock, and 2024 in force.
        var restored = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, target);
        var locked = await restored.Pointers.GetAsync("CP", CurrentPointers.PeriodKey(2023), default);
        Assert.True(locked is { Locked: true, Verifier: "Verifier Ltd" });
        var inForce2024 = await restored.Pointers.GetAsync("LW", CurrentPointers.PeriodKey(2024), default);
        Assert.NotNull(inForce2024?.SubmissionId);
        Assert.True(await restored.DetailRowCountAsync(inForce2024.SubmissionId) > 0);
    }

    [Fact]
    public async Task Export_TheProbeEntity_KeepsEveryTableStorageType()
    {
        var (source, manifest) = await ExportedTwoYearsAsync();
        var target = StorageNames.Unique("typed");

        Assert.Equal(GhgApp.Ok, Restore(manifest.Id, target.TablePrefix, source.Storage.Names.Backups).Exit);

        var (_, tables, _) = StorageClients.FromConnectionString(fixture.Azurite.ConnectionString);
        var probe = (await tables.GetTableClient(target.AuditTable).GetEntityAsync<TableEntity>(ProbePartition, "types")).Value;
        Assert.Equal(1L << 60, Assert.IsType<long>(probe["Big"]));
        Assert.Equal(7, Assert.IsType<int>(probe["Small"]));
        Assert.Equal(0.1, Assert.IsType<double>(probe["Fraction"]));
        Assert.Equal(3.0, Assert.IsType<double>(probe["Whole"]));
        Assert.Equal(ProbeGuid, Assert.IsType<Guid>(probe["Id"]));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, Assert.IsType<byte[]>(probe["Bytes"]));
        Assert.Equal(ProbeTime, Assert.IsType<DateTimeOffset>(probe["At"]));
        Assert.True(Assert.IsType<bool>(probe["Flag"]));
        Assert.Equal("创新精密", probe["Text"]);
    }

    [Fact]
    public async Task Restore_IntoTablesHoldingData_IsRefusedUnlessOverwrite()
    {
        var (source, manifest) = await ExportedTwoYearsAsync();
        var target = StorageNames.Unique("twice");
        Assert.Equal(GhgApp.Ok, Restore(manifest.Id, target.TablePrefix, source.Storage.Names.Backups).Exit);
        var (_, tables, _) = StorageClients.FromConnectionString(fixture.Azurite.ConnectionString);
        // A change made after the restore: a second restore must not silently undo it.
        var pointers = tables.GetTableClient(target.PointersTable);
        var pointer = (await pointers.GetEntityAsync<PointerEntity>("CP", CurrentPointers.PeriodKey(2023))).Value;
        pointer.Locked = false;
        await pointers.UpdateEntityAsync(pointer, ETag.All);

        var (refused, message) = Restore(manifest.Id, target.TablePrefix, source.Storage.Names.Backups);
        var stillUnlocked = (await pointers.GetEntityAsync<PointerEntity>("CP", CurrentPointers.PeriodKey(2023))).Value.Locked;
        var (overwritten, _) = Restore(manifest.Id, target.TablePrefix, source.Storage.Names.Backups, "--overwrite");

        Assert.Equal(GhgApp.Rejected, refused);
        Assert.Contains(target.PointersTable, message, StringComparison.Ordinal);
        Assert.Contains("--overwrite", message, StringComparison.Ordinal);
        Assert.False(stillUnlocked);
        Assert.Equal(GhgApp.Ok, overwritten);
        Assert.True((await pointers.GetEntityAsync<PointerEntity>("CP", CurrentPointers.PeriodKey(2023))).Value.Locked);
    }

    [Fact]
    public async Task Export_IsCreateOnly_AndAnUnknownExportIsNotRestored()
    {
        var (source, manifest) = await ExportedTwoYearsAsync();
        var file = source.Storage.Backups.GetBlobClient(TableExport.Folder + manifest.Id + "/" + manifest.Tables[0].File);

        var overwrite = await Assert.ThrowsAsync<RequestFailedException>(() =>
            file.UploadAsync(BinaryData.FromString("{}"), new Azure.Storage.Blobs.Models.BlobUploadOptions
            {
                Conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfNoneMatch = ETag.All },
            }));
        var (exit, output) = Restore("20000101T000000Z-Nothing", StorageNames.Unique().TablePrefix, source.Storage.Names.Backups);

        Assert.Equal(409, overwrite.Status);
        // Pointers first, rows last (TableExport.InExportOrder), each file gzipped JSON lines.
        Assert.Equal("Pointers", manifest.Tables[0].Table);
        Assert.Equal("Rows", manifest.Tables[^1].Table);
        await using var gzip = new GZipStream(await file.OpenReadAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.StartsWith("{\"PartitionKey\":", await reader.ReadLineAsync(), StringComparison.Ordinal);
        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("20000101T000000Z-Nothing", output, StringComparison.Ordinal);
    }

    private const string ProbePartition = "_probe";
    private static readonly Guid ProbeGuid = Guid.Parse("4f1c2d3e-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset ProbeTime = new(2024, 3, 1, 8, 30, 15, 123, TimeSpan.Zero);

    /// <summary>
    /// 2023 and 2024 (the later-year samples) for CP and LW, CP 2023 locked, a recorded pack run, a verifier's query and
    /// statement, and one entity with every property type.
    /// </summary>
    private async Task<(TestStorage Source, BackupManifest Manifest)> ExportedTwoYearsAsync()
    {
        var source = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await source.UploadGroupAsync();
        foreach (var code in new[] { "CP", "LW" })
        {
            await source.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode(code)), $"{code}/{code}-2023.xlsx");
            await source.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == code)), $"{code}/{code}-2024.xlsx");
        }
        await source.Locks.LockAsync("CP", 2023, "Verifier Ltd", "VS-1", "hq", default);
        // A recorded pack run, so the Runs table is exported and restored with data in it too.
        await new RunRecords(source.Storage, TimeProvider.System).CreateAsync(RunKind.Packs, 2024, null, "hq", scheduled: false, ["CP", "LW"], default);
        // A verifier's query and statement, so the Verification table is exported and restored with data in it too.
        var inForce = (await source.Pointers.GetAsync("LW", "2024", default))!.SubmissionId!;
        await new GhgReports.Review.VerifierQueries(source.Storage, new GhgReports.Review.AuditTrail(source.Storage), TimeProvider.System).RaiseAsync("LW", 2024, inForce, "排放源 Sources", 5, "Meter or invoice?",
            "Verifier Ltd", default);
        await new GhgReports.Review.VerificationStatements(source.Storage, new GhgReports.Review.AuditTrail(source.Storage), TimeProvider.System).RecordAsync("LW", 2024, "VS-2", "limited", new DateOnly(2025, 4, 2),
            null, "Verifier Ltd", default);
        await source.Storage.Audit.AddEntityAsync(new TableEntity(ProbePartition, "types")
        {
            ["Big"] = 1L << 60,
            ["Small"] = 7,
            ["Fraction"] = 0.1,
            ["Whole"] = 3.0,
            ["Id"] = ProbeGuid,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
            ["At"] = ProbeTime,
            ["Flag"] = true,
            ["Text"] = "创新精密",
        });
        var manifest = await new TableExport(source.Storage, TimeProvider.System, NullLogger<TableExport>.Instance).ExportAsync(default);
        return (source, manifest);
    }

    private (int Exit, string Output) Restore(string exportId, string tablePrefix, string backupsContainer, params string[] extra)
    {
        var console = new TestConsole().Width(250);
        var exit = GhgApp.Run(["restore", "--from", exportId, "--connection", fixture.Azurite.ConnectionString, "--table-prefix", tablePrefix,
            "--backups-container", backupsContainer, .. extra], console);
        return (exit, console.Output);
    }

    private static async Task<List<TableEntity>> AllAsync(TableClient table)
    {
        var all = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            all.Add(entity);
        }
        return all;
    }

    /// <summary>Keys, then each property as name, .NET type and value (binary as base64): equal lists mean equal tables.</summary>
    private static List<string> Describe(IEnumerable<TableEntity> entities) =>
    [
        .. entities.SelectMany(e => e.Keys
            .Where(k => k is not ("Timestamp" or "odata.etag"))
            .Order(StringComparer.Ordinal)
            .Select(k => $"{e.PartitionKey}|{e.RowKey}|{k}|{e[k]?.GetType().Name}|{(e[k] is byte[] b ? Convert.ToBase64String(b) : Convert.ToString(e[k], System.Globalization.CultureInfo.InvariantCulture))}")),
    ];
}
