using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace GhgReports.Storage.Backups;

/// <summary>
/// The daily table backup: every table of <see cref="StorageNames.Tables"/> (submissions, detail rows, pointers with
/// their locks, audit, inventories) as gzipped JSON lines (<see cref="BackupLines"/>) under
/// <c>backups/tables/{id}/</c>, then a manifest. Each blob is created once and never replaced (<c>If-None-Match: *</c>);
/// in Azure the container is WORM too, so nobody can alter or delete an export within its retention. Run by the
/// <c>BackupTables</c> timer in both hosts; restored by <see cref="TableRestore"/> (<c>ghg restore</c>).
/// </summary>
public sealed partial class TableExport(GhgStorage storage, TimeProvider clock, ILogger<TableExport> logger)
{
    public const string Folder = "tables/";

    public async Task<BackupManifest> ExportAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        // The prefix is in the id: deployments sharing one account (their own TablePrefix) never collide.
        var id = started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + storage.Names.TablePrefix;
        var container = storage.Backups;
        var tables = new List<BackupTable>();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BackupId"] = id });
        foreach (var table in InExportOrder(storage.Names))
        {
            var suffix = table[storage.Names.TablePrefix.Length..];
            var file = suffix + ".jsonl.gz";
            var count = await ExportTableAsync(storage.Tables.GetTableClient(table),
                container.GetBlockBlobClient(Folder + id + "/" + file), cancellationToken).ConfigureAwait(false);
            tables.Add(new BackupTable(suffix, file, count));
            LogTableExported(id, table, count);
        }
        var manifest = new BackupManifest(id, BackupManifest.CurrentFormat, storage.Names.TablePrefix, started, clock.GetUtcNow(), tables);
        await container.GetBlobClient(Folder + id + "/" + BackupManifest.FileName).UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(manifest, BackupJsonContext.Default.BackupManifest)),
            new Azure.Storage.Blobs.Models.BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
        LogExported(id, tables.Count, tables.Sum(t => t.Entities));
        return manifest;
    }

    /// <summary>
    /// Pointers first and detail rows last. The tables are read one after another, not at one instant, and intake
    /// writes rows and the submission record before it moves a pointer: so whatever a pointer in the export names was
    /// written before the pointer was read, and is in the tables read after it. An export never points at missing data.
    /// </summary>
    public static IEnumerable<string> InExportOrder(StorageNames names) =>
        names.Tables.OrderBy(t => t == names.PointersTable ? 0 : t == names.RowsTable ? 2 : 1);

    private static async Task<long> ExportTableAsync(TableClient table, BlockBlobClient blob, CancellationToken cancellationToken)
    {
        var count = 0L;
        await using var target = new CreateOnlyBlobStream(blob, "application/gzip");
        await using (var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                await gzip.WriteAsync(BackupLines.Write(entity), cancellationToken).ConfigureAwait(false);
                count++;
            }
        }
        await target.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {BackupId}: table {Table} exported, {Entities} entities")]
    private partial void LogTableExported(string backupId, string table, long entities);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {BackupId} complete: {Tables} tables, {Entities} entities")]
    private partial void LogExported(string backupId, int tables, long entities);
}
