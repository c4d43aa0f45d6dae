using Azure;
using Azure.Data.Tables;
using GhgReports.Localization;
using GhgReports.Review;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>
/// HQ's review (the group workbook's "HQ review required"): an accepted workbook waits as <c>awaiting-review</c> with its
/// rows stored and invisible, and HQ's approval moves the pointer through the same conditional write as an intake does,
/// so a lock refuses it alike; approval of a base year after later years is the base-year recalculation intake makes
/// today. Or HQ returns it with a comment for the officer. Every step goes to the audit table.
/// </summary>
public sealed partial class SubmissionIntake
{
    private async Task<IntakeResult> HoldForReviewAsync(SubmissionEntity submission, UploadedBlob blob, CheckReport report, SubmissionFigures? figures,
        IReadOnlyList<PlanWarningReport>? planWarnings, CancellationToken cancellationToken)
    {
        var result = NewResult(submission.PartitionKey, submission.RowKey, blob, SubmissionStatus.AwaitingReview, report) with
        {
            ArchivePath = submission.ArchivePath,
            DetailRows = submission.DetailRows,
            Figures = figures,
            PlanWarnings = planWarnings ?? [],
        };
        submission.ResultPath = await WriteResultAsync(submission.PartitionKey, blob, result, cancellationToken).ConfigureAwait(false);
        submission.Status = SubmissionStatus.AwaitingReview;
        await storage.Submissions.UpsertEntityAsync(submission, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await audit.AddAsync(submission.PartitionKey, AuditAction.ReviewAwaiting, blob.Uploader ?? "intake", submission.ReportingYear,
            clock.GetUtcNow(), submission.RowKey, $"file: {submission.FileName}", cancellationToken).ConfigureAwait(false);
        LogAccepted(blob.BlobName, SubmissionStatus.AwaitingReview, submission.DetailRows);
        return result;
    }

    /// <summary>
    /// HQ approves a workbook awaiting review: the pointer moves as intake would have moved it (newer upload wins, a lock
    /// refuses), the figures are recorded (with the base-year recalculation when it is one), and what it replaces is
    /// marked superseded. <paramref name="reason"/> is needed only for a base year that neither the upload nor the group
    /// workbook gave a reason for.
    /// </summary>
    public async Task<ReviewOutcome> ApproveAsync(string code, string submissionId, string actor, string? comment, string? reason,
        CancellationToken cancellationToken)
    {
                if (await PendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false) is not { } submission)
        {
            return await NotPendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false);
        }
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false) ?? throw new RegisterMissingException();
        var workbook = SubmissionRows.ToSubsidiaryWorkbook(await store.RowsAsync(submissionId, cancellationToken).ConfigureAwait(false));
        var entity = workbook.Entity;
        var inventory = calculator.Calculate(workbook, settings);
        var now = clock.GetUtcNow();
        var replacement = await ReplacementAsync(entity, code, cancellationToken).ConfigureAwait(false);
        var because = submission.Reason
                      ?? (group.Workbook.Recalculation.ReasonFor(code, entity.BaseYear) is { } declared
                          ? RecalculationTexts.DeclaredReason.Format(declared.Reason, declared.Row).Zh
                          : null)
                      ?? (string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        if (replacement?.IsBaseYear == true && because is null)
        {
            return new(ReviewOutcomeKind.ReasonRequired, Message: ReviewTexts.ReasonRequired.Format(entity.BaseYear, string.Join(", ", replacement.LaterYears)));
        }
        if (!await ClaimDecisionAsync(submission, actor, now, cancellationToken).ConfigureAwait(false))
        {
            return await NotPendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false);
        }
        // The approver is who recalculates the base: the record says so, with the reason the upload or HQ gave.
        var approval = new UploadedBlob(submission.BlobName, submission.UploadedAt, actor);
        var correction = replacement?.IsBaseYear == true
            ? await BaseYearCorrectionAsync(code, entity, inventory, approval, because!, cancellationToken).ConfigureAwait(false)
            : null;

        var move = await _pointers.MoveAsync(code, CurrentPointers.PeriodKey(entity.ReportingYear), submissionId, submission.UploadedAt, submission.BlobName,
            cancellationToken).ConfigureAwait(false);
        var result = await ReadResultAsync(submission.ResultPath!, cancellationToken).ConfigureAwait(false);
        if (move.LockedPeriod is { } locked)
        {
            // As an intake that loses to a lock: rows go (never visible), the verdict is the lock's, and after an unlock
            // the same file uploaded again is processed again.
            await StreamingRowWriter.DeleteAsync(storage.Rows, SubmissionRows.PartitionPrefix(submissionId), cancellationToken).ConfigureAwait(false);
            var refused = result with
            {
                Status = SubmissionStatus.Rejected,
                Check = WithError(result.Check, Problems.PeriodLocked.Create(code, entity.ReportingYear, locked.Verifier, locked.StatementReference)),
            };
            await WriteResultBlobsAsync(submission.ResultPath!, refused, cancellationToken).ConfigureAwait(false);
            submission.Status = SubmissionStatus.Rejected;
            submission.RefusedForLock = true;
            submission.ErrorCount = refused.Check.ErrorCount;
            await storage.Submissions.UpdateEntityAsync(submission, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await FollowFirstAsync(submission, refused, cancellationToken).ConfigureAwait(false);
            await audit.AddAsync(code, AuditAction.ReviewRefusedForLock, actor, entity.ReportingYear, now, submissionId,
                $"verifier: {locked.Verifier}; statement: {locked.StatementReference}", cancellationToken).ConfigureAwait(false);
            return new(ReviewOutcomeKind.Locked, refused,
                ReviewTexts.Locked.Format(code, entity.ReportingYear, locked.Verifier ?? "", locked.StatementReference ?? ""));
        }
        if (move.IsCurrent)
        {
            await inventories.AddIntakeOnceAsync(code, entity.ReportingYear, submissionId, inventory, submission.Uploader ?? "intake", now,
                cancellationToken, correction).ConfigureAwait(false);
        }
        var status = move.IsCurrent ? SubmissionStatus.Accepted : SubmissionStatus.Superseded;
        var check = move.IsCurrent ? result.Check : WithWarning(result.Check, Problems.Superseded.Create(move.NewerBlobName));
        if (replacement is not null && move.IsCurrent && !check.Problems.Any(p => p.Code == replacement.Notice.Code))
        {
            check = WithWarning(check, replacement.Notice);
        }
        var approved = result with
        {
            Status = status,
            SupersededBy = move.NewerSubmission,
            Check = check,
            Review = new ReviewDecision(ReviewVerdict.Approved, actor, now, Clean(comment)),
        };
        await WriteResultBlobsAsync(submission.ResultPath!, approved, cancellationToken).ConfigureAwait(false);
        submission.Status = status;
        submission.SupersededBy = move.NewerSubmission;
        submission.ReviewedBy = actor;
        submission.ReviewedAt = now;
        submission.ReviewComment = Clean(comment);
        submission.WarningCount = check.WarningCount;
        await storage.Submissions.UpdateEntityAsync(submission, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await FollowFirstAsync(submission, approved, cancellationToken).ConfigureAwait(false);
        if (move.Previous is { } previous)
        {
            await MarkSupersededAsync(code, previous, submissionId, submission.BlobName, cancellationToken).ConfigureAwait(false);
        }
        if (move.IsCurrent)
        {
            await SettleOlderAcceptancesAsync(code, entity.ReportingYear, submission, cancellationToken).ConfigureAwait(false);
        }
        await audit.AddAsync(code, AuditAction.ReviewApproved, actor, entity.ReportingYear, now, submissionId,
            correction is null ? $"status: {StoredName.Of(status)}" : $"status: {StoredName.Of(status)}; base-year recalculation: {because}", cancellationToken, Clean(comment))
            .ConfigureAwait(false);
        return new(move.IsCurrent ? ReviewOutcomeKind.Approved : ReviewOutcomeKind.Superseded, approved);
    }

    /// <summary>HQ returns a workbook awaiting review with a comment the officer reads in its result; it never counts.</summary>
    public async Task<ReviewOutcome> ReturnAsync(string code, string submissionId, string actor, string comment, CancellationToken cancellationToken)
    {
                if (await PendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false) is not { } submission)
        {
            return await NotPendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false);
        }
        var now = clock.GetUtcNow();
        if (!await ClaimDecisionAsync(submission, actor, now, cancellationToken).ConfigureAwait(false))
        {
            return await NotPendingAsync(code, submissionId, cancellationToken).ConfigureAwait(false);
        }
        var result = await ReadResultAsync(submission.ResultPath!, cancellationToken).ConfigureAwait(false);
        var returned = result with { Status = SubmissionStatus.Returned, Review = new ReviewDecision(ReviewVerdict.Returned, actor, now, Clean(comment)) };
        await WriteResultBlobsAsync(submission.ResultPath!, returned, cancellationToken).ConfigureAwait(false);
        submission.Status = SubmissionStatus.Returned;
        submission.ReviewedBy = actor;
        submission.ReviewedAt = now;
        submission.ReviewComment = Clean(comment);
        await storage.Submissions.UpdateEntityAsync(submission, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await FollowFirstAsync(submission, returned, cancellationToken).ConfigureAwait(false);
        // Its rows were never visible and never will be: they go.
        await StreamingRowWriter.DeleteAsync(storage.Rows, SubmissionRows.PartitionPrefix(submissionId), cancellationToken).ConfigureAwait(false);
        await audit.AddAsync(code, AuditAction.ReviewReturned, actor, submission.ReportingYear, now, submissionId, $"file: {submission.FileName}",
            cancellationToken, Clean(comment)).ConfigureAwait(false);
        return new(ReviewOutcomeKind.Returned, returned);
    }

    /// <summary>Every workbook of the subsidiary awaiting HQ's review, oldest upload first.</summary>
    public async Task<IReadOnlyList<SubmissionEntity>> AwaitingReviewAsync(string code, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code} and Status eq {StoredName.Of(SubmissionStatus.AwaitingReview)}");
        var list = new List<SubmissionEntity>();
        await foreach (var record in storage.Submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (record.DuplicateOf is null)
            {
                list.Add(record);
            }
        }
        return [.. list.OrderBy(s => s.UploadedAt)];
    }

    private async Task<SubmissionEntity?> PendingAsync(string code, string submissionId, CancellationToken cancellationToken) =>
        await store.GetAsync(code, submissionId, cancellationToken).ConfigureAwait(false) is
            { Status: SubmissionStatus.AwaitingReview, DuplicateOf: null, ResultPath: not null, ReportingYear: not null } pending
            ? pending
            : null;

    /// <summary>
    /// Takes the decision under the ETag read with the submission: of an approval and a return racing (or two HQ
    /// members), one claims it and the other finds it taken, so rows are never deleted under a pointer just moved to
    /// them. A decision that crashed after its claim is taken again by the next one, which reads the new ETag.
    /// </summary>
    private async Task<bool> ClaimDecisionAsync(SubmissionEntity submission, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        submission.ReviewedBy = actor;
        submission.ReviewedAt = now;
        try
        {
            var response = await storage.Submissions.UpdateEntityAsync(submission, submission.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            submission.ETag = response.Headers.ETag ?? submission.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private async Task<ReviewOutcome> NotPendingAsync(string code, string submissionId, CancellationToken cancellationToken) =>
        await store.GetAsync(code, submissionId, cancellationToken).ConfigureAwait(false) switch
        {
            null => new(ReviewOutcomeKind.NotFound),
            // Still waiting, but claimed by a decision racing this one.
            { Status: SubmissionStatus.AwaitingReview } => new(ReviewOutcomeKind.NotAwaiting, Message: ReviewTexts.DecisionTaken),
            var other => new(ReviewOutcomeKind.NotAwaiting, Message: ReviewTexts.NotAwaiting.Format(StoredName.Of(other.Status))),
        };

    /// <summary>The records of the same bytes uploaded under other names follow the decision on the first, as they follow its supersession.</summary>
    private async Task FollowFirstAsync(SubmissionEntity first, IntakeResult decided, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {first.PartitionKey} and RowKey ge {first.RowKey + "-d-"} and RowKey lt {first.RowKey + "-d."}");
        await foreach (var duplicate in storage.Submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (duplicate.Status != SubmissionStatus.AwaitingReview || duplicate.ResultPath is null)
            {
                continue;
            }
            var own = await ReadResultAsync(duplicate.ResultPath, cancellationToken).ConfigureAwait(false);
            await WriteResultBlobsAsync(duplicate.ResultPath, decided with
            {
                BlobName = own.BlobName, FileName = own.FileName, Uploader = own.Uploader, UploadedAt = own.UploadedAt,
                ProcessedAt = own.ProcessedAt, DuplicateOf = own.DuplicateOf,
            }, cancellationToken).ConfigureAwait(false);
            duplicate.Status = first.Status;
            duplicate.SupersededBy = first.SupersededBy;
            duplicate.RefusedForLock = first.RefusedForLock;
            duplicate.ReviewedBy = first.ReviewedBy;
            duplicate.ReviewedAt = first.ReviewedAt;
            duplicate.ReviewComment = first.ReviewComment;
            await storage.Submissions.UpdateEntityAsync(duplicate, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        return trimmed.Length > 1000 ? trimmed[..1000] : trimmed;
    }
}
