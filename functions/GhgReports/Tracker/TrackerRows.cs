using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Tracker;

/// <summary>How one subsidiary's stored submissions and period pointer read on the tracker: pure, so the rules are tested without storage.</summary>
internal static class TrackerRows
{
    /// <param name="period">The subsidiary's pointer for the year (data in force and lock), if any.</param>
    /// <param name="uploads">Its submissions whose workbook declares the year, in any order.</param>
    /// <param name="deadlinePassed">Whether the year's deadline lies behind today.</param>
    public static TrackerRow Of(RegisteredSubsidiary registered, PointerEntity? period, IReadOnlyList<SubmissionEntity> uploads, bool deadlinePassed)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(uploads);
        var inForce = period?.SubmissionId is { } id ? uploads.FirstOrDefault(u => u.RowKey == id) : null;
        var last = uploads.OrderByDescending(u => u.UploadedAt).FirstOrDefault();
        var status = period?.SubmissionId is not null ? TrackerStatus.InForce
            : uploads.Any(u => u.Status == SubmissionStatus.Writing) ? TrackerStatus.Processing
            : uploads.Any(u => u.Status == SubmissionStatus.AwaitingReview) ? TrackerStatus.AwaitingReview
            : uploads.Count > 0 ? TrackerStatus.Rejected
            : TrackerStatus.Missing;
        var locked = period is { Locked: true };
        return new TrackerRow(registered.Code, registered.NameZh, registered.NameEn, status,
            Overdue: status != TrackerStatus.InForce && deadlinePassed,
            FileInForce: inForce is null ? period?.BlobName : OfficersName(inForce),
            SubmissionInForce: period?.SubmissionId,
            Warnings: inForce?.WarningCount,
            Locked: locked,
            Verifier: locked ? period!.Verifier : null,
            Statement: locked ? period!.StatementReference : null,
            LockedBy: locked ? period!.LockedBy : null,
            LockedAt: locked ? period!.LockedAt : null,
            LastUploadAt: last?.UploadedAt,
            LastUploadFile: last is null ? null : OfficersName(last),
            LastUploadStatus: last?.Status,
            AwaitingReview: uploads.Count(u => u is { Status: SubmissionStatus.AwaitingReview, DuplicateOf: null }));
    }

    /// <summary>The year's locks and unlocks among a subsidiary's audit entries, newest first.</summary>
    public static IEnumerable<LockEvent> LockEvents(string code, int year, IEnumerable<AuditEntity> audit) =>
        audit.Where(a => a.ReportingYear == year && a.Action is AuditAction.Lock or AuditAction.Unlock)
            .OrderByDescending(a => a.At)
            .Select(a => new LockEvent(code, year, a.Action, a.Actor, a.At, a.Verifier, a.StatementReference, a.Reason,
                a.Verifier is null && a.StatementReference is null && a.Reason is null ? a.Details : null));

    public static RegisterRow Register(RegisteredSubsidiary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new RegisterRow(s.Code, s.NameZh, s.NameEn, s.ShortName, s.Province, s.ProductionStage,
            ChoiceLists.ProductionStage[s.ProductionStage].Display, s.SharePercent, s.Controlled, s.Active, s.GridFactorId);
    }

    /// <summary>The name the officer's file had when it came through the page; the blob's name otherwise.</summary>
    private static string OfficersName(SubmissionEntity submission) =>
        submission.FileName is { Length: > 0 } name ? name : submission.BlobName[(submission.BlobName.LastIndexOf('/') + 1)..];
}
