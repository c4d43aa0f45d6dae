using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake.Group;
using GhgReports.Intake.Reading;
using GhgReports.Intake.Reporting;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Reporting;
using GhgReports.Evidence;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.Logging;

namespace GhgReports.Intake;

/// <summary>A file as it arrived in the uploads container.</summary>
/// <param name="BlobName">Path inside the container: "&lt;subsidiary&gt;/&lt;file&gt;.xlsx".</param>
/// <summary>
/// An upload as intake sees it; <paramref name="FileName"/> is the name the officer's file had, when known, and
/// <paramref name="Reason"/> why it replaces data in force, when the uploader said.
/// </summary>
public sealed record UploadedBlob(string BlobName, DateTimeOffset CreatedOn, string? Uploader, string? FileName = null, string? Reason = null);

/// <summary>Raised when no group register exists yet: an infrastructure condition the host retries, not the officer's fault.</summary>
internal sealed class RegisterMissingException() : Exception("No group workbook (subsidiary register) has been accepted yet; upload one to uploads/_group/ first.");

/// <summary>The durable steps of accepting a submission, in order; a crash may fall between any two.</summary>
public enum IntakeStep
{
    Archived,
    RowsWritten,
    PointerMoved,
    FiguresRecorded,
    ResultWritten,
    RecordWritten,
}

/// <summary>Test seam for crash-in-the-middle scenarios; null in production.</summary>
public sealed record IntakeOptions
{
    /// <summary>Called after each detail-row batch with the number of batches written so far.</summary>
    public Func<int, Task>? AfterDetailBatch { get; init; }

    /// <summary>Called after each durable step of an acceptance.</summary>
    public Func<IntakeStep, Task>? AfterStep { get; init; }
}

/// <summary>
/// The blob trigger's one service call: validate an uploaded workbook and, if it is sound, store it so that readers see
/// either the previous data or all of the new, never a mix. Bad input never throws; storage faults do, so the host
/// retries, and the submission id (SHA-256 of the bytes) makes every retry and re-delivery safe.
/// </summary>
public sealed partial class SubmissionIntake(
    GhgStorage storage,
    SubmissionStore store,
    CurrentPointers pointers,
    InventoryRecords inventories,
    AuditTrail audit,
    EvidenceStore evidence,
    YearDataReader years,
    IFactorCatalog factors,
    InventoryCalculator calculator,
    CalculationSettings settings,
    PathwayCurveSet curves,
    TimeProvider clock,
    ILogger<SubmissionIntake> logger,
    IntakeOptions? options = null)
{
    private readonly CurrentPointers _pointers = pointers;
    private readonly TableBatchWriter _writer = new();

    /// <summary>One count across both writers of one submission, for the crash-in-the-middle test seam.</summary>
    private Func<int, Task>? AfterBatchHook()
    {
        if (options?.AfterDetailBatch is not { } hook)
        {
            return null;
        }
        var written = 0;
        return _ => hook(Interlocked.Increment(ref written));
    }

    private Task StepDoneAsync(IntakeStep step) => options?.AfterStep?.Invoke(step) ?? Task.CompletedTask;

    public async Task<IntakeResult> ProcessAsync(Stream content, UploadedBlob blob, CancellationToken cancellationToken)
    {
        var bytes = await ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        var submissionId = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (folder, fileName) = SplitPath(blob.BlobName);
        var partition = PartitionOf(folder);
        LogProcessing(blob.BlobName, submissionId);

        if (await AnswerOrClaimAsync(partition, submissionId, blob, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        using var workbook = new MemoryStream(bytes, writable: false);
        if (partition == "_invalid" || fileName is null)
        {
            var problem = Problems.BadUploadPath.Create(blob.BlobName);
            return await RejectAsync(partition, submissionId, blob, new CheckReport(blob.BlobName, false, null, null, null, null, null, 1, 0,
                [CheckReportProblem.From(problem)]), cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return partition == GroupWorkbook.Code
                ? await ProcessGroupAsync(workbook, bytes, submissionId, blob, cancellationToken).ConfigureAwait(false)
                : await ProcessSubsidiaryAsync(workbook, bytes, partition, submissionId, blob, cancellationToken).ConfigureAwait(false);
        }
        catch (RegisterMissingException)
        {
            // Nothing could be considered yet; the host retries, and until then there is nothing to show for it.
            await ReleaseClaimAsync(partition, submissionId, blob, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The host gave up on a blob after its retries (poison): record it so the officer and support see it, with the
    /// reason, instead of silence. Not the officer's fault, so the result says to contact support.
    /// </summary>
    public async Task<IntakeResult> RecordFailureAsync(string blobName, string reason, CancellationToken cancellationToken)
    {
        var (folder, _) = SplitPath(blobName);
        var partition = PartitionOf(folder);
        var now = clock.GetUtcNow();
        var problem = Problems.ProcessingFailed.Create(reason);
        var report = new CheckReport(blobName, false, partition, null, null, null, null, 1, 0, [CheckReportProblem.From(problem)]);
        var blob = new UploadedBlob(blobName, now, null);
        var result = NewResult(partition, "failed-" + TableKeys.Descending(now), blob, SubmissionStatus.Failed, report);
        var submission = NewSubmission(partition, result.SubmissionId, blob, SubmissionStatus.Failed, report);
        submission.Note = reason.Length > 1000 ? reason[..1000] : reason;
        submission.ResultPath = await WriteResultAsync(partition, blob, result, cancellationToken).ConfigureAwait(false);
        await storage.Submissions.UpsertEntityAsync(submission, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<IntakeResult> ProcessSubsidiaryAsync(MemoryStream workbook, byte[] bytes, string folder, string submissionId, UploadedBlob blob,
        CancellationToken cancellationToken)
    {
        var group = await store.CurrentGroupAsync(cancellationToken).ConfigureAwait(false) ?? throw new RegisterMissingException();
        // Source rows are stored while the sheet is still being read (under this submission's own partitions, invisible
        // until the pointer moves); if the file is rejected after all, they are deleted again.
        var afterBatch = AfterBatchHook();
        var streamed = new StreamingRowWriter(storage.Rows, afterBatch);
        var sourceIndex = 0;
        WorkbookCheckResult check;
        try
        {
            check = new WorkbookCheck(factors, calculator: calculator, settings: settings)
                .Check(workbook, cancellationToken, line =>
                {
                    var index = sourceIndex++;
                    streamed.Add(SubmissionRows.SourcePartition(submissionId, index), () => SubmissionRows.SourceRow(submissionId, index, line));
                });
        }
        catch
        {
            await streamed.AbortAsync().ConfigureAwait(false);
            throw;
        }
        var problems = check.Problems.ToList();
        problems.InsertRange(0, await AgainstStoredDataAsync(check, folder, group.Workbook, cancellationToken).ConfigureAwait(false));
        var report = CheckReport.From(blob.BlobName, check with { Problems = problems });
        if (check.Workbook is null || problems.Any(p => p.IsError))
        {
            await streamed.AbortAsync().ConfigureAwait(false);
            await StreamingRowWriter.DeleteAsync(storage.Rows, SubmissionRows.KindPrefix(submissionId, RowKinds.Source), cancellationToken).ConfigureAwait(false);
            return await RejectAsync(folder, submissionId, blob, report, cancellationToken).ConfigureAwait(false);
        }
        var workbookRead = check.Workbook;
        var inventory = check.Inventory ?? calculator.Calculate(workbookRead, settings);
        var planWarnings = await PlanWarningsForAsync(workbookRead, inventory, group.Workbook, cancellationToken).ConfigureAwait(false);
        var replacement = await ReplacementAsync(workbookRead.Entity, folder, cancellationToken).ConfigureAwait(false);
        // The reason comes with the upload (page, ghg upload --reason), else from HQ's group workbook.
        var reason = blob.Reason ?? (group.Workbook.Recalculation.ReasonFor(folder, workbookRead.Entity.BaseYear) is { } declared
            ? RecalculationTexts.DeclaredReason.Format(declared.Reason, declared.Row).Zh
            : null);
        if (replacement?.IsBaseYear == true && reason is null)
        {
            // A base-year recalculation is disclosed with its reason (ISO 14064-1 §6.4); without one there is nothing to disclose.
            await streamed.AbortAsync().ConfigureAwait(false);
            await StreamingRowWriter.DeleteAsync(storage.Rows, SubmissionRows.KindPrefix(submissionId, RowKinds.Source), cancellationToken).ConfigureAwait(false);
            return await RejectAsync(folder, submissionId, blob,
                WithError(report, Problems.BaseYearReasonRequired.Create(workbookRead.Entity.BaseYear, string.Join(", ", replacement.LaterYears))),
                cancellationToken).ConfigureAwait(false);
        }
        if (replacement is not null)
        {
            report = WithWarning(report, replacement.Notice);
        }
        var correction = replacement?.IsBaseYear == true
            ? await BaseYearCorrectionAsync(folder, workbookRead.Entity, inventory, blob, reason!, cancellationToken).ConfigureAwait(false)
            : null;
        var entity = workbookRead.Entity;
        var context = new SubmissionContext(folder, CurrentPointers.PeriodKey(entity.ReportingYear), submissionId, bytes, blob, report,
            SubmissionRows.From(submissionId, workbookRead, includeSources: false))
        {
            Year = entity.ReportingYear,
            PeriodStart = entity.PeriodStart,
            PeriodEnd = entity.PeriodEnd,
            Figures = SubmissionFiguresFactory.From(workbookRead, inventory, settings),
            PlanWarnings = planWarnings,
            WhenCurrent = (id, ct) => inventories.AddIntakeOnceAsync(folder, entity.ReportingYear, id, inventory,
                blob.Uploader ?? "intake", clock.GetUtcNow(), ct, correction),
            Streamed = streamed,
            StreamedRows = workbookRead.Sources.Count,
            AfterBatch = afterBatch,
            HoldForReview = group.Workbook.ReviewRequired,
            Reason = reason,
        };
        return await AcceptAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IntakeResult> ProcessGroupAsync(MemoryStream workbook, byte[] bytes, string submissionId, UploadedBlob blob, CancellationToken cancellationToken)
    {
        var check = new GroupWorkbookReader(factors).Check(workbook, cancellationToken);
        var report = CheckReport.FromGroup(blob.BlobName, check);
        if (!check.Accepted)
        {
            return await RejectAsync(GroupWorkbook.Code, submissionId, blob, report, cancellationToken).ConfigureAwait(false);
        }
        var context = new SubmissionContext(GroupWorkbook.Code, CurrentPointers.GroupKey, submissionId, bytes, blob, report,
            SubmissionRows.From(submissionId, check.Workbook!));
        return await AcceptAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IntakeResult> AcceptAsync(SubmissionContext context, CancellationToken cancellationToken)
    {
        var (partition, period, submissionId, bytes, blob, report, rows) = context;
        var archivePath = $"{partition}/{submissionId}.xlsx";
        await ArchiveAsync(archivePath, bytes, blob, cancellationToken).ConfigureAwait(false);
        await StepDoneAsync(IntakeStep.Archived).ConfigureAwait(false);
        var submission = NewSubmission(partition, submissionId, blob, SubmissionStatus.Writing, report);
        submission.ReportingYear = context.Year;
        submission.PeriodStart = context.PeriodStart?.ToString("yyyy-MM-dd");
        submission.PeriodEnd = context.PeriodEnd?.ToString("yyyy-MM-dd");
        submission.ArchivePath = archivePath;
        submission.DetailRows = context.DetailRowCount;
        submission.Reason = context.Reason;
        await storage.Submissions.UpsertEntityAsync(submission, cancellationToken: cancellationToken).ConfigureAwait(false);

        await _writer.WriteAsync(storage.Rows, rows, cancellationToken, context.AfterBatch ?? AfterBatchHook()).ConfigureAwait(false);
        if (context.Streamed is { } streamed)
        {
            await streamed.CompleteAsync().ConfigureAwait(false);
        }
        await StepDoneAsync(IntakeStep.RowsWritten).ConfigureAwait(false);
        if (context.HoldForReview)
        {
            // The group reviews workbooks: stored, but the pointer waits for HQ's approval (SubmissionIntake.Review).
            return await HoldForReviewAsync(submission, blob, report, context.Figures, context.PlanWarnings, cancellationToken).ConfigureAwait(false);
        }

        // Only now, with every row written, may readers be pointed at this submission.
        var move = await _pointers.MoveAsync(partition, period, submissionId, blob.CreatedOn, blob.BlobName, cancellationToken).ConfigureAwait(false);
        await StepDoneAsync(IntakeStep.PointerMoved).ConfigureAwait(false);
        if (move.LockedPeriod is { } locked)
        {
            // Locked while this intake ran: the pointer stayed, so these rows were never visible; they go, and the
            // verdict is the one a lock checked up front would have given.
            await StreamingRowWriter.DeleteAsync(storage.Rows, SubmissionRows.PartitionPrefix(submissionId), cancellationToken).ConfigureAwait(false);
            var lockedReport = WithError(report, Problems.PeriodLocked.Create(partition, context.Year ?? 0, locked.Verifier, locked.StatementReference));
            return await RejectAsync(partition, submissionId, blob, lockedReport, cancellationToken).ConfigureAwait(false);
        }
        var status = move.IsCurrent ? SubmissionStatus.Accepted : SubmissionStatus.Superseded;
        if (move.IsCurrent && context.WhenCurrent is { } whenCurrent)
        {
            // The figures now in force, with the GWP set and factor version they were calculated with.
            await whenCurrent(submissionId, cancellationToken).ConfigureAwait(false);
            await StepDoneAsync(IntakeStep.FiguresRecorded).ConfigureAwait(false);
        }
        if (!move.IsCurrent)
        {
            report = WithWarning(report, Problems.Superseded.Create(move.NewerBlobName));
        }
        var result = NewResult(partition, submissionId, blob, status, report) with
        {
            ArchivePath = archivePath,
            DetailRows = context.DetailRowCount,
            Figures = context.Figures,
            SupersededBy = move.NewerSubmission,
            PlanWarnings = context.PlanWarnings,
        };
        submission.ResultPath = await WriteResultAsync(partition, blob, result, cancellationToken).ConfigureAwait(false);
        await StepDoneAsync(IntakeStep.ResultWritten).ConfigureAwait(false);
        submission.Status = status;
        submission.SupersededBy = move.NewerSubmission;
        await storage.Submissions.UpsertEntityAsync(submission, cancellationToken: cancellationToken).ConfigureAwait(false);
        await StepDoneAsync(IntakeStep.RecordWritten).ConfigureAwait(false);
        if (move.Previous is { } previous)
        {
            await MarkSupersededAsync(partition, previous, submissionId, blob.BlobName, cancellationToken).ConfigureAwait(false);
        }
        if (move.IsCurrent)
        {
            // A run that crashed after its pointer moved left the submission it replaced "accepted": whoever is in force
            // now settles every older acceptance of the period, so redelivery or the sweep heal it.
            await SettleOlderAcceptancesAsync(partition, context.Year, submission, cancellationToken).ConfigureAwait(false);
        }
        LogAccepted(blob.BlobName, status, context.DetailRowCount);
        return result;
    }

    private async Task<IntakeResult> RejectAsync(string partition, string submissionId, UploadedBlob blob, CheckReport report, CancellationToken cancellationToken)
    {
        var result = NewResult(partition, submissionId, blob, SubmissionStatus.Rejected, report);
        var submission = NewSubmission(partition, submissionId, blob, SubmissionStatus.Rejected, report);
        submission.ReportingYear = report.ReportingYear;
        submission.PeriodStart = report.PeriodStart;
        submission.PeriodEnd = report.PeriodEnd;
        submission.RefusedForLock = report.Problems.Any(p => p.Code == Problems.PeriodLocked.Code)
                                    && report.Problems.Where(p => p.Severity == "error").All(p => p.Code == Problems.PeriodLocked.Code);
        submission.ResultPath = await WriteResultAsync(partition, blob, result, cancellationToken).ConfigureAwait(false);
        await storage.Submissions.UpsertEntityAsync(submission, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogRejected(blob.BlobName, report.ErrorCount);
        return result;
    }

    private async Task ArchiveAsync(string path, byte[] bytes, UploadedBlob blob, CancellationToken cancellationToken)
    {
        var archive = storage.Archive.GetBlobClient(path);
        try
        {
            await archive.UploadAsync(new BinaryData(bytes), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = new Dictionary<string, string>
                {
                    ["sourceblob"] = Uri.EscapeDataString(blob.BlobName),
                    ["uploadedat"] = blob.CreatedOn.ToString("O"),
                },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already archived by an earlier delivery: archives are immutable, the first copy stands.
        }
    }

    /// <summary>
    /// The plan's consistency checks for this subsidiary alone, against the group's scope 1+2 target, and against the
    /// pathway from its base year in force (a later year's workbook is checked against its 2023 base, as the plan does).
    /// </summary>
    private async Task<IReadOnlyList<PlanWarningReport>> PlanWarningsForAsync(GhgReports.Submissions.SubsidiaryWorkbook workbook, SubsidiaryInventory inventory,
        GroupWorkbook group, CancellationToken cancellationToken)
    {
        var registered = group.Find(workbook.Entity.SubsidiaryCode);
        var groupTarget = GhgReports.Submissions.TargetBoundary.Headline(group.Targets);
        var entity = workbook.Entity;
        var figures = registered is null ? null : SubsidiaryFigures.FromInventory(registered.Code, inventory, registered.GridFactorId);
        var baseFigures = figures;
        if (registered is not null && entity.BaseYear < entity.ReportingYear
            && await years.ReadInForceAsync(registered.Code, entity.BaseYear, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            baseFigures = SubsidiaryFigures.FromInventory(registered.Code, stored.Inventory, registered.GridFactorId);
        }
        // The checks compare against the entity's pathway: none without a curve for its stage and base year.
        if (registered is null || groupTarget is null || baseFigures is null || baseFigures.OutputTonnes <= 0
            || !curves.Covers(entity.ProductionStage, baseFigures.ReportingYear))
        {
            return [];
        }
        var checker = new PlanConsistencyChecker(new PathwayEngine(curves), new MeasureEffects(factors));
        var subsidiary = new PlanSubsidiary(workbook, figures!) { Base = baseFigures };
        return [.. checker.CheckSubsidiary(subsidiary, groupTarget, [subsidiary])
            .Select(w => new PlanWarningReport(w.Code, w.Message.Zh, w.Message.En, w.Figures))];
    }

    private static (string? Folder, string? FileName) SplitPath(string blobName)
    {
        var parts = blobName.Split('/');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1]) : (parts.Length > 0 ? parts[0] : null, null);
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer) && buffer.Offset == 0 && buffer.Count == memory.Length)
        {
            return memory.ToArray();
        }
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processing {BlobName} as submission {SubmissionId}")]
    private partial void LogProcessing(string blobName, string submissionId);

    private void LogAccepted(string blobName, SubmissionStatus status, int rows) => LogStored(blobName, StoredName.Of(status), rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {BlobName}: {Status}, {Rows} detail rows")]
    private partial void LogStored(string blobName, string status, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {BlobName} with {Errors} errors")]
    private partial void LogRejected(string blobName, int errors);
}
