using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;

namespace GhgReports.Submissions;

/// <summary>What group HQ declares: the register that decides who may upload, targets, and the plan's prose.</summary>
public sealed record GroupWorkbook
{
    /// <summary>
    /// What the group workbook is uploaded and stored under in place of a subsidiary code (its upload folder and table
    /// partition): not a valid <see cref="SubsidiaryCode"/>, so it cannot clash with one. Stored: never change it.
    /// </summary>
    public const string Code = "_group";

    public required GroupInfo Group { get; init; }
    public required IReadOnlyList<RegisteredSubsidiary> Register { get; init; }
    public IReadOnlyList<TargetDeclaration> Targets { get; init; } = [];
    public required PlanNarrative Narrative { get; init; }
    /// <summary>The criteria for significant indirect emissions (ISO 14064-1 §5.2.3); null when not stated.</summary>
    public Bilingual? SignificanceCriteria { get; init; }
    /// <summary>Exclusion justifications by ISO category (5, 6), "中文 / English" as written.</summary>
    public IReadOnlyDictionary<int, string> ExclusionJustifications { get; init; } = new Dictionary<int, string>();
    /// <summary>How HQ judges base-year recalculations; empty in a group workbook of an earlier template.</summary>
    public GroupRecalculationPolicy Recalculation { get; init; } = GroupRecalculationPolicy.NotStated;
    /// <summary>The discount rate and energy prices measures are valued at; empty in a group workbook of an earlier template.</summary>
    public GroupEconomics Economics { get; init; } = GroupEconomics.NotStated;
    /// <summary>When each year's workbooks are due; null when not stated (a group workbook of an earlier template).</summary>
    public SubmissionDeadline? Deadline { get; init; }
    /// <summary>
    /// Whether an accepted subsidiary workbook waits for HQ's approval before it is in force; false in a group workbook
    /// of an earlier template and in the samples.
    /// </summary>
    public bool ReviewRequired { get; init; }

    public RegisteredSubsidiary? Find(string code) =>
        Register.FirstOrDefault(s => s.Active && string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>The active register's codes, in register order.</summary>
    public IReadOnlyList<string> ActiveCodes => [.. Register.Where(s => s.Active).Select(s => s.Code)];
}

/// <summary>
/// The group's rules for base-year recalculations: the significance threshold (percent of a targeted metric's
/// cumulative change) and the reasons HQ records ahead of corrected base-year uploads.
/// </summary>
public sealed record GroupRecalculationPolicy(decimal? ThresholdPercent, IReadOnlyList<DeclaredRecalculationReason> Reasons)
{
    public static GroupRecalculationPolicy NotStated { get; } = new(null, []);

    /// <summary>The reason HQ declared for this subsidiary's base year, the latest row if several.</summary>
    public DeclaredRecalculationReason? ReasonFor(string code, int baseYear) =>
        Reasons.LastOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal) && r.BaseYear == baseYear);
}

/// <summary>How HQ values reduction measures: one discount rate and one price per energy for the whole group.</summary>
public sealed record GroupEconomics(decimal? DiscountRatePercent, IReadOnlyList<EnergyPrice> Prices)
{
    public static GroupEconomics NotStated { get; } = new(null, []);

    /// <summary>The price of a <see cref="ChoiceLists.PricedEnergy"/> key, the last row if several.</summary>
    public EnergyPrice? PriceOf(string energy) => Prices.LastOrDefault(p => p.Energy == energy);
}

/// <summary>One row of the energy prices sheet: CNY per unit of the energy (MWh, m³, L, kg, t).</summary>
public sealed record EnergyPrice(int Row, string Energy, decimal PriceCny, string? Source);

/// <summary>One row of the group workbook's base-year recalculations sheet.</summary>
public sealed record DeclaredRecalculationReason(int Row, string Code, int BaseYear, string Reason);

/// <summary>What the group states about significance (ISO 14064-1 §5.2.3, §9.3.1 e and i), stored as one row.</summary>
/// <summary>HQ's review setting as stored: one row, written only when review is on.</summary>
internal sealed record GroupReviewSetting(bool Required);

internal sealed record GroupSignificance(Bilingual? Criteria, IReadOnlyDictionary<int, string> ExclusionJustifications);

public sealed record GroupInfo(string Name, string? NameEn, string ConsolidationApproach, string ResponsiblePerson, string? Contact);

public sealed record RegisteredSubsidiary
{
    public required int Row { get; init; }
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public string? NameEn { get; init; }
    public string? ShortName { get; init; }
    public required string Province { get; init; }
    public string? GridFactorId { get; init; }
    public required string ProductionStage { get; init; }
    /// <summary>Equity share in percent: applied under equity share only (see <see cref="ConsolidationRule"/>).</summary>
    public required decimal SharePercent { get; init; }
    /// <summary>Whether the group controls the subsidiary; null in a register written before the column existed.</summary>
    public bool? Controlled { get; init; }
    public bool Active { get; init; } = true;

    /// <summary>This subsidiary's inventory as the register declares it, for <see cref="GroupConsolidator"/>.</summary>
    public ConsolidationMember Consolidating(SubsidiaryInventory inventory) => new(inventory, SharePercent, Controlled, ProductionStage);

    /// <summary>What the subsidiary counts at in the group under the approach.</summary>
    public MemberWeight WeightUnder(string approach) => ConsolidationRule.WeightOf(approach, Code, SharePercent, Controlled);
}

/// <summary>The plan's sections written by hand (一、二、六、七); English optional.</summary>
public sealed record PlanNarrative(Bilingual Introduction, Bilingual Policy, Bilingual Safeguards, Bilingual Outlook);
