using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Submissions;

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

    /// <summary>Whether anything, checked or not, is stored under the name: a link for it could never create it.</summary>
    public async Task<bool> ExistsAsync(string code, int year, string fileName, CancellationToken cancellationToken) =>
        (await storage.Evidence.GetBlobClient(BlobName(code, year, fileName)).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>
    /// Checks a file that was put under the name without passing through <see cref="UploadAsync"/> (the page's upload
    /// link sends it straight to storage) with the same <see cref="EvidenceFileCheck"/>. Refused, it is deleted; accepted,
    /// it gets its hash and uploader, and from then on it is listed like any other. A file checked before is returned as
    /// it was. Null when nothing is stored under the name.
    /// </summary>
    public async Task<EvidenceUpload?> VerifyAsync(string code, int year, string fileName, string uploader, CancellationToken cancellationToken)
    {
        var blob = storage.Evidence.GetBlobClient(BlobName(code, year, fileName));
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        if (properties.Metadata.TryGetValue(Sha256Metadata, out var known))
        {
            return new EvidenceUpload(new StoredEvidence(code, year, fileName, known, properties.ContentLength), []);
        }
        // Exactly the bytes looked at are kept or deleted: a change in between fails the condition and throws.
        var unchanged = new BlobRequestConditions { IfMatch = properties.ETag };
        IReadOnlyList<Problem> problems;
        using var content = new MemoryStream();
        if (properties.ContentLength > EvidenceFileCheck.MaxBytes)
        {
            problems = [EvidenceTexts.TooLarge.Create(properties.ContentLength, EvidenceFileCheck.MaxBytes)];
        }
        else
        {
            await blob.DownloadToAsync(content, new BlobDownloadToOptions { Conditions = unchanged }, cancellationToken).ConfigureAwait(false);
            var check = EvidenceFileCheck.Check(fileName, content);
            problems = check.Accepted ? [] : check.Problems;
            if (check.Accepted)
            {
                var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
                var headers = await blob.SetHttpHeadersAsync(new BlobHttpHeaders { ContentType = ContentType(check.Kind!.Value) }, unchanged, cancellationToken)
                    .ConfigureAwait(false);
                await blob.SetMetadataAsync(new Dictionary<string, string> { [Sha256Metadata] = sha256, [UploaderMetadata] = Uri.EscapeDataString(uploader) },
                    new BlobRequestConditions { IfMatch = headers.Value.ETag }, cancellationToken).ConfigureAwait(false);
                return new EvidenceUpload(new StoredEvidence(code, year, fileName, sha256, content.Length), []);
            }
        }
        await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, unchanged, cancellationToken).ConfigureAwait(false);
        return new EvidenceUpload(null, problems);
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
