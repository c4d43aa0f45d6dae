using GhgReports.Localization;

namespace GhgReports.Inventory.Calculation;

/// <summary>
/// One ISO 14064-1 category's figures. Both scope 2 methods are carried; outside category 2 they are equal.
/// Removals are kept apart from emissions, as ISO 14064-1 asks them to be reported separately.
/// </summary>
public sealed record CategoryTotal
{
    public required int Category { get; init; }
    public required decimal LocationBasedTco2e { get; init; }
    public required decimal MarketBasedTco2e { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    public required IReadOnlyList<SubcategoryTotal> Subcategories { get; init; }

    public decimal EmissionsFor(Scope2Method method) =>
        method == Scope2Method.MarketBased ? MarketBasedTco2e : LocationBasedTco2e;
}

/// <summary>Emissions of one sub-category ("unspecified" lines have a null code).</summary>
public sealed record SubcategoryTotal(string? Code, decimal LocationBasedTco2e, decimal MarketBasedTco2e);

/// <summary>The combined uncertainty, or why there is none.</summary>
public sealed record UncertaintyAssessment
{
    /// <summary>Null means not assessed.</summary>
    public decimal? Percent { get; init; }
    public required Bilingual Text { get; init; }

    public bool IsAssessed => Percent is not null;
}

/// <summary>A declared category total (e.g. from the verification statement) that differs from the calculation by more than 0.5 %.</summary>
public sealed record DeclaredTotalDifference
{
    public required int Category { get; init; }
    public required decimal DeclaredTco2e { get; init; }
    /// <summary>Emissions minus removals, location-based for category 2 (the basis of Chinese verification statements).</summary>
    public required decimal CalculatedTco2e { get; init; }
    /// <summary>|calculated − declared| ÷ declared.</summary>
    public required decimal RelativeDifference { get; init; }
    public required Bilingual Text { get; init; }
}

/// <summary>
/// A subsidiary's calculated inventory for one period. There is no parameterless total: anything including
/// category 2 names its scope 2 method. Biogenic CO2 and removals are outside every total.
/// </summary>
public sealed record SubsidiaryInventory
{
    public required string SubsidiaryCode { get; init; }
    public required string SubsidiaryName { get; init; }
    public required string SubmissionId { get; init; }
    public required int ReportingYear { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required int BaseYear { get; init; }

    public required decimal OutputTonnes { get; init; }
    public required decimal PurchasedAluminiumTonnes { get; init; }
    public decimal IntraGroupPurchaseTonnes { get; init; }

    /// <summary>The factor catalog the figures were calculated with, e.g. "cn-fuel@2026.1;cn-grid@2026.1;ipcc2006@2026.1".</summary>
    public required string FactorCatalogVersion { get; init; }
    public required string GwpSetId { get; init; }
    public required string GwpSetVersion { get; init; }
    public required CalculationSettings Settings { get; init; }

    public required IReadOnlyList<CalculatedLine> Lines { get; init; }
    /// <summary>Categories 1–6, always all six (zero when there are no lines).</summary>
    public required IReadOnlyList<CategoryTotal> Categories { get; init; }
    public required decimal BiogenicCo2Tonnes { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    /// <summary>Scope 3 category 1 (purchased goods, where purchased aluminium sits), tCO2e.</summary>
    public required decimal PurchasedGoodsTco2e { get; init; }
    /// <summary>The part of <see cref="PurchasedGoodsTco2e"/> that is aluminium bought in, and how it was told apart.</summary>
    public required PurchasedAluminiumEmissions PurchasedAluminium { get; init; }
    public required UncertaintyAssessment Uncertainty { get; init; }
    public required IReadOnlyList<DeclaredTotalDifference> DeclaredTotalDifferences { get; init; }

    public CategoryTotal GetCategory(int category) =>
        Categories.FirstOrDefault(c => c.Category == category)
        ?? throw new ArgumentOutOfRangeException(nameof(category), category, "ISO 14064-1 categories are 1 to 6.");

    public decimal CategoryEmissions(int category, Scope2Method method) => GetCategory(category).EmissionsFor(method);

    /// <summary>Scope 1 + scope 2 (ISO categories 1 and 2) under the given scope 2 method.</summary>
    public decimal TotalScope12(Scope2Method method) => CategoryEmissions(1, method) + CategoryEmissions(2, method);

    /// <summary>All categories' emissions under the given scope 2 method; removals and biogenic CO2 are not in it.</summary>
    public decimal TotalAllCategories(Scope2Method method) => Categories.Sum(c => c.EmissionsFor(method));

    /// <summary>Scope 1+2 tCO2e per tonne of output; null when no output is declared.</summary>
    public decimal? Scope12Intensity(Scope2Method method) => OutputTonnes > 0 ? TotalScope12(method) / OutputTonnes : null;

    /// <summary>
    /// Scope 3 category 1 tCO2e of the aluminium inputs per tonne of aluminium purchased (the ASI purchased-aluminium
    /// metric); other purchased goods are not in it once the lines declare their material.
    /// </summary>
    public decimal? PurchasedAluminiumIntensity => PurchasedAluminiumTonnes > 0 ? PurchasedAluminium.AluminiumTco2e / PurchasedAluminiumTonnes : null;
}
