using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace GhgReports.Storage.Backups;

/// <summary>Where an export is read from: its folder in a backups container, or a copy of that folder on disk.</summary>
public abstract record BackupSource
{
    public abstract Task<Stream> OpenAsync(string file, CancellationToken cancellationToken);

    /// <summary>tables/&lt;id&gt;/ in a backups container (the account the export was made in, or any that holds a copy).</summary>
    public sealed record InContainer(BlobContainerClient Container, string Id) : BackupSource
    {
        public override async Task<Stream> OpenAsync(string file, CancellationToken cancellationToken) =>
            await Container.GetBlobClient(TableExport.Folder + Id + "/" + file).OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A downloaded export: a folder holding manifest.json and the table files.</summary>
    public sealed record InFolder(string Path) : BackupSource
    {
        public override Task<Stream> OpenAsync(string file, CancellationToken cancellationToken) =>
            Task.FromResult<Stream>(File.OpenRead(System.IO.Path.Combine(Path, file)));
    }
}

/// <summary>The target already holds entities in these tables; restoring would mix two states.</summary>
public sealed class RestoreTargetNotEmptyException(IReadOnlyList<string> tables)
    : InvalidOperationException("Tables already hold data: " + string.Join(", ", tables))
{
    public IReadOnlyList<string> Tables { get; } = tables;
}

/// <summary>What a restore wrote, per table (the name under the target's prefix).</summary>
public sealed record RestoredTable(string Table, long Entities);

/// <summary>
/// Rebuilds the tables from an export (<see cref="TableExport"/>) under the target's table prefix, every property with
/// its recorded type. It refuses a target whose tables hold any entity unless told to overwrite, since restored rows and
/// newer ones would otherwise mix unnoticed; with overwrite, exported entities replace those with the same keys and
/// others are left. Batches of at most 100 in one partition, as every writer here.
/// </summary>
public sealed partial class TableRestore(TableServiceClient tables, StorageNames target, ILogger<TableRestore> logger)
{
    public async Task<BackupManifest> ReadManifestAsync(BackupSource source, CancellationToken cancellationToken)
    {
        await using var stream = await source.OpenAsync(BackupManifest.FileName, cancellationToken).ConfigureAwait(false);
        var manifest = await JsonSerializer.DeserializeAsync(stream, BackupJsonContext.Default.BackupManifest, cancellationToken).ConfigureAwait(false)
                       ?? throw new FormatException("The export's manifest is empty.");
        return manifest.Format == BackupManifest.CurrentFormat
            ? manifest
            : throw new FormatException($"The export is in format '{manifest.Format}'; this build reads '{BackupManifest.CurrentFormat}'.");
    }

    public async Task<IReadOnlyList<RestoredTable>> RestoreAsync(BackupSource source, bool overwrite, CancellationToken cancellationToken)
    {
        var manifest = await ReadManifestAsync(source, cancellationToken).ConfigureAwait(false);
        if (!overwrite)
        {
            var holding = new List<string>();
            foreach (var table in manifest.Tables)
            {
                if (await HoldsEntitiesAsync(tables.GetTableClient(target.TablePrefix + table.Table), cancellationToken).ConfigureAwait(false))
                {
                    holding.Add(target.TablePrefix + table.Table);
                }
            }
            if (holding.Count > 0)
            {
                throw new RestoreTargetNotEmptyException(holding);
            }
        }
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BackupId"] = manifest.Id });
        var restored = new List<RestoredTable>();
        foreach (var table in manifest.Tables)
        {
            var client = tables.GetTableClient(target.TablePrefix + table.Table);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            var count = await RestoreTableAsync(source, table.File, client, cancellationToken).ConfigureAwait(false);
            if (count != table.Entities)
            {
                throw new InvalidDataException($"{table.File} holds {count} entities; the manifest says {table.Entities}.");
            }
            restored.Add(new RestoredTable(client.Name, count));
            LogTableRestored(manifest.Id, client.Name, count);
        }
        return restored;
    }

    private static async Task<bool> HoldsEntitiesAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The export lists each table in key order, so one partition's entities arrive together: a batch is sent when the partition changes or holds 100.</summary>
    private static async Task<long> RestoreTableAsync(BackupSource source, string file, TableClient table, CancellationToken cancellationToken)
    {
        var count = 0L;
        var batch = new List<TableTransactionAction>(TableBatchWriter.MaxOperations);
        await using var stream = await source.OpenAsync(file, cancellationToken).ConfigureAwait(false);
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var entity = BackupLines.Read(line);
            if (batch.Count == TableBatchWriter.MaxOperations || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            count++;
        }
        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {BackupId}: table {Table} restored, {Entities} entities")]
    private partial void LogTableRestored(string backupId, string table, long entities);
}
