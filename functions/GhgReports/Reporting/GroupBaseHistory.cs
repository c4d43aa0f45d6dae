using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Reporting;

/// <summary>
/// What happened to the group's base since it was first reported: the register changes (structural changes) read from
/// the group workbooks accepted since then, and the base consolidated under the register then and now.
/// </summary>
public sealed class GroupBaseHistory(SubmissionStore store, InventoryRecords records, YearDataReader years)
{
    /// <summary>Null in the base year itself, and when no member joined or left since the base was first reported.</summary>
    public async Task<StructuralRecalculation?> StructuralAsync(YearData data, int baseYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (baseYear >= data.Year)
        {
            return null;
        }
        var changes = await RegisterChangesAsync(data.GroupSubmissionId, baseYear, cancellationToken).ConfigureAwait(false);
        if (changes.Count == 0)
        {
            return null;
        }
        var codes = data.Group.Register.Select(r => r.Code).Concat(changes.SelectMany(c => c.Left.Select(l => l.Code))).Distinct(StringComparer.Ordinal);
        var inventories = new Dictionary<string, SubsidiaryInventory>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (await years.ReadInForceAsync(code, baseYear, cancellationToken).ConfigureAwait(false) is { } inForce)
            {
                inventories[code] = inForce.Inventory;
            }
        }
        return StructuralRecalculation.Of(baseYear, data.Group.Group.ConsolidationApproach, data.Group.Register, changes, inventories);
    }

    /// <summary>
    /// The changes of the active register made by group workbooks accepted after the base year's figures were first
    /// recorded, up to the one in force, oldest first. Changes before that shaped the base as first reported.
    /// </summary>
    public async Task<IReadOnlyList<RegisterChange>> RegisterChangesAsync(string groupSubmissionInForce, int baseYear, CancellationToken cancellationToken)
    {
        var history = (await store.HistoryAsync(GroupWorkbook.Code, cancellationToken).ConfigureAwait(false))
            .Where(s => s.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
            .OrderBy(s => s.UploadedAt)
            .ToList();
        var inForce = history.FindIndex(s => s.RowKey == groupSubmissionInForce);
        if (inForce < 1)
        {
            return [];
        }
        var workbooks = new List<(SubmissionEntity Submission, GroupWorkbook Workbook)>();
        foreach (var submission in history.Take(inForce + 1))
        {
            workbooks.Add((submission, SubmissionRows.ToGroupWorkbook(await store.RowsAsync(submission.RowKey, cancellationToken).ConfigureAwait(false))));
        }
        var codes = workbooks.SelectMany(w => w.Workbook.ActiveCodes).Distinct(StringComparer.Ordinal).ToList();
        if (await FirstReportedAsync(codes, baseYear, cancellationToken).ConfigureAwait(false) is not { } firstReported)
        {
            return [];
        }
        // The register the base was first reported under: the last one accepted by then (else the first there is).
        var baseline = Math.Max(0, workbooks.FindLastIndex(w => w.Submission.UploadedAt <= firstReported));
        var changes = new List<RegisterChange>();
        for (var i = baseline + 1; i < workbooks.Count; i++)
        {
            var before = workbooks[i - 1].Workbook.Register.Where(r => r.Active).ToList();
            var after = workbooks[i].Workbook.Register.Where(r => r.Active).ToList();
            var joined = after.Where(a => before.All(b => b.Code != a.Code)).ToList();
            var left = before.Where(b => after.All(a => a.Code != b.Code)).ToList();
            if (joined.Count > 0 || left.Count > 0)
            {
                changes.Add(new RegisterChange(workbooks[i].Submission.UploadedAt, workbooks[i].Submission.Uploader ?? "HQ", joined, left));
            }
        }
        return changes;
    }

    /// <summary>When the first figures of the base year were recorded for any of these subsidiaries.</summary>
    private async Task<DateTimeOffset?> FirstReportedAsync(IEnumerable<string> codes, int baseYear, CancellationToken cancellationToken)
    {
        DateTimeOffset? first = null;
        foreach (var code in codes)
        {
            foreach (var record in await records.HistoryAsync(code, baseYear, cancellationToken).ConfigureAwait(false))
            {
                if (record.Action == AuditAction.Intake && (first is null || record.At < first))
                {
                    first = record.At;
                }
            }
        }
        return first;
    }
}
