using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;
using GhgReports.Submissions;
using GhgReports.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.Access;

/// <summary>
/// An HTTP answer both hosts (Functions app, local runner) return as is; <paramref name="RetryAfter"/> becomes the
/// Retry-After header, <paramref name="Location"/> the Location header (a run's address in a 202).
/// </summary>
public sealed record WebAnswer(int Status, string ContentType, byte[] Body, string? FileName = null, TimeSpan? RetryAfter = null, string? Location = null);

/// <summary>One upload as the page lists it; under review also who decided and HQ's comment to the officer.</summary>
internal sealed record SubmissionView(string Id, SubmissionStatus Status, string FileName, string BlobName, DateTimeOffset UploadedAt,
    DateTimeOffset ProcessedAt, int? ReportingYear, int ErrorCount, int WarningCount, string? SupersededBy, string? Note, string? ReviewedBy = null,
    string? ReviewComment = null);

/// <summary>A period's data in force; for a locked period also who verified it, the statement, and who locked it.</summary>
internal sealed record CurrentView(string Period, string? SubmissionId, string? BlobName, bool Locked, string? Verifier = null, string? Statement = null,
    string? LockedBy = null);

internal sealed record SubmissionsView(string Subsidiary, IReadOnlyList<SubmissionView> History, IReadOnlyList<CurrentView> Current);

/// <summary>
/// The web page's API, host-neutral: each method takes the caller (from <see cref="CallerResolver"/>) and the route
/// values, checks <see cref="AccessPolicy"/> before any storage call, and answers 200, 400, 401, 403 or 404. The
/// Functions app and the runner's LocalHttp map the same routes onto these methods and nothing else.
/// </summary>
public sealed partial class WebApi(CallerResolver callers, DownloadLinks downloads, UploadLinks uploads, SubmissionStore submissions,
    CurrentPointers pointers, IFactorCatalog factors, GhgStorage storage, PeriodLocks locks, EvidenceLinks evidence, Tracker.YearTracker tracker,
    GenerationRuns runs, RunViews runViews, Tracker.ManagementOverview management, Review.VerificationStatements statements,
    ILogger<WebApi>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<WebApi>.Instance;

    public Caller? Caller(string? principalHeader, string? authorization) => callers.Resolve(principalHeader, authorization);

    public static WebAnswer Page() => new(200, "text/html; charset=utf-8", WebPage.Html());

    public static WebAnswer Script() => new(200, "text/javascript; charset=utf-8", WebPage.Script());

    public static WebAnswer Styles() => new(200, "text/css; charset=utf-8", WebPage.Styles());

    public static WebAnswer Me(Caller? caller) => caller is null
        ? Error(AccessOutcome.Unauthenticated)
        : Json(new CallerView(caller.Name, caller.Roles, caller.SubsidiaryCodes, caller.SharedYears), AccessJson.Default.CallerView);

    public async Task<WebAnswer> PacksAsync(Caller? caller, string? year, CancellationToken cancellationToken) =>
        ParseYear(year, out var y)
            ? From(await downloads.ListPacksAsync(caller, y, cancellationToken).ConfigureAwait(false), AccessJson.Default.IReadOnlyListPackEntry, caller)
            : Error(caller is null ? AccessOutcome.Unauthenticated : AccessOutcome.Invalid);

    public async Task<WebAnswer> PlansAsync(Caller? caller, string? year, CancellationToken cancellationToken) =>
        ParseYear(year, out var y)
            ? From(await downloads.ListPlansAsync(caller, y, cancellationToken).ConfigureAwait(false), AccessJson.Default.IReadOnlyListPlanEntry, caller)
            : Error(caller is null ? AccessOutcome.Unauthenticated : AccessOutcome.Invalid);

    /// <summary>A link to the pack's latest version, or to <paramref name="version"/> (the query's <c>version</c>) when given.</summary>
    public async Task<WebAnswer> PackLinkAsync(Caller? caller, int year, string code, CancellationToken cancellationToken, string? version = null) =>
        ParseVersion(version, out var v)
            ? From(await downloads.PackLinkAsync(caller, year, code, cancellationToken, v).ConfigureAwait(false), AccessJson.Default.DownloadLink, caller)
            : Error(caller is null ? AccessOutcome.Unauthenticated : AccessOutcome.Invalid);

    public async Task<WebAnswer> PlanLinkAsync(Caller? caller, int year, string language, CancellationToken cancellationToken, string? version = null) =>
        ParseVersion(version, out var v)
            ? From(await downloads.PlanLinkAsync(caller, year, language, cancellationToken, v).ConfigureAwait(false), AccessJson.Default.DownloadLink, caller)
            : Error(caller is null ? AccessOutcome.Unauthenticated : AccessOutcome.Invalid);

    private static bool ParseVersion(string? text, out int? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 999)
        {
            version = v;
            return true;
        }
        return false;
    }

    public async Task<WebAnswer> UploadLinkAsync(Caller? caller, string code, string? fileName, CancellationToken cancellationToken) =>
        From(await uploads.MintAsync(caller, code, fileName, cancellationToken).ConfigureAwait(false), AccessJson.Default.UploadLink, caller);

    public async Task<WebAnswer> SubmissionsAsync(Caller? caller, string code, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code))
        {
            return Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadSubmissions(caller, code))
        {
            return Denied(caller, "read submissions", code);
        }
        var history = await submissions.HistoryAsync(code, cancellationToken).ConfigureAwait(false);
        var current = await pointers.ListAsync(code, cancellationToken).ConfigureAwait(false);
        var view = new SubmissionsView(code,
            [.. history.Select(s => new SubmissionView(s.RowKey, s.Status, s.FileName, s.BlobName, s.UploadedAt, s.ProcessedAt, s.ReportingYear,
                s.ErrorCount, s.WarningCount, s.SupersededBy, s.Note, s.ReviewedBy, s.ReviewComment))],
            [.. current.Select(p => p.Locked
                ? new CurrentView(p.RowKey, p.SubmissionId, p.BlobName, true, p.Verifier, p.StatementReference, p.LockedBy)
                : new CurrentView(p.RowKey, p.SubmissionId, p.BlobName, false))]);
        return Json(view, AccessJson.Default.SubmissionsView);
    }

    /// <summary>
    /// The bilingual result report of one submission, as a file to save (not rendered on this origin).
    /// </summary>
    public Task<WebAnswer> ReportAsync(Caller? caller, string code, string submissionId, CancellationToken cancellationToken) =>
        ResultFileAsync(caller, code, submissionId, ".report.html", "text/html; charset=utf-8", asAttachment: true, cancellationToken);

    /// <summary>
    /// The result of one submission as intake wrote it (results/…result.json): the verdict, every problem with its
    /// sheet and cell in both languages, and for an accepted file the figures stored. The page lists these inline.
    /// </summary>
    public Task<WebAnswer> ResultAsync(Caller? caller, string code, string submissionId, CancellationToken cancellationToken) =>
        ResultFileAsync(caller, code, submissionId, ResultSuffix, "application/json; charset=utf-8", asAttachment: false, cancellationToken);

    private const string ResultSuffix = ".result.json";

    /// <summary>
    /// One of a submission's result files, found through the submission record in the code's own partition: the caller
    /// names a submission, never a path.
    /// </summary>
    private async Task<WebAnswer> ResultFileAsync(Caller? caller, string code, string submissionId, string suffix, string contentType,
        bool asAttachment, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code) || !SubmissionId().IsMatch(submissionId))
        {
            return Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadSubmissions(caller, code))
        {
            return Denied(caller, "read a submission's result", code, submissionId: submissionId);
        }
        var submission = await submissions.GetAsync(code, submissionId, cancellationToken).ConfigureAwait(false);
        if (submission?.ResultPath is not { } path || !path.StartsWith(code + "/", StringComparison.Ordinal) || !path.EndsWith(ResultSuffix, StringComparison.Ordinal))
        {
            return Error(AccessOutcome.NotFound);
        }
        var file = storage.Results.GetBlobClient(path[..^ResultSuffix.Length] + suffix);
        try
        {
            var content = await file.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new WebAnswer(200, contentType, content.Value.Content.ToArray(), asAttachment ? DownloadName(submission.FileName, file.Name, suffix) : null);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return Error(AccessOutcome.NotFound);
        }
    }

    /// <summary>
    /// A result file saved under the name of the officer's own workbook ("CP-2023.xlsx" gives "CP-2023.report.html"), not
    /// under the storage name or the submission's 64-character hash.
    /// </summary>
    internal static string DownloadName(string? officersFileName, string blobName, string suffix) =>
        Path.GetFileNameWithoutExtension(UploadLinks.CleanFileName(officersFileName)) is { Length: > 0 } stem
            ? stem + suffix
            : blobName[(blobName.LastIndexOf('/') + 1)..];

    /// <summary>
    /// Group HQ locks a subsidiary's period once its figures are verified. The lock records the signed-in caller as
    /// the one who set it, with the verifier and the statement reference; uploads for the period are then refused.
    /// </summary>
    /// <param name="useStatement">Take the verifier and the reference from the statement the verifier recorded (sign-off), instead of typing them.</param>
    public async Task<WebAnswer> LockAsync(Caller? caller, string code, int year, string? verifier, string? statement, CancellationToken cancellationToken,
        bool useStatement = false)
    {
        if (LockRefusal(caller, code, year) is { } refusal)
        {
            return Logged(refusal, caller, "lock a period", code, year);
        }
        if (useStatement)
        {
            if (await statements.GetAsync(code, year, cancellationToken).ConfigureAwait(false) is not { } recorded)
            {
                return Invalid(ReviewTexts.NoStatement.Format(code, year));
            }
            (verifier, statement) = (recorded.RecordedBy, recorded.Reference);
        }
        if (string.IsNullOrWhiteSpace(verifier) || string.IsNullOrWhiteSpace(statement) || verifier.Length > 200 || statement.Length > 200)
        {
            return Invalid(WebTexts.LockNeedsVerification);
        }
        await locks.LockAsync(code, year, verifier.Trim(), statement.Trim(), caller!.Name, cancellationToken).ConfigureAwait(false);
        return Json(new LockView(code, year, true, verifier.Trim(), statement.Trim(), caller.Name), AccessJson.Default.LockView);
    }

    /// <summary>Group HQ unlocks a period, for a reason kept in the audit trail with the caller's name.</summary>
    public async Task<WebAnswer> UnlockAsync(Caller? caller, string code, int year, string? reason, CancellationToken cancellationToken)
    {
        if (LockRefusal(caller, code, year) is { } refusal)
        {
            return Logged(refusal, caller, "unlock a period", code, year);
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Invalid(WebTexts.UnlockNeedsReason);
        }
        await locks.UnlockAsync(code, year, caller!.Name, reason.Trim(), cancellationToken).ConfigureAwait(false);
        return Json(new LockView(code, year, false, null, null, caller.Name), AccessJson.Default.LockView);
    }

    /// <summary>
    /// The on-demand plan and pack routes: null when the caller may generate documents, else the 401 or 403 to answer.
    /// The generation itself stays with the generators; this is only who may start it.
    /// </summary>
    public static WebAnswer? OnDemandRefusal(Caller? caller) =>
        caller is null ? Error(AccessOutcome.Unauthenticated)
        : !AccessPolicy.CanGenerateDocuments(caller) ? Error(AccessOutcome.Forbidden)
        : null;

    private static WebAnswer? LockRefusal(Caller? caller, string code, int year) =>
        caller is null ? Error(AccessOutcome.Unauthenticated)
        : !SubsidiaryCode.IsValid(code) || !DownloadLinks.IsYear(year) ? Error(AccessOutcome.Invalid)
        : !AccessPolicy.CanLockPeriods(caller) ? Error(AccessOutcome.Forbidden)
        : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial System.Text.RegularExpressions.Regex SubmissionId();

    private static bool ParseYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && DownloadLinks.IsYear(y))
        {
            year = y;
            return true;
        }
        return false;
    }

    private WebAnswer From<T>(Answer<T> answer, JsonTypeInfo<T> type, Caller? caller,
        [System.Runtime.CompilerServices.CallerMemberName] string action = "") =>
        answer.Outcome == AccessOutcome.Ok ? Json(answer.Value!, type)
        : answer.Outcome == AccessOutcome.Forbidden ? Denied(caller, action, null)
        : Error(answer.Outcome);

    /// <summary>A 403, logged with who asked for what: refusals are how a misconfigured role or a probing caller shows.</summary>
    private WebAnswer Denied(Caller? caller, string action, string? subsidiary, int? year = null, string? submissionId = null)
    {
        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["Subsidiary"] = subsidiary, ["Year"] = year, ["SubmissionId"] = submissionId });
        LogDenied(caller?.Name ?? "(a signed-in caller)", caller is null ? "" : string.Join(",", caller.Roles), action, subsidiary ?? "", year);
        return Error(AccessOutcome.Forbidden);
    }

    /// <summary>Logs a refusal that is a 403; a 401 (nobody signed in) or a 400 is not an access denial.</summary>
    private WebAnswer Logged(WebAnswer refusal, Caller? caller, string action, string subsidiary, int year) =>
        refusal.Status == 403 ? Denied(caller, action, subsidiary, year) : refusal;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access denied: {Caller} ({Roles}) may not {Action} {Subsidiary} {Year}")]
    private partial void LogDenied(string caller, string roles, string action, string subsidiary, int? year);

    private static WebAnswer Json<T>(T value, JsonTypeInfo<T> type) =>
        new(200, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value, type));

    /// <summary>A 400 that says what to fix.</summary>
    private static WebAnswer Invalid(Bilingual text) =>
        new(400, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(new ErrorView("invalid", text.Zh, text.En), AccessJson.Default.ErrorView));

    /// <summary>Storage is down or unreachable: a 503 that says so in both languages, with when to try again.</summary>
    public static WebAnswer StorageUnavailable() =>
        new(503, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(
                new ErrorView("storage-unavailable", WebTexts.StorageUnavailable.Zh, WebTexts.StorageUnavailable.En), AccessJson.Default.ErrorView),
            RetryAfter: StorageOutage.RetryAfter);

    public static WebAnswer Error(AccessOutcome outcome)
    {
        var (status, text) = outcome switch
        {
            AccessOutcome.Unauthenticated => (401, WebTexts.SignInRequired),
            AccessOutcome.Forbidden => (403, WebTexts.NotAllowed),
            AccessOutcome.NotFound => (404, WebTexts.NotFound),
            _ => (400, WebTexts.BadRequest),
        };
        var body = new ErrorView(outcome.ToString().ToLowerInvariant(), text.Zh, text.En);
        return new(status, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(body, AccessJson.Default.ErrorView));
    }
}
