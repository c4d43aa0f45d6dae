using GhgReports.Inventory.Calculation;
using GhgReports.Localization;

namespace GhgReports.Inventory.Consolidation;

/// <summary>A registered member as declared: its share, whether the group controls it, and its production stage.</summary>
/// <param name="SharePercent">The register's share, 0–100: applied only under equity share.</param>
/// <param name="Controlled">The register's "controlled" column; null when the register predates the column.</param>
public sealed record ConsolidationMember(SubsidiaryInventory Inventory, decimal SharePercent, bool? Controlled, string? ProductionStage = null);

/// <summary>What a member counts at under the group's approach, and a warning when the register says something else.</summary>
public sealed record MemberWeight(decimal Share, bool Controlled, Bilingual? Warning);

/// <summary>
/// The one rule by which a registered member counts in the group (ISO 14064-1 §5.1; GHG Protocol chapter 3): under
/// operational or financial control a controlled member counts at 100 % and any other at 0 %; under equity share the
/// register's share counts. A share other than 100 % or 0 % under a control approach is not applied, with a warning.
/// A register without the "controlled" column reads a positive share as controlled, so figures stored under the earlier
/// register do not change for members declared at 100 % or 0 %.
/// </summary>
internal static class ConsolidationRule
{
    public static bool IsControlApproach(string approach)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approach);
        var key = approach.Trim().Replace(' ', '-').ToLowerInvariant();
        return key is "operational-control" or "financial-control";
    }

    public static MemberWeight WeightOf(string approach, string code, decimal sharePercent, bool? controlled)
    {
        if (sharePercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(sharePercent), sharePercent, $"Share of {code} must be between 0 and 100.");
        }
        if (!IsControlApproach(approach))
        {
            return new MemberWeight(sharePercent / 100m, controlled ?? sharePercent > 0m, null);
        }
        var isControlled = controlled ?? sharePercent > 0m;
        var counted = isControlled ? 1m : 0m;
        Bilingual? warning = null;
        if (sharePercent != counted * 100m)
        {
            warning = (controlled is null ? ConsolidationTexts.ShareNotAppliedUndeclared : ConsolidationTexts.ShareNotApplied)
                .Format(code, sharePercent, ConsolidationTexts.Approach(approach), counted * 100m);
        }
        return new MemberWeight(counted, isControlled, warning);
    }
}
