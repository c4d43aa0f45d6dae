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
    /// <summary>Whether the group controls the member, as the register declares or the rule reads it; null when not given.</summary>
    public bool? Controlled { get; init; }
    /// <summary>The register's production stage; null when consolidated without the register.</summary>
    public string? ProductionStage { get; init; }
    /// <summary>The member's scope 1+2 and output as counted in the group (times <see cref="Share"/>).</summary>
    public decimal Scope12LocationTco2e { get; init; }
    public decimal Scope12MarketTco2e { get; init; }
    public decimal OutputTonnes { get; init; }

    public decimal Scope12For(Scope2Method method) => method == Scope2Method.MarketBased ? Scope12MarketTco2e : Scope12LocationTco2e;
}

/// <summary>
/// The group's scope 1+2 intensity for one production stage: the members of that stage only, each as counted. This is
/// the figure a stage's pathway is compared with; tonnes of different stages are different products.
/// </summary>
public sealed record GroupStageIntensity(string? Stage, IReadOnlyList<string> Members, decimal Scope12LocationTco2e, decimal Scope12MarketTco2e, decimal OutputTonnes)
{
    public decimal? Intensity(Scope2Method method) =>
        OutputTonnes > 0 ? (method == Scope2Method.MarketBased ? Scope12MarketTco2e : Scope12LocationTco2e) / OutputTonnes : null;
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
/// divide by the output as counted, so a 50 % member counts half its emissions and half its tonnes. The intensity over
/// all stages is a blended figure: metal one member sells to another would be counted twice as output, so the tonnes
/// bought within the group (the Entity sheet's <c>intra_group_t</c>) are taken out of its denominator.
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
    /// <summary>Tonnes members bought from other members, as counted.</summary>
    public decimal IntraGroupTonnes { get; init; }
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

    /// <summary>Output as counted, less the tonnes bought within the group: the denominator of the blended intensity.</summary>
    public decimal BlendedOutputTonnes => OutputTonnes - IntraGroupTonnes;

    /// <summary>The blended scope 1+2 intensity over all stages; see <see cref="Stages"/> for the per-stage figures.</summary>
    public decimal? Scope12Intensity(Scope2Method method) => BlendedOutputTonnes > 0 ? TotalScope12(method) / BlendedOutputTonnes : null;

    /// <summary>Per production stage, in the order of the register's stage list; empty when no member's stage is known.</summary>
    public IReadOnlyList<GroupStageIntensity> Stages => Included.Any(m => m.ProductionStage is not null)
        ? [.. Included.GroupBy(m => m.ProductionStage).OrderBy(g => StageOrder(g.Key)).Select(g => new GroupStageIntensity(g.Key,
            [.. g.Select(m => m.SubsidiaryCode)], g.Sum(m => m.Scope12LocationTco2e), g.Sum(m => m.Scope12MarketTco2e), g.Sum(m => m.OutputTonnes)))]
        : [];

    private static readonly string[] StageKeys = ["primary", "casting", "remelting", "semi-fabrication", "material-conversion"];

    private static int StageOrder(string? stage) => stage is not null && Array.IndexOf(StageKeys, stage) is var i and >= 0 ? i : StageKeys.Length;
}
