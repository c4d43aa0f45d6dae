using System.Threading.Channels;
using Azure.Data.Tables;

namespace GhgReports.Storage;

/// <summary>
/// Stores rows while they are still being produced: the reader hands them over one by one on its own thread, full
/// batches (≤ 100 operations, one partition) go to a few writer tasks. On two cores the workbook is read while the
/// table service writes. Rows become visible only when the caller moves the pointer; a caller that ends up rejecting
/// the file deletes what was written (<see cref="DeleteAsync"/>).
/// </summary>
internal sealed class StreamingRowWriter
{
    private readonly TableClient _table;
    private readonly Func<int, Task>? _afterBatch;
    private readonly Channel<List<Func<DetailRowEntity>>> _batches = Channel.CreateUnbounded<List<Func<DetailRowEntity>>>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Task[] _consumers;
    private readonly CancellationTokenSource _stop = new();
    private List<Func<DetailRowEntity>> _current = new(TableBatchWriter.MaxOperations);
    private string? _currentPartition;
    private int _written;

    public StreamingRowWriter(TableClient table, Func<int, Task>? afterBatch = null, int writers = 4)
    {
        _table = table;
        _afterBatch = afterBatch;
        _consumers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(ConsumeAsync))];
    }

    /// <summary>
    /// Adds one row; called from the producing thread only. The entity itself (its JSON) is made by a writer task, so
    /// the producing thread only decides which partition the row goes to.
    /// </summary>
    public void Add(string partitionKey, Func<DetailRowEntity> create)
    {
        TableKeys.Require(partitionKey, "partition key");
        if (_current.Count > 0 && (_current.Count == TableBatchWriter.MaxOperations || _currentPartition != partitionKey))
        {
            Flush();
        }
        _currentPartition = partitionKey;
        _current.Add(create);
    }

    /// <summary>Writes what is left and waits for every batch; a storage fault surfaces here.</summary>
    public async Task CompleteAsync()
    {
        Flush();
        _batches.Writer.TryComplete();
        await Task.WhenAll(_consumers).ConfigureAwait(false);
    }

    /// <summary>Stops writing (the file is being rejected) and waits for batches in flight, ignoring their faults.</summary>
    public async Task AbortAsync()
    {
        _batches.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_consumers).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Azure.RequestFailedException or TableTransactionFailedException)
        {
            // Whatever was written is deleted next; the fault itself does not matter for a rejected file.
        }
    }

    /// <summary>Deletes every row under the partitions that start with <paramref name="partitionPrefix"/>.</summary>
    public static async Task DeleteAsync(TableClient table, string partitionPrefix, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {partitionPrefix} and PartitionKey lt {partitionPrefix[..^1] + (char)(partitionPrefix[^1] + 1)}");
        var keys = new List<ITableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add(row);
        }
        foreach (var batch in TableBatchWriter.Plan(keys))
        {
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, Azure.ETag.All)), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private void Flush()
    {
        if (_current.Count == 0)
        {
            return;
        }
        _batches.Writer.TryWrite(_current);
        _current = new List<Func<DetailRowEntity>>(TableBatchWriter.MaxOperations);
    }

    private async Task ConsumeAsync()
    {
        await foreach (var pending in _batches.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            try
            {
                var batch = pending.ConvertAll(create => create());
                foreach (var row in batch)
                {
                    TableKeys.Require(row.RowKey, "row key");
                }
                await _table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), _stop.Token)
                    .ConfigureAwait(false);
            }
            catch
            {
                // One writer failing stops the others: the intake fails as a whole and the host retries it.
                _batches.Writer.TryComplete();
                throw;
            }
            var count = Interlocked.Increment(ref _written);
            if (_afterBatch is not null)
            {
                await _afterBatch(count).ConfigureAwait(false);
            }
        }
    }
}
