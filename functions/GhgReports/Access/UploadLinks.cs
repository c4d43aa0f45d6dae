using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Sas;
using GhgReports.Intake;
using GhgReports.Storage;

namespace GhgReports.Access;

public sealed record UploadLink(string Subsidiary, string BlobName, Uri Url, DateTimeOffset ExpiresOn);

/// <summary>
/// A create-only SAS (permission Create, nothing else: no read, no overwrite, no list) for one blob in uploads/ whose
/// name the server chooses: <c>&lt;code&gt;/&lt;code&gt;-&lt;yyyyMMddHHmmss&gt;-&lt;random&gt;.xlsx</c>, only for an
/// officer of that subsidiary, valid 15 minutes. The blob trigger then ingests it like any other upload.
/// </summary>
public sealed class UploadLinks(GhgStorage storage, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string BlobName(string code, DateTimeOffset now, string random) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}/{code}-{now.UtcDateTime:yyyyMMddHHmmss}-{random}.xlsx");

    public async Task<Answer<UploadLink>> MintAsync(Caller? caller, string code, CancellationToken cancellationToken)
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
        return Answer<UploadLink>.Ok(new UploadLink(code, name, url, expires));
    }
}
