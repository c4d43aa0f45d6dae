using Azure.Storage.Blobs;
using GhgReports.Intake;

namespace GhgReports.Functions;

/// <summary>Reads a triggering blob as intake needs it: its bytes, its path in the container, when and by whom it was uploaded.</summary>
internal static class UploadedBlobs
{
    /// <summary>Set by the upload page or `ghg upload`; ASCII only (blob metadata), so URL-encoded.</summary>
    public const string UploaderMetadata = "uploader";

    public static async Task ProcessAsync(SubmissionIntake intake, BlobClient blob, CancellationToken cancellationToken)
    {
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        var uploader = properties.Value.Metadata.TryGetValue(UploaderMetadata, out var encoded) ? Uri.UnescapeDataString(encoded) : null;
        await using var stream = content.Value.Content.ToStream();
        await intake.ProcessAsync(stream, new UploadedBlob(blob.Name, properties.Value.CreatedOn, uploader), cancellationToken).ConfigureAwait(false);
    }
}
