using GhgReports.Intake.Group;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Intake;

public sealed partial class SubmissionIntake
{
    /// <summary>
    /// The checks a workbook cannot make on its own: its code against where it was uploaded and against the register,
    /// its period against the locks. The code is checked whenever it could be read, even in a workbook rejected for
    /// other reasons, so that the officer fixes everything in one round.
    /// </summary>
    private async Task<IReadOnlyList<Problem>> AgainstStoredDataAsync(WorkbookCheckResult check, string folder, GroupWorkbook group,
        CancellationToken cancellationToken)
    {
        if (check.Code is { } code && code.Normalised != folder)
        {
            return [Problems.PrefixMismatch.At(code.At, code.AsWritten, new(folder, folder), code.Normalised, folder)];
        }
        if (check.Code is { } registered && group.Find(registered.Normalised) is null)
        {
            return [Problems.Unregistered.At(registered.At, registered.AsWritten, null, registered.Normalised)];
        }
        if (check.Workbook?.Entity is { } entity
            && await _pointers.GetAsync(folder, CurrentPointers.PeriodKey(entity.ReportingYear), cancellationToken).ConfigureAwait(false) is { Locked: true } locked)
        {
            return [Problems.PeriodLocked.Create(entity.SubsidiaryCode, entity.ReportingYear, locked.Verifier, locked.StatementReference)];
        }
        return [];
    }
}
