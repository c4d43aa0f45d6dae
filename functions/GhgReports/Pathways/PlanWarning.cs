using GhgReports.Localization;

namespace GhgReports.Pathways;

/// <summary>
/// A consistency problem in a subsidiary's part of the reduction plan. <see cref="Code"/> is stable (tests and support
/// refer to it); <see cref="Figures"/> holds the numbers involved, formatted invariantly, so the plan can print them
/// and a reviewer can check them without re-running anything.
/// </summary>
internal sealed record PlanWarning(string Code, string SubsidiaryCode, IReadOnlyDictionary<string, string> Figures, Bilingual Message);

/// <summary>
/// One subsidiary as the plan sees it: what it declared, the figures of the year reported, and the figures of its base
/// year in force (<see cref="Base"/>; the year reported when that is the base year, or nothing earlier is stored).
/// Pathways and targets are computed from the base, never from the year reported.
/// </summary>
internal sealed record PlanSubsidiary(GhgReports.Submissions.SubsidiaryWorkbook Workbook, SubsidiaryFigures Figures)
{
    public string Code => Workbook.Entity.SubsidiaryCode;

    public SubsidiaryFigures? Base { get; init; }

    public SubsidiaryFigures BaseFigures => Base ?? Figures;
}

/// <summary>The stable warning codes.</summary>
internal static class PlanWarningCodes
{
    public const string PathwayNotFromBase = "pathway-not-from-base";
    public const string BaseYearMismatch = "base-year-mismatch";
    public const string PathwayDiffers = "pathway-differs";
    public const string TargetContradictsPathway = "target-contradicts-pathway";
    public const string TargetMetricDiffersFromGroup = "target-metric-differs-from-group";
    public const string TargetWeakerThanGroup = "target-weaker-than-group";
    public const string EnergySavingImplausiblySmall = "energy-saving-implausibly-small";
    public const string MixedReportingPeriods = "mixed-reporting-periods";
    public const string IntensityUnitNotPerTonne = "intensity-unit-not-per-tonne";
    public const string Co2InsteadOfCo2e = "co2-instead-of-co2e";
    public const string Categories5And6Unjustified = "categories-5-6-unjustified";
    public const string PurchasedMetalVsCategory4 = "purchased-metal-vs-category-4";
    public const string ProvincialGridFactorNotUsed = "provincial-grid-factor-not-used";
}
