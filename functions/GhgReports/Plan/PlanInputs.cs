using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;

namespace GhgReports.Plan;

/// <summary>
/// Everything the plan is made from, as plain values: the owner's storage wiring loads these and nothing else, so the
/// same inputs always give the same document (and the same bytes).
/// </summary>
public sealed record PlanInputs
{
    public required GroupWorkbook Group { get; init; }
    /// <summary>One entry per registered subsidiary, in register order; <see cref="PlanSubsidiaryInput.Current"/> null means missing.</summary>
    public required IReadOnlyList<PlanSubsidiaryInput> Subsidiaries { get; init; }
    public required PathwayCurveSet Curves { get; init; }
    public required IFactorCatalog Factors { get; init; }
    /// <summary>The GWP sets: a measure's saving in a non-CO2 gas is valued with the set its subsidiary's inventory used.</summary>
    public required GwpCatalog Gwps { get; init; }
    public required int Year { get; init; }
    public required Language Language { get; init; }
    /// <summary>When the data was last changed (the latest submission's time): the cover date and the PDF dates, never the clock.</summary>
    public required DateTimeOffset SnapshotDate { get; init; }
    public string Version { get; init; } = "1";
    /// <summary>For version 2 on: what changed since the version before (<see cref="Reporting.DocumentVersions"/>), said on the cover.</summary>
    public Bilingual? ChangeNote { get; init; }
    /// <summary>The recorded recalculations and corrections of the subsidiaries' base years, oldest first: every later plan discloses them.</summary>
    public IReadOnlyList<Recalculation> BaseYearRecalculations { get; init; } = [];
    /// <summary>The group base under the register then and now, when members joined or left since it was first reported.</summary>
    public GhgReports.Inventory.Consolidation.StructuralRecalculation? StructuralChange { get; init; }
    /// <summary>
    /// Above this many registered subsidiaries the body is group-level and each subsidiary's detail moves to an annex
    /// (<see cref="PlanBuilder.GroupLevelThreshold"/> unless a caller sets another).
    /// </summary>
    public int GroupLevelAbove { get; init; } = PlanBuilder.GroupLevelThreshold;
}

/// <summary>A registered subsidiary and its current data for the year, if any.</summary>
public sealed record PlanSubsidiaryInput(RegisteredSubsidiary Registered, PlanSubsidiaryData? Current)
{
    /// <summary>
    /// Its inventories in force for earlier years, oldest first: the base year's is the base of its pathway and
    /// targets, and every year since is a point of its progress and trend.
    /// </summary>
    public IReadOnlyList<SubsidiaryInventory> Earlier { get; init; } = [];
}

/// <summary>A subsidiary's current submission: the workbook as read, its calculated inventory and the submission it came from.</summary>
public sealed record PlanSubsidiaryData(SubsidiaryWorkbook Workbook, SubsidiaryInventory Inventory, string SubmissionId);
