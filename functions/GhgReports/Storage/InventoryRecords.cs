using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using GhgReports.Inventory.Calculation;

namespace GhgReports.Storage;

/// <summary>
/// The inventory figures stored for (subsidiary, year), newest first: one record when intake accepts data, one per
/// explicit recalculation. A new factor or GWP version never rewrites an earlier record; documents follow the GWP set
/// of the latest record, so switching is always a recorded act.
/// </summary>
public sealed class InventoryRecordEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int ReportingYear { get; set; }
    public string SubmissionId { get; set; } = "";
    /// <summary>
    /// The action as the table holds it, in the column <c>Action</c>: the word of <see cref="AuditAction.Intake"/> or
    /// <see cref="AuditAction.Recalculation"/>.
    /// </summary>
    [DataMember(Name = nameof(Action))]
    public string StoredAction { get; set; } = "";

    [IgnoreDataMember]
    public AuditAction Action
    {
        get => StoredName.Parse<AuditAction>(StoredAction);
        set => StoredAction = StoredName.Of(value);
    }

    public string FactorVersion { get; set; } = "";
    public string GwpSet { get; set; } = "";
    public string Who { get; set; } = "";
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The totals as calculated (JSON, exact decimals).</summary>
    public string Totals { get; set; } = "";
    /// <summary>For a recalculation: the full record, old and new totals.</summary>
    public string? Recalculation { get; set; }
}

public sealed class InventoryRecords(GhgStorage storage)
{
    private TableClient Table => storage.Inventories;

    public async Task AddAsync(string subsidiary, int year, string submissionId, AuditAction action, SubsidiaryInventory inventory, string who,
        string? reason, DateTimeOffset at, Recalculation? recalculation, CancellationToken cancellationToken)
    {
        await Table.AddEntityAsync(new InventoryRecordEntity
        {
            PartitionKey = subsidiary,
            RowKey = $"{year}-{TableKeys.Descending(at)}-{Guid.NewGuid().ToString("N")[..6]}",
            ReportingYear = year,
            SubmissionId = submissionId,
            Action = action,
            FactorVersion = inventory.FactorCatalogVersion,
            GwpSet = inventory.GwpSetId,
            Who = who,
            Reason = reason,
            At = at,
            Totals = JsonSerializer.Serialize(InventoryTotals.Of(inventory), StorageJsonContext.Readable.InventoryTotals),
            Recalculation = recalculation is null ? null : JsonSerializer.Serialize(recalculation, StorageJsonContext.Readable.Recalculation),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The figures of a submission intake has made current, recorded once: a redelivery after a crash that followed this
    /// step finds them already there.
    /// </summary>
    /// <param name="correction">For a base-year correction once later years exist: the record to disclose, with its reason.</param>
    public async Task AddIntakeOnceAsync(string subsidiary, int year, string submissionId, SubsidiaryInventory inventory, string who, DateTimeOffset at,
        CancellationToken cancellationToken, Recalculation? correction = null)
    {
        var history = await HistoryAsync(subsidiary, year, cancellationToken).ConfigureAwait(false);
        if (history.Any(r => r.Action == AuditAction.Intake && r.SubmissionId == submissionId))
        {
            return;
        }
        await AddAsync(subsidiary, year, submissionId, AuditAction.Intake, inventory, who, correction?.Reason, at, correction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recalculation or base-year correction a record carries, if any.</summary>
    public static Recalculation? RecalculationOf(InventoryRecordEntity record) =>
        record.Recalculation is { } json ? JsonSerializer.Deserialize(json, StorageJsonContext.Readable.Recalculation) : null;

    /// <summary>The recalculations and corrections recorded for these years of a subsidiary, oldest first.</summary>
    public async Task<IReadOnlyList<Recalculation>> RecalculationsAsync(string subsidiary, IEnumerable<int> years, CancellationToken cancellationToken)
    {
        var found = new List<Recalculation>();
        foreach (var year in years.Distinct())
        {
            found.AddRange((await HistoryAsync(subsidiary, year, cancellationToken).ConfigureAwait(false)).Select(RecalculationOf).OfType<Recalculation>());
        }
        return [.. found.OrderBy(r => r.When)];
    }

    /// <summary>The totals stored with a record, as they were calculated then (never recomputed with today's library).</summary>
    public static InventoryTotals? TotalsOf(InventoryRecordEntity record) =>
        JsonSerializer.Deserialize(record.Totals, StorageJsonContext.Readable.InventoryTotals);

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<InventoryRecordEntity>> HistoryAsync(string subsidiary, int year, CancellationToken cancellationToken)
    {
        var from = $"{year}-";
        var to = $"{year}.";
        var list = new List<InventoryRecordEntity>();
        await foreach (var record in Table.QueryAsync<InventoryRecordEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {subsidiary} and RowKey ge {from} and RowKey lt {to}"),
                           cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(record);
        }
        return list;
    }

    public async Task<InventoryRecordEntity?> LatestAsync(string subsidiary, int year, CancellationToken cancellationToken) =>
        (await HistoryAsync(subsidiary, year, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
}
