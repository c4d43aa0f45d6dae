using GhgReports.Evidence;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Intake;

public sealed partial class SubmissionIntake
{
    /// <summary>
    /// The checks a workbook cannot make on its own: its code against where it was uploaded and against the register,
    /// its period against the locks, and the files its evidence column names against those stored. The code is checked whenever it could be read, even in a workbook rejected for
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
        // Warnings only: the files named in the evidence column may be attached after the workbook.
        return await new EvidenceColumnCheck(evidence, storage.Names.Evidence).CheckAsync(folder, check.Workbook, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What accepting a workbook would replace: data in force for a year that later years are compared with.</summary>
    private sealed record Replacement(IReadOnlyList<string> LaterYears, bool IsBaseYear, Problem Notice);

    /// <summary>
    /// A workbook for a year whose data is in force while later years are reported replaces figures those years are
    /// compared with: accepted only when sound, and its result says so, and for the base year that it is a
    /// recalculation to be disclosed.
    /// </summary>
    private async Task<Replacement?> ReplacementAsync(GhgReports.Submissions.EntityDeclaration entity, string folder, CancellationToken cancellationToken)
    {
        var periods = await _pointers.ListAsync(folder, cancellationToken).ConfigureAwait(false);
        var year = CurrentPointers.PeriodKey(entity.ReportingYear);
        if (!periods.Any(p => p.RowKey == year && p.SubmissionId is not null))
        {
            return null;
        }
        var later = periods
            .Where(p => p.SubmissionId is not null && int.TryParse(p.RowKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                && y > entity.ReportingYear)
            .Select(p => p.RowKey).Order(StringComparer.Ordinal).ToList();
        if (later.Count == 0)
        {
            return null;
        }
        var isBaseYear = entity.ReportingYear == entity.BaseYear;
        var recalculation = isBaseYear ? Problems.ReplacesBaseYearNote.Create(entity.BaseYear).Message : new Bilingual("", "");
        return new Replacement(later, isBaseYear, Problems.ReplacesEarlierYear.Create(entity.ReportingYear, string.Join(", ", later), recalculation));
    }

    /// <summary>
    /// The record a base-year correction leaves for later plans and packs to disclose: who, when, why, and the figures
    /// as first reported (the stored record's totals, as calculated then) beside the corrected ones.
    /// </summary>
    private async Task<Inventory.Calculation.Recalculation?> BaseYearCorrectionAsync(string folder, GhgReports.Submissions.EntityDeclaration entity,
        Inventory.Calculation.SubsidiaryInventory corrected, UploadedBlob blob, string reason, CancellationToken cancellationToken)
    {
        var first = (await inventories.HistoryAsync(folder, entity.ReportingYear, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(r => r.Action == AuditAction.Intake);
        if (first is null || InventoryRecords.TotalsOf(first) is not { } asFirstReported)
        {
            return null;
        }
        return new Inventory.Calculation.Recalculation
        {
            SubsidiaryCode = folder,
            Period = corrected.Period,
            FromFactorCatalogVersion = first.FactorVersion,
            ToFactorCatalogVersion = corrected.FactorCatalogVersion,
            FromGwpSet = first.GwpSet,
            ToGwpSet = corrected.GwpSetId,
            When = clock.GetUtcNow(),
            Who = blob.Uploader ?? "intake",
            Reason = reason,
            OldTotals = asFirstReported,
            NewTotals = Inventory.Calculation.InventoryTotals.Of(corrected),
        };
    }
}
