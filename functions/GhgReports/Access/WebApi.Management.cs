namespace GhgReports.Access;

/// <summary>Management's view of a year, as JSON for the page.</summary>
public sealed partial class WebApi
{
    /// <summary>
    /// The year's plan versions (editions and what changed), the group's figures, and the group's intensity against
    /// the derived group pathway. Management and group HQ, who read the plans; 404 when the year has neither a plan
    /// nor a register.
    /// </summary>
    public async Task<WebAnswer> ManagementAsync(Caller? caller, int year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!DownloadLinks.IsYear(year))
        {
            return Error(AccessOutcome.Invalid);
        }
        var editions = await downloads.ListPlansAsync(caller, year, cancellationToken).ConfigureAwait(false);
        if (editions.Outcome != AccessOutcome.Ok)
        {
            return editions.Outcome == AccessOutcome.Forbidden ? Denied(caller, "read the management view of", null, year) : Error(editions.Outcome);
        }
        return await management.ReadAsync(year, editions.Value!, cancellationToken).ConfigureAwait(false) is { } view
            ? Json(view, AccessJson.Default.ManagementView)
            : Error(AccessOutcome.NotFound);
    }
}
