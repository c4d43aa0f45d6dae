using GhgReports.Intake.Workbook;

namespace GhgReports.Intake.Reading;

/// <summary>What reading gave: the workbook when its structure and values could be read, and every problem found.</summary>
public sealed record WorkbookReadResult(SubsidiaryWorkbook? Workbook, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
