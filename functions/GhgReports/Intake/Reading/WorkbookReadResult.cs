using GhgReports.Inventory.Units;
using GhgReports.Submissions;

namespace GhgReports.Intake.Reading;

/// <summary>What reading gave: the workbook when its structure and values could be read, and every problem found.</summary>
internal sealed record WorkbookReadResult(SubsidiaryWorkbook? Workbook, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>
    /// What could be read of a workbook whose sheets were scanned, even when some values could not be: the checks
    /// that need only part of it (factors, units, periods) run on these, so an officer sees every problem in one round.
    /// Null when the file could not be opened at all.
    /// </summary>
    public ReadableParts? Readable { get; init; }
}

/// <summary>The subsidiary code as the officer wrote it, where it was written, and as we compare it.</summary>
public sealed record DeclaredCode(string AsWritten, string Normalised, CellAddress At);

/// <summary>A source row's factor id and activity unit as read, kept even when other cells of the row are unreadable.</summary>
internal sealed record FactorReference(int Row, string FactorId, Unit? ActivityUnit, string? ActivityUnitText);

/// <summary>The parts of a subsidiary workbook that were read without error, and the factor references of the rows that were not.</summary>
internal sealed record ReadableParts
{
    /// <summary>Null when any required entity value is missing or unreadable.</summary>
    public EntityDeclaration? Entity { get; init; }
    /// <summary>Read on its own, so that factor validity is checked even when the rest of the entity sheet is not readable.</summary>
    public int? ReportingYear { get; init; }
    public DeclaredCode? Code { get; init; }
    public IReadOnlyList<EmissionSourceLine> Sources { get; init; } = [];
    public IReadOnlyList<FactorReference> FactorsOnUnreadRows { get; init; } = [];
    public IReadOnlyList<EnergyProductionRecord> EnergyAndProduction { get; init; } = [];
    public IReadOnlyList<TargetDeclaration> Targets { get; init; } = [];
    public IReadOnlyList<DeclaredPathwayPoint> DeclaredPathway { get; init; } = [];
}
