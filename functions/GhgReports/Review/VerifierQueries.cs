using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>
/// Verifiers' queries and officers' answers, in the record instead of e-mail. Who may do what is decided by the caller
/// (WebApi, the CLI); this class keeps the rules of the thread itself: a closed query takes no answer, an answer cites
/// only evidence stored and checked, and every step goes to the audit table.
/// </summary>
public sealed class VerifierQueries(GhgStorage storage, AuditTrail audit, TimeProvider clock)
{
    public static string YearPrefix(int year) => CurrentPointers.PeriodKey(year) + "-q-";

    public static bool IsQueryId(string id) =>
        id.Length is > 8 and <= 60 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && id.Contains("-q-", StringComparison.Ordinal);

    public async Task<QueryEntity> RaiseAsync(string code, int year, string submissionId, string sheet, int row, string question, string verifier,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = new QueryEntity
        {
            PartitionKey = code,
            RowKey = YearPrefix(year) + now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            ReportingYear = year,
            SubmissionId = submissionId,
            Sheet = sheet,
            Row = row,
            Question = question,
            RaisedBy = verifier,
            RaisedAt = now,
        };
        await storage.Verification.AddEntityAsync(query, cancellationToken).ConfigureAwait(false);
        await audit.AddAsync(code, AuditAction.QueryRaised, verifier, year, now, submissionId, $"query: {query.RowKey}; {sheet} row {row}",
            cancellationToken, question).ConfigureAwait(false);
        return query;
    }

    public async Task<QueryEntity?> GetAsync(string code, string id, CancellationToken cancellationToken)
    {
        var found = await storage.Verification.GetEntityIfExistsAsync<QueryEntity>(code, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The officer's answer; false when the query is closed. A later answer replaces the earlier one (the audit keeps both).</summary>
    public async Task<bool> AnswerAsync(QueryEntity query, string answer, string? evidenceFile, string officer, CancellationToken cancellationToken)
    {
        if (query.Status == QueryStatus.Closed)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        query.Status = QueryStatus.Answered;
        query.Answer = answer;
        query.EvidenceFile = evidenceFile;
        query.AnsweredBy = officer;
        query.AnsweredAt = now;
        if (!await TryReplaceAsync(query, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await audit.AddAsync(query.PartitionKey, AuditAction.QueryAnswered, officer, query.ReportingYear, now, query.SubmissionId,
            evidenceFile is null ? $"query: {query.RowKey}" : $"query: {query.RowKey}; evidence: {evidenceFile}", cancellationToken, answer).ConfigureAwait(false);
        return true;
    }

    /// <summary>The verifier closes the query, with an optional note; false when it was closed already.</summary>
    public async Task<bool> CloseAsync(QueryEntity query, string? note, string verifier, CancellationToken cancellationToken)
    {
        if (query.Status == QueryStatus.Closed)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        query.Status = QueryStatus.Closed;
        query.ClosedBy = verifier;
        query.ClosedAt = now;
        query.ClosingNote = note;
        if (!await TryReplaceAsync(query, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await audit.AddAsync(query.PartitionKey, AuditAction.QueryClosed, verifier, query.ReportingYear, now, query.SubmissionId,
            $"query: {query.RowKey}", cancellationToken, note).ConfigureAwait(false);
        return true;
    }

    /// <summary>A subsidiary's queries for a year, oldest first: one range of one partition.</summary>
    public Task<IReadOnlyList<QueryEntity>> ListAsync(string code, int year, CancellationToken cancellationToken) =>
        ListAsync(storage, code, year, cancellationToken);

    /// <summary>The same, for readers that write nothing (pack generation).</summary>
    public static async Task<IReadOnlyList<QueryEntity>> ListAsync(GhgStorage storage, string code, int year, CancellationToken cancellationToken)
    {
        var prefix = YearPrefix(year);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "."}");
        var list = new List<QueryEntity>();
        await foreach (var query in storage.Verification.QueryAsync<QueryEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(query);
        }
        return list;
    }

    /// <summary>Under the ETag read: an answer and a closing racing cannot both win; the loser reads again.</summary>
    private async Task<bool> TryReplaceAsync(QueryEntity query, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Verification.UpdateEntityAsync(query, query.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }
}
