using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;

namespace GhgReports.Intake.Group;

/// <summary>What group HQ declares: the register that decides who may upload, targets, and the plan's prose.</summary>
public sealed record GroupWorkbook
{
    public required GroupInfo Group { get; init; }
    public required IReadOnlyList<RegisteredSubsidiary> Register { get; init; }
    public IReadOnlyList<TargetDeclaration> Targets { get; init; } = [];
    public required PlanNarrative Narrative { get; init; }
    /// <summary>The criteria for significant indirect emissions (ISO 14064-1 §5.2.3); null when not stated.</summary>
    public Bilingual? SignificanceCriteria { get; init; }
    /// <summary>Exclusion justifications by ISO category (5, 6), "中文 / English" as written.</summary>
    public IReadOnlyDictionary<int, string> ExclusionJustifications { get; init; } = new Dictionary<int, string>();

    public RegisteredSubsidiary? Find(string code) =>
        Register.FirstOrDefault(s => s.Active && string.Equals(s.Code, code, StringComparison.Ordinal));
}

/// <summary>What the group states about significance (ISO 14064-1 §5.2.3, §9.3.1 e and i), stored as one row.</summary>
public sealed record GroupSignificance(Bilingual? Criteria, IReadOnlyDictionary<int, string> ExclusionJustifications);

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
