using GhgReports.Inventory.Calculation;
using GhgReports.Localization;

namespace GhgReports.Inventory.Consolidation;

/// <summary>A subsidiary considered for consolidation, with its share under the group's approach.</summary>
public sealed record GroupMember
{
    public required string SubsidiaryCode { get; init; }
    public required string SubsidiaryName { get; init; }
    public required ReportingPeriod Period { get; init; }
    /// <summary>0..1: equity share, or 1/0 under a control approach.</summary>
    public required decimal Share { get; init; }
    public required bool Included { get; init; }
    public Bilingual? ExclusionReason { get; init; }
}

/// <summary>One subsidiary's share-weighted part of a consolidated category.</summary>
public sealed record GroupContribution(string SubsidiaryCode, decimal Share, decimal LocationBasedTco2e, decimal MarketBasedTco2e);

/// <summary>A consolidated ISO category: share-weighted sum of the members, less intra-group eliminations (category 4 only).</summary>
public sealed record GroupCategoryTotal
{
    public required int Category { get; init; }
    public required decimal LocationBasedTco2e { get; init; }
    public required decimal MarketBasedTco2e { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    /// <summary>tCO2e taken out for metal bought within the group; already deducted from the two figures above.</summary>
    public required decimal EliminatedTco2e { get; init; }
    public required IReadOnlyList<GroupContribution> Contributions { get; init; }

    public decimal EmissionsFor(Scope2Method method) =>
        method == Scope2Method.MarketBased ? MarketBasedTco2e : LocationBasedTco2e;
}

/// <summary>Category 4 emissions removed for aluminium one member bought from another.</summary>
public sealed record IntraGroupElimination
{
    public required string SubsidiaryCode { get; init; }
    public required decimal IntraGroupTonnes { get; init; }
    /// <summary>The buyer's scope 3 category 1 tCO2e per tonne purchased.</summary>
    public required decimal PurchasedAluminiumIntensity { get; init; }
    public required decimal Share { get; init; }
    public required decimal EliminatedTco2e { get; init; }
    public required Bilingual Text { get; init; }
}

/// <summary>A member whose reporting period is not the consolidated calendar year.</summary>
public sealed record MisalignedPeriod(string SubsidiaryCode, string SubsidiaryName, ReportingPeriod Period);

/// <summary>Raised whenever members' periods differ from the calendar year: the group figure then mixes periods.</summary>
public sealed record PeriodAlignmentWarning
{
    public required int Year { get; init; }
    public required IReadOnlyList<MisalignedPeriod> Subsidiaries { get; init; }
    public required Bilingual Text { get; init; }
}

/// <summary>
/// The group's consolidated inventory for a year. As for a subsidiary, there is no parameterless total. Intensities
/// divide by the share-weighted output, so a 50 % member counts half its emissions and half its tonnes.
/// </summary>
public sealed record GroupInventory
{
    /// <summary>The consolidation approach declared by the group, e.g. "operational control" or "equity share".</summary>
    public required string Approach { get; init; }
    public required int Year { get; init; }
    public required string GwpSetId { get; init; }
    public required IReadOnlyList<GroupMember> Members { get; init; }
    /// <summary>Categories 1–6.</summary>
    public required IReadOnlyList<GroupCategoryTotal> Categories { get; init; }
    public required IReadOnlyList<IntraGroupElimination> Eliminations { get; init; }
    public required decimal BiogenicCo2Tonnes { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    public required decimal OutputTonnes { get; init; }
    /// <summary>Null when every member reports the calendar year.</summary>
    public PeriodAlignmentWarning? PeriodWarning { get; init; }
    public IReadOnlyList<Bilingual> Notes { get; init; } = [];

    public IEnumerable<GroupMember> Included => Members.Where(m => m.Included);
    public IEnumerable<GroupMember> Excluded => Members.Where(m => !m.Included);

    public decimal CategoryEmissions(int category, Scope2Method method) =>
        (Categories.FirstOrDefault(c => c.Category == category)
            ?? throw new ArgumentOutOfRangeException(nameof(category), category, "ISO 14064-1 categories are 1 to 6.")).EmissionsFor(method);

    public decimal TotalScope12(Scope2Method method) => CategoryEmissions(1, method) + CategoryEmissions(2, method);

    public decimal TotalAllCategories(Scope2Method method) => Categories.Sum(c => c.EmissionsFor(method));

    public decimal? Scope12Intensity(Scope2Method method) => OutputTonnes > 0 ? TotalScope12(method) / OutputTonnes : null;
}
