namespace GhgReports.Storage;

/// <summary>
/// Creates every container, table and queue of <see cref="StorageNames"/> that does not exist yet. In Azure the Bicep
/// has created them all and this only confirms it; locally (Azurite) and for test name sets it is what creates them.
/// Safe to run any number of times, also from several processes at once: "already exists" (409) is not an error.
/// </summary>
public sealed class StorageProvisioning(GhgStorage storage)
{
    /// <summary>Returns the names it created (empty when everything was there).</summary>
    public async Task<IReadOnlyList<string>> CreateMissingAsync(CancellationToken cancellationToken)
    {
        var created = new List<string>();
        foreach (var container in storage.Names.Containers)
        {
            // Null when it existed: CreateIfNotExists swallows the 409.
            if (await storage.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is not null)
            {
                created.Add(container);
            }
        }
        foreach (var table in storage.Names.Tables)
        {
            // The tables client answers an existing table with its 409 response instead of null.
            var response = await storage.Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
            if (response.GetRawResponse().Status != 409)
            {
                created.Add(table);
            }
        }
        foreach (var queue in storage.Names.Queues)
        {
            if (await storage.Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is not null)
            {
                created.Add(queue);
            }
        }
        return created;
    }
}
