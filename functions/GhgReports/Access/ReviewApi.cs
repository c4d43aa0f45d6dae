using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Access;

/// <summary>
/// The routes of HQ's review, verifiers' queries and the verification statement, host-neutral like <see cref="WebApi"/>:
/// each method checks <see cref="AccessPolicy"/> before any storage call and answers 200, 400, 401, 403, 404 or 409
/// (a decision that cannot be taken as things stand: a locked period, a submission no longer awaiting review).
/// </summary>
public sealed class ReviewApi(SubmissionIntake intake, VerifierQueries queries, VerificationStatements statements, CurrentPointers pointers,
    EvidenceStore evidence)
{
    private const int MaxText = 2000;

    /// <summary>HQ approves (<paramref name="decision"/> "approve") or returns ("return", with a comment) a workbook awaiting review.</summary>
    public async Task<WebAnswer> ReviewAsync(Caller? caller, string code, string submissionId, string? decision, string? comment, string? reason,
        CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return WebApi.Error(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code) || !IsSubmissionId(submissionId) || decision is not ("approve" or "return") || comment?.Length > 1000 || reason?.Length > 1000)
        {
            return WebApi.Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReview(caller))
        {
            return WebApi.Error(AccessOutcome.Forbidden);
        }
        if (decision == "return" && string.IsNullOrWhiteSpace(comment))
        {
            return Refused(400, ReviewTexts.CommentRequired);
        }
        var outcome = decision == "approve"
            ? await intake.ApproveAsync(code, submissionId, caller.Name, comment, reason, cancellationToken).ConfigureAwait(false)
            : await intake.ReturnAsync(code, submissionId, caller.Name, comment!, cancellationToken).ConfigureAwait(false);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.NotFound => WebApi.Error(AccessOutcome.NotFound),
            ReviewOutcomeKind.ReasonRequired => Refused(400, outcome.Message!),
            ReviewOutcomeKind.Locked or ReviewOutcomeKind.NotAwaiting => Refused(409, outcome.Message!),
            _ => Json(new ReviewView(code, submissionId, outcome.Kind, outcome.Result!.Status, caller.Name,
                outcome.Result.Review?.Comment), ReviewJson.Default.ReviewView),
        };
    }

    /// <summary>A period's queries and recorded statement: its verifier, its officer, compliance and group HQ.</summary>
    public async Task<WebAnswer> VerificationAsync(Caller? caller, string code, int year, CancellationToken cancellationToken)
    {
        if (Refusal(caller, code, year) is { } refusal)
        {
            return refusal;
        }
        if (!AccessPolicy.CanReadVerification(caller!, code, year))
        {
            return WebApi.Error(AccessOutcome.Forbidden);
        }
        var pointer = await pointers.GetAsync(code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false);
        var list = await queries.ListAsync(code, year, cancellationToken).ConfigureAwait(false);
        var statement = await statements.GetAsync(code, year, cancellationToken).ConfigureAwait(false);
        return Json(new VerificationView(code, year, pointer?.SubmissionId, [.. list.Select(QueryView.From)], statement), ReviewJson.Default.VerificationView);
    }

    /// <summary>The verifier raises a query on a line (sheet and row) of the submission in force for the period.</summary>
    public async Task<WebAnswer> RaiseQueryAsync(Caller? caller, string code, int year, string? sheet, string? row, string? question,
        CancellationToken cancellationToken)
    {
        if (Refusal(caller, code, year) is { } refusal)
        {
            return refusal;
        }
        if (!AccessPolicy.CanVerify(caller!, code, year))
        {
            return WebApi.Error(AccessOutcome.Forbidden);
        }
        if (string.IsNullOrWhiteSpace(sheet) || sheet.Length > 100 || !int.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || line is < 1 or > 1_048_576 || string.IsNullOrWhiteSpace(question) || question.Length > MaxText)
        {
            return Refused(400, ReviewTexts.QueryNeedsText);
        }
        if (await pointers.GetAsync(code, CurrentPointers.PeriodKey(year), cancellationToken).ConfigureAwait(false) is not { SubmissionId: { } inForce })
        {
            return WebApi.Error(AccessOutcome.NotFound);
        }
        var query = await queries.RaiseAsync(code, year, inForce, sheet.Trim(), line, question.Trim(), caller!.Name, cancellationToken).ConfigureAwait(false);
        return Json(QueryView.From(query), ReviewJson.Default.QueryView);
    }

    /// <summary>
    /// On one query: the officer answers (<paramref name="action"/> "answer", optionally citing an evidence file of the
    /// year already stored and checked), or the verifier closes it ("close", with an optional note).
    /// </summary>
    public async Task<WebAnswer> QueryActionAsync(Caller? caller, string code, int year, string id, string? action, string? text, string? evidenceFile,
        CancellationToken cancellationToken)
    {
        if (Refusal(caller, code, year) is { } refusal)
        {
            return refusal;
        }
        if (!VerifierQueries.IsQueryId(id) || !id.StartsWith(VerifierQueries.YearPrefix(year), StringComparison.Ordinal) || action is not ("answer" or "close")
            || text?.Length > MaxText)
        {
            return WebApi.Error(AccessOutcome.Invalid);
        }
        var allowed = action == "answer" ? AccessPolicy.CanAnswerQueries(caller!, code) : AccessPolicy.CanVerify(caller!, code, year);
        if (!allowed)
        {
            return WebApi.Error(AccessOutcome.Forbidden);
        }
        if (await queries.GetAsync(code, id, cancellationToken).ConfigureAwait(false) is not { } query)
        {
            return WebApi.Error(AccessOutcome.NotFound);
        }
        if (action == "answer")
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Refused(400, ReviewTexts.AnswerNeedsText);
            }
            var file = string.IsNullOrWhiteSpace(evidenceFile) ? null : evidenceFile.Trim();
            if (file is not null && !await IsCheckedEvidenceAsync(code, year, file, cancellationToken).ConfigureAwait(false))
            {
                return Refused(400, ReviewTexts.EvidenceMissing.Format(file));
            }
            if (!await queries.AnswerAsync(query, text.Trim(), file, caller!.Name, cancellationToken).ConfigureAwait(false))
            {
                return Refused(409, ReviewTexts.QueryNotOpen);
            }
        }
        else if (!await queries.CloseAsync(query, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), caller!.Name, cancellationToken).ConfigureAwait(false))
        {
            return Refused(409, ReviewTexts.QueryNotOpen);
        }
        return Json(QueryView.From(query), ReviewJson.Default.QueryView);
    }

    /// <summary>
    /// The verifier records the verification statement. The statement's file, when sent as the request body, is stored
    /// among the year's evidence (checked, create-only, as any evidence); a file name without a body names evidence
    /// already stored.
    /// </summary>
    public async Task<WebAnswer> RecordStatementAsync(Caller? caller, string code, int year, string? reference, string? level, string? date, string? fileName,
        Stream? file, CancellationToken cancellationToken)
    {
        if (Refusal(caller, code, year) is { } refusal)
        {
            return refusal;
        }
        if (!AccessPolicy.CanVerify(caller!, code, year))
        {
            return WebApi.Error(AccessOutcome.Forbidden);
        }
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 200 || level is null || !VerificationStatement.Levels.Contains(level)
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed))
        {
            return Refused(400, ReviewTexts.StatementNeedsFields);
        }
        var name = string.IsNullOrWhiteSpace(fileName) ? null : fileName.Trim();
        if (name is not null && !EvidenceFileCheck.IsUsableName(name))
        {
            return WebApi.Error(AccessOutcome.Invalid);
        }
        if (name is not null && await ReadBodyAsync(file, cancellationToken).ConfigureAwait(false) is { Length: > 0 } bytes)
        {
            using var content = new MemoryStream(bytes, writable: false);
            var stored = await evidence.UploadAsync(code, year, name, content, caller!.Name, cancellationToken).ConfigureAwait(false);
            if (stored.Stored is null)
            {
                return Refused(400, stored.Problems[0].Message);
            }
        }
        else if (name is not null && !await IsCheckedEvidenceAsync(code, year, name, cancellationToken).ConfigureAwait(false))
        {
            return Refused(400, ReviewTexts.EvidenceMissing.Format(name));
        }
        var statement = await statements.RecordAsync(code, year, reference.Trim(), level, signed, name, caller!.Name, cancellationToken).ConfigureAwait(false);
        return Json(statement, ReviewJson.Default.VerificationStatement);
    }

    private async Task<bool> IsCheckedEvidenceAsync(string code, int year, string fileName, CancellationToken cancellationToken) =>
        (await evidence.ListAsync(code, year, cancellationToken).ConfigureAwait(false)).Any(e => e.FileName == fileName);

    /// <summary>The statement's file, read up to the evidence limit (one byte more tells the check it is too large).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0 && copy.Length <= EvidenceFileCheck.MaxBytes)
        {
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static WebAnswer? Refusal(Caller? caller, string code, int year) =>
        caller is null ? WebApi.Error(AccessOutcome.Unauthenticated)
        : !SubsidiaryCode.IsValid(code) || !DownloadLinks.IsYear(year) ? WebApi.Error(AccessOutcome.Invalid)
        : null;

    private static bool IsSubmissionId(string id) => id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static WebAnswer Refused(int status, Bilingual text) =>
        new(status, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(
            new ErrorView(status == 409 ? "conflict" : "invalid", text.Zh, text.En), ReviewJson.Default.ErrorView));

    private static WebAnswer Json<T>(T value, JsonTypeInfo<T> type) => new(200, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value, type));
}
