using System.Text.Json.Serialization;
using GhgReports.Intake;
using GhgReports.Localization;

namespace GhgReports.Review;

/// <summary>How HQ's decision on a workbook awaiting review ended.</summary>
/// <remarks>
/// The names are the web API's spelling (the review answer's <c>outcome</c>, the member's name in lower case as it was
/// sent before this enum declared them): never change one.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewOutcomeKind>))]
public enum ReviewOutcomeKind
{
    /// <summary>Approved and now in force.</summary>
    [JsonStringEnumMemberName("approved")] Approved,
    /// <summary>Approved, but a newer approved upload holds the period: recorded as superseded.</summary>
    [JsonStringEnumMemberName("superseded")] Superseded,
    [JsonStringEnumMemberName("returned")] Returned,
    [JsonStringEnumMemberName("notfound")] NotFound,
    /// <summary>Not awaiting review (already decided, rejected, or review is off for it).</summary>
    [JsonStringEnumMemberName("notawaiting")] NotAwaiting,
    /// <summary>The period is locked: the pointer stayed, and the submission ends rejected for the lock.</summary>
    [JsonStringEnumMemberName("locked")] Locked,
    /// <summary>A base-year recalculation without a reason from the upload, the group workbook or the approval.</summary>
    [JsonStringEnumMemberName("reasonrequired")] ReasonRequired,
}

/// <summary>The decision's outcome, the submission's result as it now stands, and what to tell HQ when it did not go through.</summary>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, IntakeResult? Result = null, Bilingual? Message = null)
{
    public bool Done => Kind is ReviewOutcomeKind.Approved or ReviewOutcomeKind.Superseded or ReviewOutcomeKind.Returned;
}
