using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.Storage;

/// <summary>
/// Group HQ locks a subsidiary's period once its figures are verified; uploads for it are then rejected until it is
/// unlocked. Both actions are recorded in the audit table with who and why.
/// </summary>
public sealed partial class PeriodLocks(GhgStorage storage, CurrentPointers pointers, TimeProvider clock, ILogger<PeriodLocks>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<PeriodLocks>.Instance;

    public Task LockAsync(string subsidiary, int year, string verifier, string statementReference, string actor, CancellationToken cancellationToken) =>
        SetAsync(subsidiary, year, true, verifier, statementReference, actor, cancellationToken);

    public Task UnlockAsync(string subsidiary, int year, string actor, string reason, CancellationToken cancellationToken) =>
        SetAsync(subsidiary, year, false, null, reason, actor, cancellationToken);

    private async Task SetAsync(string subsidiary, int year, bool locked, string? verifier, string? reference, string actor, CancellationToken cancellationToken)
    {
        TableKeys.Require(subsidiary, "partition key");
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["Subsidiary"] = subsidiary, ["Year"] = year });
        var now = clock.GetUtcNow();
        var period = CurrentPointers.PeriodKey(year);
        for (var attempt = 0; ; attempt++)
        {
            var pointer = await pointers.GetAsync(subsidiary, period, cancellationToken).ConfigureAwait(false)
                          ?? new PointerEntity { PartitionKey = subsidiary, RowKey = period };
            pointer.Locked = locked;
            pointer.LockedBy = actor;
            pointer.LockedAt = now;
            if (locked)
            {
                pointer.Verifier = verifier;
                pointer.StatementReference = reference;
            }
            try
            {
                if (pointer.ETag == default)
                {
                    await storage.Pointers.AddEntityAsync(pointer, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await storage.Pointers.UpdateEntityAsync(pointer, pointer.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                break;
            }
            catch (RequestFailedException ex) when ((ex.Status is 409 or 412) && attempt < 5)
            {
                // An intake moved the pointer meanwhile; apply the lock to the fresh entity.
                LogRaced(subsidiary, year, ex.Status);
            }
        }
        await storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = subsidiary,
            RowKey = TableKeys.Descending(now) + "-" + Guid.NewGuid().ToString("N")[..8],
            Action = locked ? AuditAction.Lock : AuditAction.Unlock,
            Actor = actor,
            ReportingYear = year,
            At = now,
            Details = locked ? $"verifier: {verifier}; statement: {reference}" : $"reason: {reference}",
            // Kept apart too, so that the lock history shows each as given whatever the text holds.
            Verifier = locked ? verifier : null,
            StatementReference = locked ? reference : null,
            Reason = locked ? null : reference,
        }, cancellationToken).ConfigureAwait(false);
        if (locked)
        {
            LogLocked(subsidiary, year, actor, verifier, reference);
        }
        else
        {
            LogUnlocked(subsidiary, year, actor, reference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Period {Subsidiary} {Year} locked by {Actor} (verifier {Verifier}, statement {Statement})")]
    private partial void LogLocked(string subsidiary, int year, string actor, string? verifier, string? statement);

    [LoggerMessage(Level = LogLevel.Information, Message = "Period {Subsidiary} {Year} unlocked by {Actor}: {Reason}")]
    private partial void LogUnlocked(string subsidiary, int year, string actor, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lock of {Subsidiary} {Year} raced an intake ({Status}); applied to the pointer as it is now")]
    private partial void LogRaced(string subsidiary, int year, int status);

    public async Task<IReadOnlyList<AuditEntity>> HistoryAsync(string subsidiary, CancellationToken cancellationToken)
    {
        var list = new List<AuditEntity>();
        await foreach (var entry in storage.Audit.QueryAsync<AuditEntity>(a => a.PartitionKey == subsidiary, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(entry);
        }
        return list;
    }
}
