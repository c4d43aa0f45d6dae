using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Evidence;

/// <summary>An evidence file as stored: its blob name (&lt;code&gt;/&lt;year&gt;/&lt;file&gt;), SHA-256 and size.</summary>
public sealed record StoredEvidence(string SubsidiaryCode, int Year, string FileName, string Sha256, long Bytes)
{
    public string BlobName => EvidenceStore.BlobName(SubsidiaryCode, Year, FileName);
}

/// <summary>The result of storing an evidence file: what was stored, or the problems that refused it.</summary>
public sealed record EvidenceUpload(StoredEvidence? Stored, IReadOnlyList<Problem> Problems);

/// <summary>
/// Officers' evidence files (PDF, images, xlsx) beside their submissions, in the evidence container under
/// &lt;code&gt;/&lt;year&gt;/&lt;file name&gt;. Never in uploads: its blob trigger would take them for workbooks and reject
/// them. A file is checked like a workbook (<see cref="EvidenceFileCheck"/>: type by content, size, no macros or
/// active content) and written create-only, so a stored statement cannot be swapped for another under the same name.
/// </summary>
public sealed class EvidenceStore(GhgStorage storage)
{
    public const string Sha256Metadata = "sha256";
    public const string UploaderMetadata = "uploader";

    public static string BlobName(string code, int year, string fileName) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}/{year}/{fileName}");

    public async Task<EvidenceUpload> UploadAsync(string code, int year, string fileName, Stream content, string uploader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!SubsidiaryCode.IsValid(code))
        {
            throw new ArgumentException($"'{code}' is not a subsidiary code.", nameof(code));
        }
        var check = EvidenceFileCheck.Check(fileName, content);
        if (!check.Accepted)
        {
            return new EvidenceUpload(null, check.Problems);
        }
        content.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        content.Position = 0;
        var blob = storage.Evidence.GetBlobClient(BlobName(code, year, fileName));
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentType(check.Kind!.Value) },
                Metadata = new Dictionary<string, string> { [Sha256Metadata] = sha256, [UploaderMetadata] = Uri.EscapeDataString(uploader) },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return new EvidenceUpload(null, [EvidenceTexts.AlreadyStored.Create($"{storage.Names.Evidence}/{code}/{year}/", fileName)]);
        }
        return new EvidenceUpload(new StoredEvidence(code, year, fileName, sha256, content.Length), []);
    }

    /// <summary>The evidence files stored for a subsidiary's year, by name (ordinal).</summary>
    public async Task<IReadOnlyList<StoredEvidence>> ListAsync(string code, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{code}/{year}/");
        var found = new List<StoredEvidence>();
        await foreach (var item in storage.Evidence.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
        {
            var name = item.Name[prefix.Length..];
            if (name.Contains('/', StringComparison.Ordinal) || !item.Metadata.TryGetValue(Sha256Metadata, out var sha256))
            {
                continue;
            }
            found.Add(new StoredEvidence(code, year, name, sha256, item.Properties.ContentLength ?? 0));
        }
        return [.. found.OrderBy(e => e.FileName, StringComparer.Ordinal)];
    }

    public async Task<byte[]> DownloadAsync(StoredEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var content = await storage.Evidence.GetBlobClient(evidence.BlobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToArray();
    }

    private static string ContentType(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Jpeg => "image/jpeg",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
}
