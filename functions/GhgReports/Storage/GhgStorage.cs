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
    public BlobContainerClient Evidence => Blobs.GetBlobContainerClient(Names.Evidence);
    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(Names.Reports);
    public BlobContainerClient Backups => Blobs.GetBlobContainerClient(Names.Backups);

    public TableClient Submissions => Tables.GetTableClient(Names.SubmissionsTable);
    public TableClient Rows => Tables.GetTableClient(Names.RowsTable);
    public TableClient Pointers => Tables.GetTableClient(Names.PointersTable);
    public TableClient Audit => Tables.GetTableClient(Names.AuditTable);
    public TableClient Verification => Tables.GetTableClient(Names.VerificationTable);
    public TableClient Inventories => Tables.GetTableClient(Names.InventoriesTable);
    public TableClient Runs => Tables.GetTableClient(Names.RunsTable);

    public QueueClient Notifications => Queues.GetQueueClient(Names.NotificationsQueue);
    public QueueClient PackRequests => Queues.GetQueueClient(StorageNames.PackRequestsQueue);
    public QueueClient PackRequestsPoison => Queues.GetQueueClient(StorageNames.PackRequestsPoisonQueue);

    /// <summary>Creates every container, table and queue that is missing (<see cref="StorageProvisioning"/>); safe to call at every start.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => new StorageProvisioning(this).CreateMissingAsync(cancellationToken);
}
