namespace GhgReports.Access;

/// <summary>Group HQ's home: the year's tracker, as JSON for the page.</summary>
public sealed partial class WebApi
{
    /// <summary>
    /// Every registered subsidiary's state for the year against the group workbook's deadline, the group's figures, the
    /// register and the year's lock history. Group HQ only; 404 while no group workbook is in force.
    /// </summary>
    public async Task<WebAnswer> TrackerAsync(Caller? caller, int year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!DownloadLinks.IsYear(year))
        {
            return Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadTracker(caller))
        {
            return Error(AccessOutcome.Forbidden);
        }
        return await tracker.ReadAsync(year, cancellationToken).ConfigureAwait(false) is { } view
            ? Json(view, AccessJson.Default.TrackerView)
            : Error(AccessOutcome.NotFound);
    }
}
