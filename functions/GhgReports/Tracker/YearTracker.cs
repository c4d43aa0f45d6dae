using GhgReports.Reporting;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Tracker;

/// <summary>
/// Reads group HQ's tracker for a year from storage: per registered subsidiary its pointer, its submissions for the
/// year and its lock entries (point reads and one partition query each), then the group's figures from the data in
/// force. The rules are <see cref="TrackerRows"/> and <see cref="GroupKpis"/>; this class only fetches.
/// </summary>
public sealed class YearTracker(SubmissionStore submissions, CurrentPointers pointers, PeriodLocks locks, YearDataReader years, TimeProvider clock,
    Pathways.PathwayCurveSet curves, Inventory.Factors.IFactorCatalog factors, Review.VerifierQueries queries)
{
    /// <summary>Null when no group workbook is in force (no register to track).</summary>
    public async Task<TrackerView?> ReadAsync(int year, CancellationToken cancellationToken)
    {
        var group = await submissions.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }
        var workbook = group.Value.Workbook;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deadline = workbook.Deadline?.For(year);
        var passed = workbook.Deadline?.IsPast(year, today) ?? false;
        var rows = new List<TrackerRow>();
        var history = new List<LockEvent>();
        foreach (var registered in workbook.Register.Where(r => r.Active))
        {
            var period = await pointers.GetAsync(registered.Code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false);
            var uploads = (await submissions.HistoryAsync(registered.Code, cancellationToken).ConfigureAwait(false))
                .Where(s => s.ReportingYear == year).ToList();
            var open = (await queries.ListAsync(registered.Code, year, cancellationToken).ConfigureAwait(false)).Count(q => q.Status.IsOpen());
            rows.Add(TrackerRows.Of(registered, period, uploads, passed) with { OpenQueries = open });
            history.AddRange(TrackerRows.LockEvents(registered.Code, year, await locks.HistoryAsync(registered.Code, cancellationToken).ConfigureAwait(false)));
        }
        var data = await years.ReadAsync(year, cancellationToken, earlierYears: true).ConfigureAwait(false);
        return new TrackerView(year, deadline, passed, rows, data is null ? null : GroupKpis.Of(data),
            [.. workbook.Register.Select(TrackerRows.Register)], [.. history.OrderByDescending(e => e.At)])
        {
            Trajectories = data is null ? [] : IntensityTrajectories.Of(data, curves, factors),
        };
    }

    /// <summary>The deadline for <paramref name="year"/> and whether it has passed, for `ghg status`.</summary>
    public static (DateOnly Due, bool Passed)? DeadlineOf(GroupWorkbook workbook, int year, DateOnly today) =>
        workbook.Deadline is { } d ? (d.For(year), d.IsPast(year, today)) : null;
}
