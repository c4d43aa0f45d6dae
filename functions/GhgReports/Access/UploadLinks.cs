using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Sas;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Access;

public sealed record UploadLink(string Subsidiary, string BlobName, Uri Url, DateTimeOffset ExpiresOn);

/// <summary>
/// A create-only SAS (permission Create, nothing else: no read, no overwrite, no list) for one blob in uploads/ whose
/// name the server chooses: <c>&lt;code&gt;/&lt;code&gt;-&lt;yyyyMMddHHmmss&gt;-&lt;random&gt;.xlsx</c>, only for an
/// officer of that subsidiary, valid 15 minutes. The blob trigger then ingests it like any other upload. Each link is
/// recorded in the audit table with the signed-in officer and the name of the file they chose, which intake then
/// takes as the submission's uploader and file name: neither is a claim the upload itself makes.
/// </summary>
public sealed class UploadLinks(GhgStorage storage, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string BlobName(string code, DateTimeOffset now, string random) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}/{code}-{now.UtcDateTime:yyyyMMddHHmmss}-{random}.xlsx");

    /// <summary>Longest original file name kept; longer ones are cut (the blob name, not this, identifies the file).</summary>
    public const int MaxFileNameLength = 200;

    public async Task<Answer<UploadLink>> MintAsync(Caller? caller, string code, string? fileName, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Answer<UploadLink>.Fail(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code))
        {
            return Answer<UploadLink>.Fail(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanUpload(caller, code))
        {
            return Answer<UploadLink>.Fail(AccessOutcome.Forbidden);
        }
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var name = BlobName(code, now, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        var blob = storage.Uploads.GetBlobClient(name);
        var url = await SasLinks.ForBlobAsync(storage, blob, BlobSasPermissions.Create, now, expires, cancellationToken).ConfigureAwait(false);
        await storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = code,
            RowKey = AuditEntity.UploadLinkRowKey(name[(name.IndexOf('/') + 1)..]),
            Action = AuditAction.UploadLink,
            Actor = caller.Name,
            At = now,
            FileName = CleanFileName(fileName),
            Details = $"blob: {name}; expires: {expires:O}",
        }, cancellationToken).ConfigureAwait(false);
        return Answer<UploadLink>.Ok(new UploadLink(code, name, url, expires));
    }

    /// <summary>The last path segment, without control characters, cut to <see cref="MaxFileNameLength"/>; null when nothing is left.</summary>
    public static string? CleanFileName(string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }
        var leaf = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new string([.. leaf.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? null : clean.Length > MaxFileNameLength ? clean[..MaxFileNameLength] : clean;
    }
}
