using GhgReports.Intake.Reading;
using GhgReports.Intake.Validation;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;

namespace GhgReports.Intake;

/// <summary>The verdict on one uploaded workbook: what was read, and every problem, errors first.</summary>
public sealed record WorkbookCheckResult(SubsidiaryWorkbook? Workbook, IReadOnlyList<Problem> Problems)
{
    public bool Accepted => Workbook is not null && !Problems.Any(p => p.IsError);
}

/// <summary>Reads and validates a subsidiary workbook: the whole of what "is this file sound?" means.</summary>
public sealed class WorkbookCheck(IFactorCatalog factors, ReadLimits? limits = null)
{
    private readonly SubsidiaryWorkbookReader _reader = new(limits);
    private readonly SubsidiaryWorkbookValidator _validator = new(factors);

    public WorkbookCheckResult Check(Stream workbook, CancellationToken cancellationToken = default)
    {
        var read = _reader.Read(workbook, cancellationToken);
        if (read.Workbook is null)
        {
            return new(null, Ordered(read.Problems));
        }
        var problems = read.Problems.Concat(_validator.Validate(read.Workbook)).ToList();
        return new(read.Workbook, Ordered(problems));
    }

    private static List<Problem> Ordered(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.Severity).ThenBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row ?? 0)];
}
