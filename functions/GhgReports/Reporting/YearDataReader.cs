using GhgReports.Inventory.Calculation;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Reporting;

/// <summary>
/// Reads a year's data in force, one subsidiary at a time (point reads and one range query each: no table scans),
/// and calculates each inventory with the settings in force.
/// </summary>
public sealed class YearDataReader(SubmissionStore store, CurrentPointers pointers, InventoryRecords records, InventoryCalculator calculator,
    CalculationSettings settings)
{
    private readonly CurrentPointers _pointers = pointers;

    /// <param name="only">
    /// One subsidiary's data only (its pack): the others are left out rather than calculated, so building one
    /// subsidiary's pack costs the same whatever the size of the group.
    /// </param>
    /// <param name="earlierYears">Also every earlier year in force (a plan: base year and progress); a pack needs only its year.</param>
    public async Task<YearData?> ReadAsync(int year, CancellationToken cancellationToken, string? only = null, bool earlierYears = false)
    {
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }
        var groupSubmission = await store.GetAsync(GroupWorkbook.Code, group.Value.SubmissionId, cancellationToken).ConfigureAwait(false);
        var snapshot = groupSubmission?.UploadedAt ?? DateTimeOffset.UnixEpoch;
        var subsidiaries = new List<SubsidiaryYearData>();
        foreach (var registered in group.Value.Workbook.Register.Where(r => r.Active && (only is null || r.Code == only)))
        {
            var current = await ReadSubsidiaryAsync(store, registered.Code, year, cancellationToken).ConfigureAwait(false);
            if (current is not null && current.UploadedAt > snapshot)
            {
                snapshot = current.UploadedAt;
            }
            var earlier = earlierYears ? await ReadEarlierAsync(store, registered.Code, year, cancellationToken).ConfigureAwait(false) : [];
            subsidiaries.Add(new SubsidiaryYearData(registered, current) { Earlier = earlier });
        }
        return new YearData(year, group.Value.Workbook, group.Value.SubmissionId, subsidiaries, snapshot);
    }

    /// <summary>Registered subsidiaries with data in force for the year: point reads of the pointers, nothing calculated.</summary>
    public async Task<IReadOnlyList<string>> CodesWithDataAsync(int year, CancellationToken cancellationToken)
    {
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return [];
        }
        var codes = new List<string>();
        foreach (var registered in group.Value.Workbook.Register.Where(r => r.Active))
        {
            if (await _pointers.GetAsync(registered.Code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false) is { SubmissionId: not null })
            {
                codes.Add(registered.Code);
            }
        }
        return codes;
    }

    /// <summary>One subsidiary's data in force for a year, calculated with the settings in force; null when it has none.</summary>
    public Task<CurrentSubmission?> ReadInForceAsync(string code, int year, CancellationToken cancellationToken) =>
        ReadSubsidiaryAsync(store, code, year, cancellationToken);

    /// <summary>One partition query for the subsidiary's pointers, then each earlier year's data in force.</summary>
    private async Task<IReadOnlyList<CurrentSubmission>> ReadEarlierAsync(SubmissionStore store, string code, int year, CancellationToken cancellationToken)
    {
        var years = (await _pointers.ListAsync(code, cancellationToken).ConfigureAwait(false))
            .Where(p => p.SubmissionId is not null)
            .Select(p => int.TryParse(p.RowKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>()
            .Where(y => y < year)
            .Order();
        var earlier = new List<CurrentSubmission>();
        foreach (var y in years)
        {
            if (await ReadSubsidiaryAsync(store, code, y, cancellationToken).ConfigureAwait(false) is { } data)
            {
                earlier.Add(data);
            }
        }
        return earlier;
    }

    private async Task<CurrentSubmission?> ReadSubsidiaryAsync(SubmissionStore store, string code, int year, CancellationToken cancellationToken)
    {
        var pointer = await _pointers.GetAsync(code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false);
        if (pointer?.SubmissionId is not { } id)
        {
            return null;
        }
        var workbook = SubmissionRows.ToSubsidiaryWorkbook(await store.RowsAsync(id, cancellationToken).ConfigureAwait(false));
        var submission = await store.GetAsync(code, id, cancellationToken).ConfigureAwait(false);
        // The GWP set of the latest stored figures (intake's, or an explicit recalculation's), never silently another.
        var record = await records.LatestAsync(code, year, cancellationToken).ConfigureAwait(false);
        var gwpSet = record?.SubmissionId == id ? record.GwpSet : settings.GwpSetId;
        var inventory = calculator.Calculate(workbook, settings with { SubmissionId = id, GwpSetId = gwpSet });
        return new CurrentSubmission(workbook, inventory, id, pointer.ETag.ToString(), pointer.UploadedAt ?? submission?.UploadedAt ?? DateTimeOffset.UnixEpoch,
            submission?.ArchivePath);
    }
}
