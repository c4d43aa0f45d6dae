using GhgReports.Intake.Reading;
using GhgReports.Intake.Validation;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Intake;

/// <summary>The verdict on one uploaded workbook: what was read, and every problem, errors first.</summary>
public sealed record WorkbookCheckResult(SubsidiaryWorkbook? Workbook, IReadOnlyList<Problem> Problems)
{
    /// <summary>The inventory, when the check was given a calculator and the workbook calculated cleanly.</summary>
    public SubsidiaryInventory? Inventory { get; init; }

    /// <summary>The subsidiary code as written and where, whenever it could be read, even in a rejected workbook.</summary>
    public DeclaredCode? Code { get; init; }

    /// <summary>The reporting year as written, whenever it could be read, even in a rejected workbook: its result names it.</summary>
    public int? DeclaredYear { get; init; }

    public bool Accepted => Workbook is not null && !Problems.Any(p => p.IsError);
}

/// <summary>
/// Reads and validates a subsidiary workbook: the whole of what "is this file sound?" means. Given the calculator, it
/// also proves every line can be calculated with the settings in force, so nothing accepted fails later.
/// </summary>
public sealed class WorkbookCheck(IFactorCatalog factors, ReadLimits? limits = null, InventoryCalculator? calculator = null, CalculationSettings? settings = null)
{
    private readonly SubsidiaryWorkbookReader _reader = new(limits);
    private readonly SubsidiaryWorkbookValidator _validator = new(factors);

    public WorkbookCheckResult Check(Stream workbook, CancellationToken cancellationToken = default, Action<EmissionSourceLine>? onSource = null)
    {
        var read = _reader.Read(workbook, cancellationToken, onSource);
        if (read.Workbook is null)
        {
            // Everything that can still be checked is, so that the officer gets every problem in one round.
            var found = read.Readable is { } parts ? read.Problems.Concat(_validator.ValidateReadable(parts)) : read.Problems;
            return new(null, Ordered(found)) { Code = read.Readable?.Code, DeclaredYear = read.Readable?.ReportingYear };
        }
        var problems = read.Problems.Concat(_validator.Validate(read.Workbook)).ToList();
        SubsidiaryInventory? inventory = null;
        if (calculator is not null && settings is not null && !problems.Any(p => p.IsError))
        {
            try
            {
                inventory = calculator.Calculate(read.Workbook, settings);
                if (inventory.PurchasedAluminium.Warning is { } material)
                {
                    problems.Add(Problems.MaterialNotDeclared.InSheet(SubsidiaryWorkbookSchema.Sources.TemplateName, material));
                }
            }
            catch (CalculationRefusedException)
            {
                // Rare: find every refused line, not just the first, so the officer fixes them all at once.
                problems.AddRange(CalculationProblems(read.Workbook, calculator, settings));
            }
        }
        if (calculator is not null && settings is not null && calculator.GwpSetOf(settings) is { } gwpSet)
        {
            problems.AddRange(SubsidiaryWorkbookValidator.MeasureGasesNotInSet(read.Workbook.Measures, gwpSet));
        }
        return new(read.Workbook, Ordered(problems)) { Inventory = inventory, Code = read.Readable?.Code, DeclaredYear = read.Workbook.Entity.ReportingYear };
    }

    /// <summary>Each line alone, so every refusal is reported at its own row rather than only the first.</summary>
    private static IEnumerable<Problem> CalculationProblems(SubsidiaryWorkbook workbook, InventoryCalculator calculator, CalculationSettings settings)
    {
        var sheet = SubsidiaryWorkbookSchema.Sources.TemplateName;
        foreach (var line in workbook.Sources)
        {
            Problem? problem = null;
            try
            {
                calculator.Calculate(workbook with { Sources = [line], Entity = workbook.Entity with { DeclaredTotals = new Dictionary<int, decimal>() } }, settings);
            }
            catch (CalculationRefusedException ex)
            {
                problem = Problems.CannotCalculate.AtRow(sheet, line.Row, line.Row, ex.Text);
            }
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static List<Problem> Ordered(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.Severity).ThenBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row ?? 0)];
}
