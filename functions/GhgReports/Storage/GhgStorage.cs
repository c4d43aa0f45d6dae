using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace GhgReports.Storage;

/// <summary>
/// The storage account as the application sees it: one set of SDK clients (thread-safe singletons) and our names.
/// Derived clients are cheap and created on demand.
/// </summary>
public sealed class GhgStorage(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues, StorageNames names)
{
    public StorageNames Names { get; } = names;
    public BlobServiceClient Blobs { get; } = blobs;
    public TableServiceClient Tables { get; } = tables;
    public QueueServiceClient Queues { get; } = queues;

    public BlobContainerClient Uploads => Blobs.GetBlobContainerClient(Names.Uploads);
    public BlobContainerClient Results => Blobs.GetBlobContainerClient(Names.Results);
    public BlobContainerClient Archive => Blobs.GetBlobContainerClient(Names.Archive);
    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(Names.Reports);

    public TableClient Submissions => Tables.GetTableClient(Names.SubmissionsTable);
    public TableClient Rows => Tables.GetTableClient(Names.RowsTable);
    public TableClient Pointers => Tables.GetTableClient(Names.PointersTable);
    public TableClient Audit => Tables.GetTableClient(Names.AuditTable);

    /// <summary>Creates what is missing; safe to call at every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var container in Names.Containers)
        {
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        foreach (var table in Names.Tables)
        {
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        }
    }
}
