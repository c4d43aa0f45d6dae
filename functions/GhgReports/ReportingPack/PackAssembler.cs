using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using GhgReports.Localization;
using GhgReports.Spreadsheets;

namespace GhgReports.ReportingPack;

/// <summary>
/// Builds the ISO 14064-1 reporting pack zip of one subsidiary and year, or the group's consolidated pack:
/// <c>report-zh.pdf</c> and <c>report-en.pdf</c> (when a renderer is given), <c>inventory.xlsx</c>,
/// <c>evidence/&lt;submission&gt;.xlsx</c> for every submission the lines come from, <c>evidence/&lt;code&gt;/&lt;file&gt;</c>
/// for every evidence file attached, and <c>manifest.json</c> last.
/// Entries are written in that order with the snapshot date as their time, so the same inputs give the same bytes.
/// </summary>
public static partial class PackAssembler
{
    public const string InventoryEntry = "inventory.xlsx";
    public const string ManifestEntry = "manifest.json";
    public const string EvidenceFolder = "evidence/";

    /// <summary>Path of a pack in the reports container: <c>iso14064/&lt;year&gt;/&lt;code&gt;-&lt;year&gt;-iso14064-pack.zip</c>.</summary>
    public static string BlobName(string code, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"iso14064/{year}/{code}-{year}-iso14064-pack.zip");

    public static string ReportEntry(Language language) => language == Language.Zh ? "report-zh.pdf" : "report-en.pdf";

    public static string EvidenceEntry(string submissionId) => $"{EvidenceFolder}{submissionId}.xlsx";

    /// <summary>An attached evidence file under its own name, in its subsidiary's folder (names may repeat across subsidiaries).</summary>
    public static string AttachmentEntry(string code, string fileName) => $"{EvidenceFolder}{code}/{fileName}";

    /// <summary>One subsidiary's pack. Returns the model the report was (or will be) rendered from.</summary>
    public static PackModel Build(PackInputs inputs, Stream output, IPackReportRenderer? renderer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var model = EvidenceCitations.Warn(PackModelBuilder.ForSubsidiary(inputs), inputs.Attachments) with
        {
            DocumentVersion = inputs.DocumentVersion,
            ChangeNote = inputs.ChangeNote,
            Queries = inputs.Queries,
        };
        Write(model, inputs.Evidence, inputs.Attachments, output, renderer, cancellationToken);
        return model;
    }

    /// <summary>The group's consolidated pack, with every member's lines and evidence.</summary>
    public static PackModel BuildGroup(GroupPackInputs inputs, Stream output, IPackReportRenderer? renderer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var model = EvidenceCitations.Warn(PackModelBuilder.ForGroup(inputs), inputs.Attachments) with
        {
            DocumentVersion = inputs.DocumentVersion,
            ChangeNote = inputs.ChangeNote,
        };
        Write(model, inputs.Evidence, inputs.Attachments, output, renderer, cancellationToken);
        return model;
    }

    public static PackManifest ReadManifest(Stream json) =>
        JsonSerializer.Deserialize(json, PackManifestJsonContext.Readable.PackManifest)
        ?? throw new InvalidDataException("manifest.json is empty.");

    /// <summary>Writes the zip of <paramref name="model"/> to <paramref name="output"/>.</summary>
    public static void Write(PackModel model, IReadOnlyList<EvidenceFile> evidence, IReadOnlyList<AttachedEvidence> attachments, Stream output,
        IPackReportRenderer? renderer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(output);
        var evidenceFiles = CheckEvidence(model, evidence);
        var attached = EvidenceCitations.CheckAttachments(model, attachments);
        var timestamp = model.Snapshot.Date;
        var files = new List<ManifestFile>();

        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, byte[] content)
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(new ManifestFile(path, Convert.ToHexStringLower(SHA256.HashData(content)), content.LongLength));
                ReproducibleZip.Add(archive, path, content, timestamp);
            }

            if (renderer is not null)
            {
                foreach (var language in new[] { Language.Zh, Language.En })
                {
                    using var pdf = new MemoryStream();
                    renderer.Render(model, language, pdf, cancellationToken);
                    Add(ReportEntry(language), pdf.ToArray());
                }
            }
            using (var workbook = new MemoryStream())
            {
                InventoryWorkbookWriter.Write(model, workbook);
                Add(InventoryEntry, workbook.ToArray());
            }
            void AddStreamed(string path, Func<Stream> open, string expectedSha256)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (sha256, length) = ReproducibleZip.Copy(archive, path, open, timestamp, cancellationToken);
                if (!string.Equals(sha256, expectedSha256, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"{path} does not hash to {expectedSha256} as recorded: it is not the file as stored.");
                }
                files.Add(new ManifestFile(path, sha256, length));
            }

            // Streamed files are read one at a time while their entry is written: a group pack holds none of them whole.
            foreach (var file in evidenceFiles)
            {
                if (file.Open is { } open)
                {
                    AddStreamed(EvidenceEntry(file.SubmissionId), open, file.SubmissionId);
                }
                else
                {
                    Add(EvidenceEntry(file.SubmissionId), file.Content);
                }
            }
            foreach (var file in attached)
            {
                if (file.Open is { } open)
                {
                    AddStreamed(AttachmentEntry(file.SubsidiaryCode, file.FileName), open, file.Sha256);
                }
                else
                {
                    Add(AttachmentEntry(file.SubsidiaryCode, file.FileName), file.Content);
                }
            }
            var manifest = Manifest(model, files);
            Add(ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(manifest, PackManifestJsonContext.Readable.PackManifest));
        }
    }

    private static PackManifest Manifest(PackModel model, IReadOnlyList<ManifestFile> files) => new()
    {
        Kind = model.Kind == PackKind.Group ? "group" : "subsidiary",
        Code = model.Code,
        ReportingYear = model.ReportingYear,
        PeriodStart = model.Period.Start,
        PeriodEnd = model.Period.End,
        Snapshot = new ManifestSnapshot(model.Snapshot.Date,
            model.Snapshot.Pointers
                .OrderBy(p => p.SubsidiaryCode, StringComparer.Ordinal).ThenBy(p => p.ReportingYear)
                .Select(p => new ManifestPointer(p.SubsidiaryCode, p.ReportingYear, p.SubmissionId, p.ETag))
                .ToList()),
        FactorVersion = model.FactorCatalogVersion,
        FactorSets = model.Factors
            .Select(f => new ManifestVersion(f.Factor.SetId, f.Factor.SetVersion))
            .Distinct()
            .OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Version, StringComparer.Ordinal)
            .ToList(),
        GwpSet = new ManifestVersion(model.Gwp.Id, model.Gwp.Version),
        GeneratorVersion = model.GeneratorVersion,
        Files = [.. files],
    };

    /// <summary>
    /// The evidence must be exactly the submissions the lines cite, each once, named safely, and (intake names a
    /// submission by the SHA-256 of its bytes) each file must hash to its own id: otherwise the pack would point a
    /// verifier at a file the figures were not read from.
    /// </summary>
    private static List<EvidenceFile> CheckEvidence(PackModel model, IReadOnlyList<EvidenceFile> evidence)
    {
        var cited = model.Inventory.Lines.Select(l => l.Line.SubmissionId).ToHashSet(StringComparer.Ordinal);
        if (cited.Contains(""))
        {
            throw new ArgumentException("Some lines have no submission id: a pack needs every line traced to a stored submission.", nameof(model));
        }
        var byId = new Dictionary<string, EvidenceFile>(StringComparer.Ordinal);
        foreach (var file in evidence)
        {
            if (!SafeId().IsMatch(file.SubmissionId))
            {
                throw new ArgumentException($"Evidence id '{file.SubmissionId}' is not a safe file name.", nameof(evidence));
            }
            if (!byId.TryAdd(file.SubmissionId, file))
            {
                throw new ArgumentException($"Evidence for submission {file.SubmissionId} is given twice.", nameof(evidence));
            }
            // A streamed file is hashed while it is written into the pack (ReproducibleZip.Copy), and refused there.
            if (file.Open is null && Sha256Id().IsMatch(file.SubmissionId)
                && !string.Equals(Convert.ToHexStringLower(SHA256.HashData(file.Content)), file.SubmissionId, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Evidence for submission {file.SubmissionId} does not hash to its id: it is not the file as uploaded.", nameof(evidence));
            }
            if (!cited.Contains(file.SubmissionId))
            {
                throw new ArgumentException($"Evidence for submission {file.SubmissionId} is given but no line comes from it.", nameof(evidence));
            }
        }
        var missing = cited.Where(id => !byId.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No evidence for submission(s) {string.Join(", ", missing)}.", nameof(evidence));
        }
        return [.. byId.Values.OrderBy(f => f.SubmissionId, StringComparer.Ordinal)];
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex SafeId();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Id();
}
