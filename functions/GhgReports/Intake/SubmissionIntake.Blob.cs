using Azure;
using GhgReports.Intake.Reporting;
using GhgReports.Localization;
using GhgReports.Intake.Reading;
using GhgReports.Storage;
using GhgReports.Submissions;
using Azure.Storage.Blobs;

namespace GhgReports.Intake;

/// <summary>An upload as it arrives from a trigger: its properties, who uploaded it and when, read before its bytes.</summary>
public sealed partial class SubmissionIntake
{
    /// <summary>Set by the upload page or `ghg upload`; blob metadata is ASCII only, so the value is URL-encoded.</summary>
    public const string UploaderMetadata = "uploader";

    /// <summary>
    /// Set by the upload page or `ghg upload --reason`: why the file replaces data in force (URL-encoded, at most
    /// <see cref="Workbook.TextLimits.LongText"/> characters kept). Required for a base-year correction once later years are reported.
    /// </summary>
    public const string ReasonMetadata = "reason";

    /// <summary>Set by `ghg upload`: when it uploaded the file (ISO 8601, UTC, milliseconds), which decides "newer".</summary>
    public const string UploadedAtMetadata = "uploadedat";

    /// <summary>
    /// What every trigger adapter (Functions app, local runner) calls: reads the blob's bytes, its path in the uploads
    /// container, when and by whom it was uploaded, then processes it.
    /// </summary>
    public async Task<IntakeResult> ProcessBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var link = await UploadLinkOfAsync(blob.Name, cancellationToken).ConfigureAwait(false);
        var uploader = link?.Actor
                       ?? (properties.Value.Metadata.TryGetValue(UploaderMetadata, out var encoded) ? Uri.UnescapeDataString(encoded) : null);
        var reason = properties.Value.Metadata.TryGetValue(ReasonMetadata, out var why) && Uri.UnescapeDataString(why).Trim() is { Length: > 0 } given
            ? given[..Math.Min(given.Length, Workbook.TextLimits.LongText)]
            : null;
        var uploaded = new UploadedBlob(blob.Name, UploadTime(link, properties.Value.Metadata, properties.Value.CreatedOn), uploader, link?.FileName, reason);
        if (properties.Value.ContentLength > ReadLimits.Default.MaxFileBytes)
        {
            return await RefuseOversizedAsync(uploaded, properties.Value.ContentLength, properties.Value.ETag, cancellationToken).ConfigureAwait(false);
        }
        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        await using var stream = content.Value.Content.ToStream();
        return await ProcessAsync(stream, uploaded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// When the upload happened, for "newer upload wins": the time the page issued its link (server clock, recorded in
    /// the audit table) or the time <c>ghg upload</c> recorded in the blob's metadata; otherwise the blob's creation time.
    /// To the millisecond; equal times fall to the name (<see cref="CurrentPointers.IsNewer"/>).
    /// </summary>
    private static DateTimeOffset UploadTime(AuditEntity? link, IDictionary<string, string> metadata, DateTimeOffset createdOn) =>
        CurrentPointers.ToMillisecond(link?.At
            ?? (metadata.TryGetValue(UploadedAtMetadata, out var recorded)
                && DateTimeOffset.TryParse(recorded, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
                    ? at
                    : createdOn));

    /// <summary>
    /// Too large to be a workbook we accept: refused from the blob's properties, so its bytes are never read into memory.
    /// Without the bytes there is no SHA-256; the record is keyed by the blob's ETag, the same for every re-delivery.
    /// </summary>
    private async Task<IntakeResult> RefuseOversizedAsync(UploadedBlob blob, long length, ETag etag, CancellationToken cancellationToken)
    {
        var (folder, _) = SplitPath(blob.BlobName);
        var partition = PartitionOf(folder);
        var id = "too-large-" + new string([.. etag.ToString().Where(char.IsAsciiLetterOrDigit)]);
        var problem = Problems.TooLarge.Create(length, ReadLimits.Default.MaxFileBytes);
        return await RejectAsync(partition, id, blob, new CheckReport(blob.BlobName, false, null, null, null, null, null, 1, 0,
            [CheckReportProblem.From(problem)]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The submissions partition of an upload folder: its code, <c>_group</c>, or <c>_invalid</c>.</summary>
    internal static string PartitionOf(string? folder) =>
        folder is not null && (folder == GroupWorkbook.Code || SubsidiaryCode.IsValid(folder)) ? folder : "_invalid";

    /// <summary>
    /// The upload link the page minted for this blob, if it was one: it names the signed-in officer and their file's own
    /// name, which take precedence over anything the blob's metadata claims.
    /// </summary>
    private async Task<AuditEntity?> UploadLinkOfAsync(string blobName, CancellationToken cancellationToken)
    {
        var (folder, fileName) = SplitPath(blobName);
        if (folder is null || fileName is null || !SubsidiaryCode.IsValid(folder))
        {
            return null;
        }
        var link = await storage.Audit.GetEntityIfExistsAsync<AuditEntity>(folder, AuditEntity.UploadLinkRowKey(fileName), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return link.HasValue && link.Value!.Action == AuditAction.UploadLink ? link.Value : null;
    }
}
