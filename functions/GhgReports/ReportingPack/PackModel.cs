using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;

namespace GhgReports.ReportingPack;

/// <summary>Whose pack it is: one subsidiary, or the group's consolidated inventory.</summary>
public enum PackKind
{
    Subsidiary,
    Group,
}

/// <summary>Whether a §9.3.1 item is in the pack. "Not provided" is said out loud, never left blank.</summary>
public enum ChecklistStatus
{
    Provided,
    NotApplicable,
    NotProvided,
    /// <summary>Some of what the item asks for is there, some is not; the content says which.</summary>
    Partial,
}

/// <summary>
/// Everything the ISO 14064-1 GHG report of one pack says, in both languages: what the PDF renders and what the
/// workbook's README summarises. Built by <see cref="PackModelBuilder"/> from the calculated inventory, so the report
/// and the workbook cannot disagree.
/// </summary>
public sealed record PackModel
{
    public required PackKind Kind { get; init; }
    /// <summary>Subsidiary code, or the group's pack code (<see cref="PackModelBuilder.GroupCode"/>).</summary>
    public required string Code { get; init; }
    public required Bilingual Title { get; init; }
    public required PackOrganisation Organisation { get; init; }
    public required PackResponsible Responsible { get; init; }
    public required int ReportingYear { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required Bilingual PeriodText { get; init; }
    public required PackBoundaries Boundaries { get; init; }
    public required IReadOnlyList<PackSignificance> Significance { get; init; }
    public required PackInventory Inventory { get; init; }
    public required PackBaseYear BaseYear { get; init; }
    public required IReadOnlyList<Bilingual> QuantificationApproaches { get; init; }
    public required IReadOnlyList<PackFactor> Factors { get; init; }
    public required IReadOnlyList<PackCustomFactor> CustomFactors { get; init; }
    public required PackGwpSet Gwp { get; init; }
    public required PackUncertainty Uncertainty { get; init; }
    public required PackVerification Verification { get; init; }
    /// <summary>ISO 14064-1:2018 §9.3.1 a) to t), in order.</summary>
    public required IReadOnlyList<ChecklistItem> Checklist { get; init; }
    /// <summary>What a reader must know before trusting a figure: mixed periods, declared totals that differ, ….</summary>
    public required IReadOnlyList<Bilingual> Warnings { get; init; }
    public required PackSnapshot Snapshot { get; init; }
    /// <summary>"cn-fuel@2026.1;cn-grid@2026.1;…" (several, " | "-separated, when members differ).</summary>
    public required string FactorCatalogVersion { get; init; }
    public required string GeneratorVersion { get; init; }
    /// <summary>The pack's version for its data (<see cref="Reporting.DocumentVersions"/>), and from version 2 what changed.</summary>
    public int DocumentVersion { get; init; } = 1;
    /// <summary>The verifier's queries and the answers (a subsidiary pack); the appendix sheet is written only when there are any.</summary>
    public IReadOnlyList<PackQuery> Queries { get; init; } = [];
    public Localization.Bilingual? ChangeNote { get; init; }
}

/// <summary>§9.3.1 a): who reports.</summary>
public sealed record PackOrganisation
{
    public required Bilingual Name { get; init; }
    public required Bilingual Description { get; init; }
    /// <summary>The group a subsidiary belongs to; null in the group's own pack.</summary>
    public Bilingual? GroupName { get; init; }
}

/// <summary>§9.3.1 b).</summary>
public sealed record PackResponsible(string Person, string? Contact);

/// <summary>§9.3.1 d) and e): organisational and reporting boundaries.</summary>
public sealed record PackBoundaries
{
    /// <summary>Operational control, financial control or equity share.</summary>
    public required Bilingual ConsolidationApproach { get; init; }
    public required Bilingual Organisational { get; init; }
    public required Bilingual Reporting { get; init; }
    /// <summary>The pre-determined criteria for significant indirect emissions (ISO 14064-1 5.2.3), or a statement that none were given.</summary>
    public required Bilingual SignificanceCriteria { get; init; }
    /// <summary>Group pack: every member with its share, included or not, and its period. One row in a subsidiary pack.</summary>
    public required IReadOnlyList<PackMember> Members { get; init; }
}

/// <param name="Scope12Tco2e">Location-based scope 1+2 as counted in the group (times <paramref name="Share"/>); null in a subsidiary pack.</param>
/// <param name="TotalTco2e">Location-based, all categories, as counted, before intra-group eliminations; null in a subsidiary pack.</param>
public sealed record PackMember(string Code, string Name, ReportingPeriod Period, decimal Share, bool Included, Bilingual? ExclusionReason,
    decimal? Scope12Tco2e = null, decimal? TotalTco2e = null);

/// <summary>An ISO category's significance decision; categories 5 and 6 always appear, with their justification.</summary>
/// <param name="Justified">False when an exclusion has no justification that is not a placeholder (§9.3.1 i).</param>
public sealed record PackSignificance(int Category, Bilingual CategoryName, bool Included, Bilingual Justification, bool Justified = true);

/// <summary>
/// One emission line as it enters the pack: the calculated line with its lineage, the sheet it was read from and the
/// share at which it is consolidated (1 in a subsidiary pack), and the notes the subsidiary typed on the row (the
/// calculated line keeps only the calculation's own notes).
/// </summary>
public sealed record PackLine(CalculatedLine Line, string SheetName, decimal Share, string? DeclaredNotes = null)
{
    public decimal ConsolidatedTco2e(Scope2Method method) => Line.Tco2eFor(method) * Share;
}

public sealed record PackSubcategory(string? Code, Bilingual Name, decimal LocationBasedTco2e, decimal MarketBasedTco2e);

/// <summary>One ISO category with both scope 2 methods; for a group, after intra-group eliminations.</summary>
public sealed record PackCategory
{
    public required int Category { get; init; }
    public required Bilingual Name { get; init; }
    public required Scope Scope { get; init; }
    public required decimal LocationBasedTco2e { get; init; }
    public required decimal MarketBasedTco2e { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    public required decimal EliminatedTco2e { get; init; }
    public required int LineCount { get; init; }
    public required IReadOnlyList<PackSubcategory> Subcategories { get; init; }
}

/// <summary>
/// Emissions of one gas in one category (location-based for category 2). A figure reported only as CO2e cannot be
/// split by gas and appears under the gas "CO2e", so the rows of a category always add up to its total.
/// </summary>
public sealed record PackGasTotal(int Category, string Gas, decimal GasTonnes, decimal? Gwp, decimal Tco2e);

/// <summary>§9.3.1 f) to j): the figures.</summary>
public sealed record PackInventory
{
    public required IReadOnlyList<PackLine> Lines { get; init; }
    /// <summary>Categories 1 to 6, always all six.</summary>
    public required IReadOnlyList<PackCategory> Categories { get; init; }
    public required IReadOnlyList<PackGasTotal> ByGas { get; init; }
    public required decimal BiogenicCo2Tonnes { get; init; }
    public required decimal RemovalsTco2e { get; init; }
    public required decimal Scope12LocationBasedTco2e { get; init; }
    public required decimal Scope12MarketBasedTco2e { get; init; }
    public required decimal TotalLocationBasedTco2e { get; init; }
    public required decimal TotalMarketBasedTco2e { get; init; }
    public required decimal OutputTonnes { get; init; }
    /// <summary>Group only: category 4 emissions removed for metal bought within the group.</summary>
    public required IReadOnlyList<Bilingual> Eliminations { get; init; }

    /// <summary>§9.3.1 f): direct (category 1) emissions per gas.</summary>
    public IEnumerable<PackGasTotal> DirectByGas => ByGas.Where(g => g.Category == 1);

    public PackCategory GetCategory(int category) => Categories.First(c => c.Category == category);
}

/// <summary>§9.3.1 k) and l).</summary>
public sealed record PackBaseYear
{
    public required int Year { get; init; }
    public required Bilingual Statement { get; init; }
    /// <summary>Whether the base-year inventory's figures are in the pack (this inventory when it is the base year).</summary>
    public required bool InventoryProvided { get; init; }
    /// <summary>Category totals of the base-year inventory (location-based), when the pack has them.</summary>
    public IReadOnlyList<PackCategoryFigure> CategoryTotals { get; init; } = [];
    public required IReadOnlyList<Bilingual> Recalculations { get; init; }
    /// <summary>
    /// §9.3.1 n: the changes of quantification approach the recalculation records show, or that there was none since the
    /// base year; null when the pack cannot tell (the base-year inventory is not in it).
    /// </summary>
    public Bilingual? ApproachChanges { get; init; }
}

public sealed record PackCategoryFigure(int Category, decimal Tco2e);

/// <summary>A library factor the inventory used, with its provenance (§9.3.1 o), and how many lines used it.</summary>
public sealed record PackFactor(EmissionFactor Factor, int LineCount);

/// <summary>A factor a workbook gave itself, with the source it named; listed per line that used it.</summary>
public sealed record PackCustomFactor(string SubsidiaryCode, int Row, decimal Value, string Unit, string Source);

/// <summary>§9.3.1 t): the GWP set and the values applied.</summary>
public sealed record PackGwpSet
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required Bilingual Title { get; init; }
    public required int HorizonYears { get; init; }
    public required FactorSource Source { get; init; }
    public required IReadOnlyList<PackGwpValue> Values { get; init; }
}

public sealed record PackGwpValue(string Gas, decimal Gwp, IReadOnlyList<string> Aliases, bool Used, string? Notes);

/// <summary>§9.3.1 p) and q). Null percent means not assessed.</summary>
public sealed record PackUncertainty
{
    public decimal? Percent { get; init; }
    public required Bilingual Text { get; init; }
    public required IReadOnlyList<PackCategoryUncertainty> Categories { get; init; }
}

public sealed record PackCategoryUncertainty(int Category, decimal? Percent, Bilingual Text);

/// <summary>§9.3.1 s).</summary>
public sealed record PackVerification
{
    /// <summary>"verified", "in-progress" or "not-verified", as in the workbook's list.</summary>
    public required string Status { get; init; }
    public string? Verifier { get; init; }
    /// <summary>"reasonable" or "limited".</summary>
    public string? Level { get; init; }
    public string? StatementReference { get; init; }
    public required Bilingual Text { get; init; }
}

/// <summary>One item of ISO 14064-1:2018 §9.3.1: what is required, whether the pack has it, what it says, and where.</summary>
public sealed record ChecklistItem
{
    /// <summary>"a" to "t".</summary>
    public required string Item { get; init; }
    public required Bilingual Requirement { get; init; }
    public required ChecklistStatus Status { get; init; }
    public required Bilingual Content { get; init; }
    /// <summary>Where in the pack the detail is, e.g. "inventory.xlsx › 按气体 By gas".</summary>
    public required Bilingual Location { get; init; }
}

/// <summary>The stored state the pack was built from: one current pointer per subsidiary and year.</summary>
public sealed record PackSnapshot
{
    /// <summary>The moment the pointers were read; every timestamp in the pack is this one, so rebuilding gives the same bytes.</summary>
    public required DateTimeOffset Date { get; init; }
    public required IReadOnlyList<PointerSnapshot> Pointers { get; init; }
}

/// <summary>A current pointer as read: which submission was in force, and the pointer entity's ETag.</summary>
public sealed record PointerSnapshot(string SubsidiaryCode, int ReportingYear, string SubmissionId, string ETag);
