using System.Globalization;
using GhgReports.Intake.Reading;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Validation;

/// <summary>
/// Checks what a readable workbook means: periods, factors and units, how each line is quantified, duplicates, and
/// declared totals against their lines. Collects every problem; never throws on user data.
/// </summary>
internal sealed class SubsidiaryWorkbookValidator(IFactorCatalog factors)
{
    /// <summary>ISO 14064-3 practice: 5 % is material for reasonable assurance; we are ten times stricter on arithmetic.</summary>
    private const decimal DeclaredTotalTolerance = 0.005m;
    private const decimal RoundingTonnes = 0.5m;

    public IReadOnlyList<Problem> Validate(SubsidiaryWorkbook workbook)
    {
        var problems = new List<Problem>();
        ValidateEntity(workbook.Entity, workbook.Sources, problems);
        if (workbook.Sources.Count == 0)
        {
            problems.Add(Problems.NoEmissionRows.InSheet(SheetName(S.Sources)));
        }
        ValidateSources(workbook.Sources, workbook.Entity.ReportingYear, problems);
        ValidateDeclaredTotals(workbook, problems);
        ValidateEnergy(workbook.EnergyAndProduction, workbook.Entity, problems);
        ValidateTargets(workbook.Targets, problems);
        ValidatePathway(workbook.DeclaredPathway, problems);
        return problems;
    }

    /// <summary>
    /// The checks that stand on their own, over what could be read of a workbook that has reading errors: the entity
    /// when it was read, every line read cleanly, and the factor of every line that was not. Declared totals and "no
    /// rows" are left out: with unreadable lines missing, they would report problems that are not there.
    /// </summary>
    public IReadOnlyList<Problem> ValidateReadable(ReadableParts parts)
    {
        var problems = new List<Problem>();
        if (parts.Entity is { } entity)
        {
            ValidateEntity(entity, parts.Sources, problems);
        }
        ValidateSources(parts.Sources, parts.ReportingYear, problems);
        foreach (var reference in parts.FactorsOnUnreadRows)
        {
            ValidateFactor(reference.Row, reference.FactorId, reference.ActivityUnit, reference.ActivityUnitText, parts.ReportingYear, problems);
        }
        ValidateEnergy(parts.EnergyAndProduction, parts.Entity, problems);
        ValidateTargets(parts.Targets, problems);
        ValidatePathway(parts.DeclaredPathway, problems);
        return problems;
    }

    private static string SheetName(SheetSpec spec) => spec.TemplateName;

    private static CellAddress EntityCell(string fieldKey) =>
        new(SheetName(S.Entity), S.Entity.Fields.ToList().FindIndex(f => f.Key == fieldKey) + 2, "C");

    private static CellAddress Cell(SheetSpec spec, int row, string fieldKey) =>
        new(SheetName(spec), row, CellAddress.ColumnLetters(spec.Fields.ToList().FindIndex(f => f.Key == fieldKey)));

    private static void ValidateEntity(EntityDeclaration e, IReadOnlyList<EmissionSourceLine> sources, List<Problem> problems)
    {
        if (!SubsidiaryCode.IsValid(e.SubsidiaryCode))
        {
            problems.Add(Problems.InvalidCode.At(EntityCell("subsidiary_code"), e.SubsidiaryCode, null, e.SubsidiaryCode));
        }
        if (e.PeriodEnd < e.PeriodStart)
        {
            problems.Add(Problems.PeriodOrder.At(EntityCell("period_end"), e.PeriodEnd.ToString("yyyy-MM-dd"), null, e.PeriodStart, e.PeriodEnd));
        }
        else
        {
            var months = (e.PeriodEnd.Year - e.PeriodStart.Year) * 12 + e.PeriodEnd.Month - e.PeriodStart.Month + 1;
            if (months > 24)
            {
                problems.Add(Problems.PeriodTooLong.At(EntityCell("period_end"), e.PeriodEnd.ToString("yyyy-MM-dd"), null, e.PeriodStart, e.PeriodEnd, months));
            }
            else if (e.PeriodStart.Year != e.ReportingYear)
            {
                // A period starting outside its year is a year left unchanged (a 2024 workbook still saying 2023), which
                // would replace that year's figures: refused. A non-calendar period starting in its year (NM's
                // September to August) is only noted below.
                problems.Add(Problems.PeriodNotInYear.At(EntityCell("reporting_year"), e.ReportingYear.ToString(CultureInfo.InvariantCulture), null,
                    e.PeriodStart, e.ReportingYear, e.PeriodStart.Year));
            }
            else if (e.PeriodEnd.Year != e.ReportingYear)
            {
                problems.Add(Problems.PeriodYearMismatch.At(EntityCell("reporting_year"), e.ReportingYear.ToString(), null, e.PeriodStart, e.PeriodEnd, e.ReportingYear));
            }
        }
        if (e.BaseYear > e.ReportingYear)
        {
            problems.Add(Problems.BaseYearAfterReporting.At(EntityCell("base_year"), e.BaseYear.ToString(), null, e.BaseYear, e.ReportingYear));
        }
        if (e.Assurance.IsVerified && (string.IsNullOrWhiteSpace(e.Assurance.Verifier) || string.IsNullOrWhiteSpace(e.Assurance.StatementReference)))
        {
            problems.Add(Problems.VerifiedNeedsVerifier.At(EntityCell("verifier"), null, null));
        }
        foreach (var decision in e.Significance.Where(d => !d.Included))
        {
            if (string.IsNullOrWhiteSpace(decision.Justification))
            {
                problems.Add(Problems.SignificanceJustification.At(EntityCell($"category{decision.Category}_justification"), null, null, decision.Category));
            }
            else if (PlaceholderText.IsPlaceholder(decision.Justification))
            {
                problems.Add(Problems.JustificationPlaceholder.At(EntityCell($"category{decision.Category}_justification"), decision.Justification, null, decision.Category));
            }
            if (sources.FirstOrDefault(s => s.Category == decision.Category) is { } line)
            {
                problems.Add(Problems.CategoryWithoutRows.At(Cell(S.Sources, line.Row, "category"), decision.Category.ToString(), null, decision.Category));
            }
        }
    }

    private void ValidateSources(IReadOnlyList<EmissionSourceLine> sources, int? reportingYear, List<Problem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in sources)
        {
            ValidateLine(line, reportingYear, problems);
            var key = DuplicateKey(line);
            if (!seen.TryAdd(key, line.Row))
            {
                problems.Add(Problems.DuplicateRow.At(Cell(S.Sources, line.Row, "source"), line.SourceName, null, seen[key]));
            }
        }
    }

    private void ValidateLine(EmissionSourceLine line, int? reportingYear, List<Problem> problems)
    {
        var row = line.Row;
        if (line.Subcategory is { } sub && IsoCategories.TryGet(sub, out var subcategory) && subcategory.Category != line.Category)
        {
            problems.Add(Problems.SubcategoryMismatch.At(Cell(S.Sources, row, "subcategory"), sub, null, sub, line.Category));
        }
        if (line.Scope3Category is { } s3 && s3 is < 1 or > 15)
        {
            problems.Add(Problems.Scope3CategoryRange.At(Cell(S.Sources, row, "scope3_category"), s3.ToString(), null, s3));
        }
        if (line.Instrument != ContractualInstrument.None && line.Category != 2)
        {
            problems.Add(Problems.InstrumentNotElectricity.At(Cell(S.Sources, row, "instrument"), line.Instrument.ToString(), null));
        }
        var hasFactorId = line.FactorId is not null;
        var hasCustom = line.CustomFactor is not null;
        if (hasFactorId && hasCustom)
        {
            // No return: the factor id is still checked below, so that its own problems come in the same round.
            problems.Add(Problems.AmbiguousQuantification.At(Cell(S.Sources, row, "custom_factor"), null, null, row));
        }
        if (!hasFactorId && !hasCustom)
        {
            if (line.ReportedTco2e is null)
            {
                problems.Add(Problems.NoQuantification.At(Cell(S.Sources, row, "factor_id"), null, null, row, line.SourceName));
            }
            else if (string.IsNullOrWhiteSpace(line.Evidence))
            {
                problems.Add(Problems.ReportedNeedsEvidence.At(Cell(S.Sources, row, "evidence"), null, null, row));
            }
            return;
        }
        if (line.ActivityAmount is null)
        {
            problems.Add(Problems.Required.At(Cell(S.Sources, row, "activity"), null, null, S.Sources.Field("activity").Label));
        }
        if (line.ActivityUnit is null && line.ActivityUnitText is null)
        {
            problems.Add(Problems.ActivityNeedsUnit.At(Cell(S.Sources, row, "activity_unit"), null, null, row));
        }
        if (hasFactorId)
        {
            ValidateFactor(row, line.FactorId!, line.ActivityUnit, line.ActivityUnitText, reportingYear, problems);
        }
    }

    /// <summary>
    /// The factor id against the library, the activity unit against the factor, the reporting year against the
    /// factor's validity; each only as far as its inputs could be read.
    /// </summary>
    private void ValidateFactor(int row, string factorId, Unit? activityUnit, string? activityUnitText, int? reportingYear, List<Problem> problems)
    {
        if (!factors.TryGet(factorId, out var factor))
        {
            problems.Add(Problems.UnknownFactor.At(Cell(S.Sources, row, "factor_id"), factorId, null, factorId));
        }
        else if (activityUnit is not null && !factor.Accepts(activityUnit, out var reason))
        {
            problems.Add(Problems.UnitMismatch.At(Cell(S.Sources, row, "activity_unit"), activityUnitText, new(factor.ActivityUnit.Symbol, factor.ActivityUnit.Symbol),
                activityUnitText, factor.Id, factor.ActivityUnit.Symbol, reason));
        }
        else if (reportingYear is { } year && (year < factor.ValidFrom || year > (factor.ValidTo ?? int.MaxValue)))
        {
            problems.Add(Problems.FactorOutsideValidity.At(Cell(S.Sources, row, "factor_id"), factor.Id, null,
                factor.Id, factor.ValidFrom, factor.ValidTo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…", year));
        }
    }

    /// <summary>
    /// Measures whose saving is a mass of a gas the GWP set in force has no value for (the unit column is free text):
    /// accepted, since the inventory does not depend on them, but the plan cannot count them, so the officer is told
    /// which gas and what to do now rather than reading "not quantified" in the plan.
    /// </summary>
    public static IEnumerable<Problem> MeasureGasesNotInSet(IEnumerable<ReductionMeasure> measures, GwpSet set)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(set);
        foreach (var measure in measures.Where(m => m.AnnualAmount is not null))
        {
            if (MeasureGasSaving.TryParse(measure.AnnualUnit, out var saving) && !set.TryGet(saving.Written, out _))
            {
                var known = string.Join(", ", set.Values.Select(v => v.Gas));
                yield return Problems.MeasureGasNotInGwpSet.At(Cell(S.Measures, measure.Row, "annual_unit"), measure.AnnualUnit, new(known, known),
                    saving.GasName(set), set.Id);
            }
        }
    }

    /// <summary>Two rows are duplicates when everything but their position and number is the same.</summary>
    private static string DuplicateKey(EmissionSourceLine line) => string.Join('\u001F',
        line.Category, line.Subcategory, line.SourceName.Trim(), line.Facility, line.Gas, line.Biogenic, line.Kind, line.ActivityAmount,
        line.ActivityUnit?.Symbol, line.FactorId, line.CustomFactor, line.ReportedTco2e, line.Instrument);

    private void ValidateDeclaredTotals(SubsidiaryWorkbook workbook, List<Problem> problems)
    {
        foreach (var (category, declared) in workbook.Entity.DeclaredTotals)
        {
            var lines = workbook.Sources.Where(s => s.Category == category).ToList();
            var quantified = lines.Select(l => DirectQuantity.Tco2e(l, factors)).ToList();
            if (lines.Count == 0 || quantified.Any(q => q is null))
            {
                // Lines we cannot quantify here (non-CO2 gases need a GWP set, custom factors their own units) are
                // cross-checked by the inventory calculation instead.
                continue;
            }
            var sum = quantified.Sum(q => q!.Value);
            var difference = Math.Abs(sum - declared);
            if (difference <= RoundingTonnes)
            {
                continue;
            }
            var relative = declared == 0 ? 1m : difference / declared;
            var kind = relative > DeclaredTotalTolerance ? Problems.DeclaredTotalMismatch : Problems.DeclaredTotalRounding;
            problems.Add(kind.At(EntityCell($"declared_total_{category}"), declared.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                category, declared, sum, relative));
        }
    }

    private static void ValidateEnergy(IReadOnlyList<EnergyProductionRecord> records, EntityDeclaration? entity, List<Problem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            // Records belong to the reporting year; a month of a non-calendar period may fall in the next one.
            if (entity is { } e && record.Year != e.ReportingYear
                && (record.Month is not { } month || !InPeriod(record.Year, month, e.PeriodStart, e.PeriodEnd)))
            {
                problems.Add(Problems.EnergyYearMismatch.At(Cell(S.EnergyAndProduction, record.Row, "year"),
                    record.Year.ToString(CultureInfo.InvariantCulture), null, record.Year, e.ReportingYear));
            }
            var key = $"{record.Year}|{record.Month}|{record.Item}|{record.Unit.Dimension}";
            if (!seen.TryAdd(key, record.Row))
            {
                problems.Add(Problems.DuplicateRow.At(Cell(S.EnergyAndProduction, record.Row, "item"), record.Item, null, seen[key]));
            }
        }
    }

    private static bool InPeriod(int year, int month, DateOnly start, DateOnly end)
    {
        var first = new DateOnly(year, Math.Clamp(month, 1, 12), 1);
        return first >= new DateOnly(start.Year, start.Month, 1) && first <= end;
    }

    private static void ValidateTargets(IReadOnlyList<TargetDeclaration> targets, List<Problem> problems)
    {
        foreach (var target in targets.Where(t => t.TargetYear <= t.BaseYear))
        {
            problems.Add(Problems.TargetYearBeforeBase.At(Cell(S.Targets, target.Row, "target_year"), target.TargetYear.ToString(), null, target.BaseYear, target.TargetYear));
        }
    }

    private static void ValidatePathway(IReadOnlyList<DeclaredPathwayPoint> points, List<Problem> problems)
    {
        var seen = new Dictionary<(string, int), int>();
        foreach (var point in points)
        {
            if (!seen.TryAdd((point.Pathway, point.Year), point.Row))
            {
                var label = ChoiceLists.PathwayKind[point.Pathway];
                problems.Add(Problems.DuplicatePathwayYear.At(Cell(S.Pathway, point.Row, "year"), point.Year.ToString(), null,
                    new Bilingual(label.Zh, label.En), point.Year, seen[(point.Pathway, point.Year)]));
            }
        }
    }
}
