using System.Globalization;
using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>What a verification statement says, as the verifier records it.</summary>
public sealed record VerificationStatement(string Subsidiary, int Year, string Reference, string Level, DateOnly Date, string? FileName, string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static IReadOnlyList<string> Levels { get; } = ["reasonable", "limited"];
}

/// <summary>
/// The verifier's sign-off: the statement (reference, level of assurance, date, file) recorded once by the verifier, so
/// that HQ's lock takes it in one step instead of retyping it.
/// </summary>
public sealed class VerificationStatements(GhgStorage storage, AuditTrail audit, TimeProvider clock)
{
    public static string RowKey(int year) => CurrentPointers.PeriodKey(year) + "-statement";

    public async Task<VerificationStatement> RecordAsync(string code, int year, string reference, string level, DateOnly date, string? fileName, string verifier,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entity = new StatementEntity
        {
            PartitionKey = code,
            RowKey = RowKey(year),
            ReportingYear = year,
            Reference = reference,
            Level = level,
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FileName = fileName,
            RecordedBy = verifier,
            RecordedAt = now,
        };
        await storage.Verification.UpsertEntityAsync(entity, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await audit.AddAsync(code, AuditAction.StatementRecorded, verifier, year, now, null,
            $"statement: {reference}; level: {level}; date: {entity.Date}" + (fileName is null ? "" : $"; file: {fileName}"), cancellationToken).ConfigureAwait(false);
        return From(entity);
    }

    public async Task<VerificationStatement?> GetAsync(string code, int year, CancellationToken cancellationToken)
    {
        var found = await storage.Verification.GetEntityIfExistsAsync<StatementEntity>(code, RowKey(year), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } statement ? From(statement) : null;
    }

    private static VerificationStatement From(StatementEntity e) =>
        new(e.PartitionKey, e.ReportingYear, e.Reference, e.Level, DateOnly.ParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), e.FileName, e.RecordedBy,
            e.RecordedAt);
}
