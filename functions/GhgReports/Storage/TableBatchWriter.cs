using Azure.Data.Tables;

namespace GhgReports.Storage;

/// <summary>
/// Writes entities in Azure-valid transactions: at most 100 operations and 4 MiB, one partition key each, valid keys.
/// Azurite accepts mixed partitions and oversized batches, so these rules are ours to keep. Partitions are written in
/// parallel; within a partition, batches go in order.
/// </summary>
internal sealed class TableBatchWriter(int maxParallelPartitions = 8)
{
    public const int MaxOperations = 100;

    /// <summary>Azure's 4 MiB per transaction, less room for the multipart envelope.</summary>
    public const int MaxBatchBytes = 4 * 1024 * 1024 - 64 * 1024;

    /// <summary>An operation's headers and keys in the transaction's body, beside its data.</summary>
    public const int OperationOverheadBytes = 1_024;

    /// <summary>
    /// What one operation adds to a transaction, at most: a detail row's JSON as UTF-8, each quote and backslash once
    /// more (the transaction's own JSON escapes them), its sheet name, and the operation's overhead.
    /// </summary>
    public static int EstimatedBytes(ITableEntity entity)
    {
        if (entity is not DetailRowEntity row)
        {
            return OperationOverheadBytes;
        }
        var escaped = 0;
        foreach (var c in row.Data)
        {
            if (c is '"' or '\\')
            {
                escaped++;
            }
        }
        return OperationOverheadBytes + System.Text.Encoding.UTF8.GetByteCount(row.Data) + escaped + System.Text.Encoding.UTF8.GetByteCount(row.Sheet);
    }

    /// <summary>Groups into valid batches without touching storage; throws on an invalid key.</summary>
    public static IReadOnlyList<IReadOnlyList<ITableEntity>> Plan(IEnumerable<ITableEntity> entities)
    {
        var batches = new List<IReadOnlyList<ITableEntity>>();
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            TableKeys.Require(partition.Key, "partition key");
            var batch = new List<ITableEntity>(MaxOperations);
            var bytes = 0;
            var rowKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in partition)
            {
                TableKeys.Require(entity.RowKey, "row key");
                if (!rowKeys.Add(entity.RowKey))
                {
                    throw new ArgumentException($"Row key '{entity.RowKey}' appears twice in partition '{partition.Key}'.", nameof(entities));
                }
                var size = EstimatedBytes(entity);
                // Rows of long text (a sheet of measures with every note at its limit) fill 4 MiB before 100 operations.
                if (batch.Count > 0 && bytes + size > MaxBatchBytes)
                {
                    batches.Add(batch);
                    (batch, bytes) = (new List<ITableEntity>(MaxOperations), 0);
                }
                batch.Add(entity);
                bytes += size;
                if (batch.Count == MaxOperations)
                {
                    batches.Add(batch);
                    (batch, bytes) = (new List<ITableEntity>(MaxOperations), 0);
                }
            }
            if (batch.Count > 0)
            {
                batches.Add(batch);
            }
        }
        return batches;
    }

    /// <summary>Upserts (replace) every entity. A fault throws; the caller's pointer has not moved, so nothing half-written shows.</summary>
    public async Task WriteAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken,
        Func<int, Task>? afterBatch = null)
    {
        var byPartition = Plan(entities).GroupBy(b => b[0].PartitionKey).ToList();
        var written = 0;
        await Parallel.ForEachAsync(byPartition,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelPartitions, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                foreach (var batch in partition)
                {
                    await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct)
                        .ConfigureAwait(false);
                    var count = Interlocked.Increment(ref written);
                    if (afterBatch is not null)
                    {
                        await afterBatch(count).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
    }
}
