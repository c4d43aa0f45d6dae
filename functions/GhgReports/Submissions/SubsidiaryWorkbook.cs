using GhgReports.Inventory.Units;

namespace GhgReports.Submissions;

/// <summary>What a subsidiary declared in one workbook for one reporting period, as read (not yet calculated).</summary>
public sealed record SubsidiaryWorkbook
{
    public required EntityDeclaration Entity { get; init; }
    public required IReadOnlyList<EmissionSourceLine> Sources { get; init; }
    public IReadOnlyList<EnergyProductionRecord> EnergyAndProduction { get; init; } = [];
    public IReadOnlyList<TargetDeclaration> Targets { get; init; } = [];
    public GoalsStatement Goals { get; init; } = new();
    public IReadOnlyList<DeclaredPathwayPoint> DeclaredPathway { get; init; } = [];
    public IReadOnlyList<ReductionMeasure> Measures { get; init; } = [];
}

public sealed record AssuranceDeclaration(string Status, string? Verifier, string? Level, string? StatementReference)
{
    public bool IsVerified => Status == "verified";
}

/// <summary>Whether an optional ISO category is in the inventory, and why not if it is not (ISO 14064-1 5.2.3).</summary>
public sealed record SignificanceDecision(int Category, bool Included, string? Justification);

public sealed record EntityDeclaration
{
    public required string SubsidiaryCode { get; init; }
    public required string SubsidiaryName { get; init; }
    public required int ReportingYear { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required int BaseYear { get; init; }
    public required string ProductionStage { get; init; }
    public required decimal OutputTonnes { get; init; }
    public required decimal PurchasedAluminiumTonnes { get; init; }
    public decimal? ScrapTonnes { get; init; }
    public decimal? IntraGroupPurchaseTonnes { get; init; }
    public string? GridRegion { get; init; }
    public required string ResponsiblePerson { get; init; }
    public string? Contact { get; init; }
    public required AssuranceDeclaration Assurance { get; init; }
    public required IReadOnlyList<SignificanceDecision> Significance { get; init; }
    /// <summary>Category totals the subsidiary declares (e.g. from its verification report), keyed by ISO category.</summary>
    public IReadOnlyDictionary<int, decimal> DeclaredTotals { get; init; } = new Dictionary<int, decimal>();
}

public enum LineKind
{
    Emission,
    Removal,
}

public enum ContractualInstrument
{
    None,
    GreenCertificate,
    PowerPurchaseAgreement,
    OnSiteGeneration,
}

/// <summary>A factor given in the workbook itself, with its source, for what our library does not cover.</summary>
public sealed record CustomFactor(decimal Value, string Unit, string Source);

/// <summary>One row of the sources sheet. Exactly one of factor id, custom factor or reported tCO2e quantifies it.</summary>
public sealed record EmissionSourceLine
{
    /// <summary>1-based row in the sheet: lineage for verifiers and the address of every problem.</summary>
    public required int Row { get; init; }
    public string? LineNumber { get; init; }
    public required int Category { get; init; }
    public string? Subcategory { get; init; }
    public required string SourceName { get; init; }
    public string? Facility { get; init; }
    public required string Gas { get; init; }
    public bool Biogenic { get; init; }
    public LineKind Kind { get; init; } = LineKind.Emission;
    public decimal? ActivityAmount { get; init; }
    public Unit? ActivityUnit { get; init; }
    public string? ActivityUnitText { get; init; }
    public string? FactorId { get; init; }
    public CustomFactor? CustomFactor { get; init; }
    public decimal? ReportedTco2e { get; init; }
    public string? Evidence { get; init; }
    public decimal? UncertaintyPercent { get; init; }
    public ContractualInstrument Instrument { get; init; } = ContractualInstrument.None;
    public int? Scope3Category { get; init; }
    public string? Notes { get; init; }
    /// <summary>A <see cref="ChoiceLists.Material"/> key; null when not declared (and in workbooks of the earlier template).</summary>
    public string? Material { get; init; }

    public bool IsReportedDirectly => ReportedTco2e is not null && FactorId is null && CustomFactor is null;
}

public sealed record EnergyProductionRecord(int Row, int Year, int? Month, string Item, decimal Amount, Unit Unit, string? Notes);

public sealed record TargetDeclaration
{
    public required int Row { get; init; }
    public required string Boundary { get; init; }
    public required string Metric { get; init; }
    public string GasBasis { get; init; } = "CO2e";
    public required int BaseYear { get; init; }
    public required int TargetYear { get; init; }
    public decimal? ReductionPercent { get; init; }
    public string Cadence { get; init; } = "vs-base";
    public decimal? TargetValue { get; init; }
    public string? TargetUnit { get; init; }
    public string? Wording { get; init; }
    public string? WordingEn { get; init; }

    /// <summary>The wording a document in <paramref name="language"/> prints: English where given, else the Chinese.</summary>
    public string? WordingIn(GhgReports.Localization.Language language) =>
        language == GhgReports.Localization.Language.En ? WordingEn ?? Wording : Wording;
}

/// <summary>The subsidiary's own words on its goals, in Chinese, and optionally in English for the English plan.</summary>
public sealed record GoalsStatement
{
    public string? Statement { get; init; }
    public string? ShortTerm { get; init; }
    public string? MidTerm { get; init; }
    public string? LongTerm { get; init; }
    public string? Explanation { get; init; }
    public string? Notes { get; init; }

    public string? StatementEn { get; init; }
    public string? ShortTermEn { get; init; }
    public string? MidTermEn { get; init; }
    public string? LongTermEn { get; init; }
    public string? ExplanationEn { get; init; }
    public string? NotesEn { get; init; }

    /// <summary>The statement as a document in <paramref name="language"/> prints it: English where given, else the Chinese.</summary>
    public GoalsStatement In(GhgReports.Localization.Language language) => language == GhgReports.Localization.Language.En
        ? this with
        {
            Statement = StatementEn ?? Statement,
            ShortTerm = ShortTermEn ?? ShortTerm,
            MidTerm = MidTermEn ?? MidTerm,
            LongTerm = LongTermEn ?? LongTerm,
            Explanation = ExplanationEn ?? Explanation,
            Notes = NotesEn ?? Notes,
        }
        : this;
}

public sealed record DeclaredPathwayPoint(int Row, string Pathway, int Year, decimal Value, string Unit, string? Source);

public sealed record ReductionMeasure
{
    public required int Row { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Description { get; init; }
    public DateOnly? Start { get; init; }
    public decimal? Capacity { get; init; }
    public Unit? CapacityUnit { get; init; }
    public decimal? FullLoadHours { get; init; }
    public decimal? AnnualAmount { get; init; }
    public string? AnnualUnit { get; init; }
    public decimal? DeclaredReduction { get; init; }
    public string? DeclaredReductionUnit { get; init; }
    public string? Notes { get; init; }
    public string? NameEn { get; init; }
    public string? DescriptionEn { get; init; }
    /// <summary>tCO2e the measure saved in the reporting year, as the subsidiary states it (optional; later years).</summary>
    public decimal? RealisedReductionTco2e { get; init; }
    /// <summary>A <see cref="ChoiceLists.MeasureStatus"/> key; null when not declared.</summary>
    public string? Status { get; init; }
    /// <summary>Capital cost, CNY; null when not given (the measure has no cost in the plan's curve).</summary>
    public decimal? CapexCny { get; init; }
    /// <summary>Change of annual operating cost, CNY (energy savings excluded): positive when it costs more.</summary>
    public decimal? OpexChangeCny { get; init; }
    /// <summary>Energy saved per year, in the unit of <see cref="EnergySavedItem"/>.</summary>
    public decimal? EnergySaved { get; init; }
    /// <summary>A <see cref="ChoiceLists.PricedEnergy"/> key.</summary>
    public string? EnergySavedItem { get; init; }
    public decimal? LifetimeYears { get; init; }

    public string NameIn(GhgReports.Localization.Language language) =>
        language == GhgReports.Localization.Language.En ? NameEn ?? Name : Name;

    public string? DescriptionIn(GhgReports.Localization.Language language) =>
        language == GhgReports.Localization.Language.En ? DescriptionEn ?? Description : Description;
}
