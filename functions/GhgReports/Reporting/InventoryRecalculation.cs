using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Storage;

namespace GhgReports.Reporting;

/// <summary>What a recalculation did for one subsidiary.</summary>
public sealed record RecalculationResult(string Subsidiary, Recalculation Record);

/// <summary>
/// The explicit, recorded recalculation of a year's stored inventories with another GWP set or factor library
/// version (ISO 14064-1 base-year and methodology changes). Earlier records stay; documents follow the new one.
/// </summary>
public sealed class InventoryRecalculation(GhgStorage storage, SubmissionStore store, CurrentPointers pointers, InventoryRecords records, InventoryCalculator calculator, CalculationSettings settings, IFactorCatalog factors,
    TimeProvider clock)
{
    /// <summary>
    /// Recalculates every year compared (<paramref name="years"/>; null for every year with data in force) by one
    /// method: a method changed for the base year alone would leave the years compared with it "not comparable".
    /// </summary>
    public async Task<IReadOnlyList<RecalculationResult>> RecalculateYearsAsync(IReadOnlyList<int>? years, string factorVersion, string gwpSet, string who,
        string reason, CancellationToken cancellationToken)
    {
        var chosen = years ?? await YearsInForceAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<RecalculationResult>();
        foreach (var year in chosen.Distinct().Order())
        {
            results.AddRange(await RecalculateAsync(year, factorVersion, gwpSet, who, reason, cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    /// <summary>Every reporting year some registered subsidiary has data in force for.</summary>
    public async Task<IReadOnlyList<int>> YearsInForceAsync(CancellationToken cancellationToken)
    {
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        var years = new SortedSet<int>();
        foreach (var registered in group?.Workbook.Register.Where(r => r.Active) ?? [])
        {
            foreach (var pointer in await pointers.ListAsync(registered.Code, cancellationToken).ConfigureAwait(false))
            {
                if (pointer.SubmissionId is not null && int.TryParse(pointer.RowKey, System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var year))
                {
                    years.Add(year);
                }
            }
        }
        return [.. years];
    }

    public async Task<IReadOnlyList<RecalculationResult>> RecalculateAsync(int year, string factorVersion, string gwpSet, string who, string reason,
        CancellationToken cancellationToken)
    {
        if (factorVersion != factors.Version)
        {
            throw new RecalculationRefusedException(RecalculationRefusal.UnknownFactorVersion,
                $"Factor library version '{factorVersion}' is not loaded; this build has '{factors.Version}'. Deploy the version you need, then recalculate with it.");
        }
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false)
                    ?? throw new RecalculationRefusedException(RecalculationRefusal.NoRegister, "No group register: nothing to recalculate.");
        var now = clock.GetUtcNow();
        var results = new List<RecalculationResult>();
        foreach (var registered in group.Workbook.Register.Where(r => r.Active))
        {
            var pointer = await pointers.GetAsync(registered.Code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false);
            if (pointer?.SubmissionId is not { } id)
            {
                continue;
            }
            var workbook = SubmissionRows.ToSubsidiaryWorkbook(await store.RowsAsync(id, cancellationToken).ConfigureAwait(false));
            var latest = await records.LatestAsync(registered.Code, year, cancellationToken).ConfigureAwait(false);
            var previous = calculator.Calculate(workbook, settings with { SubmissionId = id, GwpSetId = latest?.GwpSet ?? settings.GwpSetId });
            var outcome = calculator.Recalculate(previous, workbook, settings with { SubmissionId = id, GwpSetId = gwpSet },
                new RecalculationRequest(who, reason, now));
            if (latest is not null && InventoryRecords.TotalsOf(latest) is { } stored)
            {
                // "From" is what was in force, as it was calculated and recorded then: recomputing it with today's library
                // would show "from" and "to" with the same factor version and hide the change.
                outcome = outcome with
                {
                    Record = outcome.Record with { OldTotals = stored, FromFactorCatalogVersion = latest.FactorVersion, FromGwpSet = latest.GwpSet },
                };
            }
            await records.AddAsync(registered.Code, year, id, AuditAction.Recalculation, outcome.Recalculated, who, reason, now, outcome.Record,
                cancellationToken).ConfigureAwait(false);
            await storage.Audit.AddEntityAsync(new AuditEntity
            {
                PartitionKey = registered.Code,
                RowKey = TableKeys.Descending(now) + "-" + Guid.NewGuid().ToString("N")[..8],
                Action = AuditAction.Recalculate,
                Actor = who,
                ReportingYear = year,
                At = now,
                Details = $"{outcome.Record.FromGwpSet} → {outcome.Record.ToGwpSet}; factors {outcome.Record.FromFactorCatalogVersion} → {outcome.Record.ToFactorCatalogVersion}; reason: {reason}",
            }, cancellationToken).ConfigureAwait(false);
            results.Add(new RecalculationResult(registered.Code, outcome.Record));
        }
        return results;
    }
}
