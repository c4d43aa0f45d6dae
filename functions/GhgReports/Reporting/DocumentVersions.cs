using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Reporting;

/// <summary>
/// What a document's content depends on (docs/storage.md, "Document versions"): the submissions in force, the group
/// workbook, the factor and GWP versions each inventory was calculated with, and the generator's version, as named
/// parts. Its hash is the document's data fingerprint.
/// </summary>
public sealed record DataFingerprint(IReadOnlyDictionary<string, string> Parts)
{
    public const string RegisterPart = "register";
    public const string GeneratorPart = "generator";

    public string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Concat(Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}\n")))));

    public static string SubmissionPart(string code, int year) => $"data/{code}/{year}";

    public static string MethodPart(string code, int year) => $"method/{code}/{year}";

    public static string EvidencePart(string code, int year, string fileName) => $"evidence/{code}/{year}/{fileName}";

    /// <summary>The parts of one subsidiary's submission in force for one year.</summary>
    public static IEnumerable<KeyValuePair<string, string>> PartsOf(string code, CurrentSubmission submission)
    {
        var year = submission.Workbook.Entity.ReportingYear;
        yield return KeyValuePair.Create(SubmissionPart(code, year), submission.SubmissionId);
        yield return KeyValuePair.Create(MethodPart(code, year), $"{submission.Inventory.GwpSetId} · {submission.Inventory.FactorCatalogVersion}");
    }

    /// <summary>Keyed by period, not year: a recalculation record names the period it covers.</summary>
    public static string RecalculationPart(string code, Inventory.Calculation.ReportingPeriod period) => $"recalculation/{code}/{period}";

    public const string StructurePart = "structure";

    /// <summary>
    /// The verifier's queries and answers a pack's appendix prints: any change (a query raised, answered, closed) is a
    /// new version. No part at all while there are none, so packs without queries keep their fingerprint.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryParts(string code, int year, IReadOnlyList<ReportingPack.PackQuery> queries) =>
        queries.Count == 0
            ? []
            : [KeyValuePair.Create($"queries/{code}/{year}", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                string.Join("\n", queries.Select(q => string.Join("\u001f", q.Sheet, q.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Question,
                    q.RaisedBy, q.RaisedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), q.Status, q.Answer, q.AnsweredBy,
                    q.AnsweredAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), q.EvidenceFile, q.ClosedBy,
                    q.ClosedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), q.ClosingNote)))))))];

    /// <summary>
    /// The recalculation records a document discloses (ISO 14064-1 §6.4): a new record, even one that leaves every
    /// submission in force as it was (a GWP change), is a new version.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> RecalculationParts(IEnumerable<Inventory.Calculation.Recalculation> records) =>
        records.GroupBy(r => (r.SubsidiaryCode, r.Period))
            .Select(g => KeyValuePair.Create(RecalculationPart(g.Key.SubsidiaryCode, g.Key.Period),
                string.Join(";", g.OrderBy(r => r.When).Select(r => r.When.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)))));

    /// <summary>The group base under the register then and now: a member joining or leaving changes what the group discloses.</summary>
    public static IEnumerable<KeyValuePair<string, string>> StructureParts(Inventory.Consolidation.StructuralRecalculation? structural) =>
        structural is null
            ? []
            : [KeyValuePair.Create(StructurePart, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{structural.BaseYear}:{string.Join(",", structural.RegisterThen)}:{structural.AsFirstReported.Scope12LocationBasedTco2e}→{structural.AsRecalculated.Scope12LocationBasedTco2e}:{string.Join(",", structural.JoinedWithoutBase)}"))];

    /// <summary>These parts and <paramref name="more"/>.</summary>
    public DataFingerprint With(IEnumerable<KeyValuePair<string, string>> more)
    {
        var parts = new Dictionary<string, string>(Parts, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            parts[key] = value;
        }
        return new DataFingerprint(parts);
    }

    /// <summary>The parts of everything in force for <paramref name="data"/>'s year and, with <paramref name="earlier"/>, the years before it.</summary>
    public static DataFingerprint Of(YearData data, string generator, bool earlier)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RegisterPart] = data.GroupSubmissionId,
            [GeneratorPart] = generator,
        };
        foreach (var subsidiary in data.Subsidiaries)
        {
            foreach (var submission in (earlier ? subsidiary.Earlier : []).Append(subsidiary.Current).OfType<CurrentSubmission>())
            {
                foreach (var (key, value) in PartsOf(subsidiary.Registered.Code, submission))
                {
                    parts[key] = value;
                }
            }
        }
        return new DataFingerprint(parts);
    }
}

/// <summary>One published version of a document: its number, fingerprint and parts, and what changed from the one before.</summary>
public sealed record DocumentVersionRecord(int Number, string Fingerprint, IReadOnlyDictionary<string, string> Parts, DateTimeOffset At,
    IReadOnlyList<Bilingual> Changes);

/// <summary>The versions of one document (e.g. the 2024 plan, both editions), oldest first.</summary>
public sealed record DocumentVersionHistory(IReadOnlyList<DocumentVersionRecord> Versions);

/// <summary>
/// Versions of the documents in reports/. The same fingerprint is the same version (and, the generators being
/// deterministic, the same bytes under the same name); a new fingerprint for a year already published is version N+1,
/// written beside the earlier ones (<c>…-v2.pdf</c>) with a note of what changed. The history is one JSON blob per
/// document, replaced only under its ETag, so two generators racing agree on the numbers.
/// </summary>
public sealed class DocumentVersions(GhgStorage storage, TimeProvider clock)
{
    private const int MaxAttempts = 10;

    /// <summary>The history blob of a document whose version 1 is <paramref name="firstBlobName"/>.</summary>
    public static string HistoryBlobName(string firstBlobName) => Path.ChangeExtension(firstBlobName, null) + ".versions.json";

    /// <summary>Version 1 keeps the document's plain name (links and listings made before versions existed still work); later ones end "-vN".</summary>
    public static string VersionedName(string firstBlobName, int version) =>
        version <= 1 ? firstBlobName : Path.ChangeExtension(firstBlobName, null) + $"-v{version}" + Path.GetExtension(firstBlobName);

    /// <summary>The version for this fingerprint: the existing one, or the next, recorded.</summary>
    public async Task<DocumentVersionRecord> ResolveAsync(string firstBlobName, DataFingerprint fingerprint, CancellationToken cancellationToken)
    {
        var blob = storage.Reports.GetBlobClient(HistoryBlobName(firstBlobName));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (history, etag) = await ReadAsync(firstBlobName, cancellationToken).ConfigureAwait(false);
            if (history.Versions.FirstOrDefault(v => v.Fingerprint == fingerprint.Hash) is { } same)
            {
                return same;
            }
            var previous = history.Versions.Count > 0 ? history.Versions[^1] : null;
            var next = new DocumentVersionRecord(
                (previous?.Number ?? 0) + 1, fingerprint.Hash, fingerprint.Parts, clock.GetUtcNow(),
                previous is null ? [] : Changes(previous.Parts, fingerprint.Parts));
            var json = JsonSerializer.SerializeToUtf8Bytes(new DocumentVersionHistory([.. history.Versions, next]), ReportingJson.Default.DocumentVersionHistory);
            try
            {
                await blob.UploadAsync(new BinaryData(json), new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                    Conditions = etag is { } e ? new BlobRequestConditions { IfMatch = e } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another generator recorded a version meanwhile: read again and decide again.
            }
        }
        throw new InvalidOperationException($"Could not record a version of {firstBlobName} after {MaxAttempts} attempts.");
    }

    public async Task<DocumentVersionHistory> HistoryAsync(string firstBlobName, CancellationToken cancellationToken) =>
        (await ReadAsync(firstBlobName, cancellationToken).ConfigureAwait(false)).History;

    private async Task<(DocumentVersionHistory History, ETag? ETag)> ReadAsync(string firstBlobName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Reports.GetBlobClient(HistoryBlobName(firstBlobName)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var history = JsonSerializer.Deserialize(content.Value.Content.ToMemory().Span, ReportingJson.Default.DocumentVersionHistory)
                          ?? new DocumentVersionHistory([]);
            return (history, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (new DocumentVersionHistory([]), null);
        }
    }

    /// <summary>What changed between two sets of parts, one line each, in a stable order.</summary>
    public static IReadOnlyList<Bilingual> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changes = new List<Bilingual>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (was == now)
            {
                continue;
            }
            var segments = key.Split('/');
            var change = (segments[0], was, now) switch
            {
                (DataFingerprint.RegisterPart, _, _) => VersionTexts.RegisterReplaced.Format(Short(was), Short(now)),
                (DataFingerprint.GeneratorPart, _, _) => VersionTexts.GeneratorChanged.Format(was ?? "-", now ?? "-"),
                ("data", null, _) => VersionTexts.DataAdded.Format(segments[1], segments[2], Short(now)),
                ("data", _, null) => VersionTexts.DataWithdrawn.Format(segments[1], segments[2], Short(was)),
                ("data", _, _) => VersionTexts.DataReplaced.Format(segments[1], segments[2], Short(was), Short(now)),
                // A method part comes and goes with its data part, whose line already says so.
                ("method", null, _) or ("method", _, null) => null,
                ("method", _, _) => VersionTexts.MethodChanged.Format(segments[1], segments[2], was!, now!),
                ("evidence", null, _) => VersionTexts.EvidenceAdded.Format(segments[1], segments[2], string.Join('/', segments[3..])),
                ("evidence", _, null) => VersionTexts.EvidenceRemoved.Format(segments[1], segments[2], string.Join('/', segments[3..])),
                ("evidence", _, _) => VersionTexts.EvidenceReplaced.Format(segments[1], segments[2], string.Join('/', segments[3..])),
                // A correction changes the data, a recalculation the method: their own lines say it better, when the document has them.
                ("recalculation", _, _) when DataOrMethodChanged(before, after, segments[1]) => null,
                ("recalculation", _, _) => VersionTexts.RecalculationRecorded.Format(segments[1], segments[2]),
                (DataFingerprint.StructurePart, _, _) => VersionTexts.StructureChanged,
                ("queries", _, _) => PackQueryTexts.ChangeNote.Format(segments[1], segments[2]),
                _ => VersionTexts.OtherChanged.Format(key),
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }
        return changes;
    }

    private static bool DataOrMethodChanged(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, string code) =>
        before.Keys.Union(after.Keys)
            .Where(k => k.StartsWith($"data/{code}/", StringComparison.Ordinal) || k.StartsWith($"method/{code}/", StringComparison.Ordinal))
            .Any(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k));

    /// <summary>The cover's note for a version after the first: which version it replaces and what changed.</summary>
    public static Bilingual? ChangeNote(DocumentVersionRecord version) =>
        version.Number <= 1
            ? null
            : VersionTexts.ChangeNote.Format(version.Number, version.Number - 1,
                new Bilingual(string.Join(VersionTexts.ChangeSeparator.Zh, version.Changes.Select(c => c.Zh)),
                    string.Join(VersionTexts.ChangeSeparator.En, version.Changes.Select(c => c.En))));

    private static string Short(string? id) => id is null ? "-" : id.Length > 12 ? id[..12] : id;
}
