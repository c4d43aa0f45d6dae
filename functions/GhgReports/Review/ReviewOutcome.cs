using GhgReports.Intake;
using GhgReports.Localization;

namespace GhgReports.Review;

/// <summary>How HQ's decision on a workbook awaiting review ended.</summary>
public enum ReviewOutcomeKind
{
    /// <summary>Approved and now in force.</summary>
    Approved,
    /// <summary>Approved, but a newer approved upload holds the period: recorded as superseded.</summary>
    Superseded,
    Returned,
    NotFound,
    /// <summary>Not awaiting review (already decided, rejected, or review is off for it).</summary>
    NotAwaiting,
    /// <summary>The period is locked: the pointer stayed, and the submission ends rejected for the lock.</summary>
    Locked,
    /// <summary>A base-year recalculation without a reason from the upload, the group workbook or the approval.</summary>
    ReasonRequired,
}

/// <summary>The decision's outcome, the submission's result as it now stands, and what to tell HQ when it did not go through.</summary>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, IntakeResult? Result = null, Bilingual? Message = null)
{
    public bool Done => Kind is ReviewOutcomeKind.Approved or ReviewOutcomeKind.Superseded or ReviewOutcomeKind.Returned;
}
