using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake.Reporting;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Intake;

/// <summary>What intake answers: result files and submission records.</summary>
public sealed partial class SubmissionIntake
{
    private async Task<string> WriteResultAsync(string partition, UploadedBlob blob, IntakeResult result, CancellationToken cancellationToken)
    {
        var name = blob.BlobName.Contains('/') ? blob.BlobName[(blob.BlobName.IndexOf('/') + 1)..] : blob.BlobName;
        var path = $"{partition}/{name}.result.json";
        await WriteResultBlobsAsync(path, result, cancellationToken).ConfigureAwait(false);
        return path;
    }

    private async Task WriteResultBlobsAsync(string jsonPath, IntakeResult result, CancellationToken cancellationToken)
    {
        var json = IntakeResultJson.Write(result);
        await storage.Results.GetBlobClient(jsonPath).UploadAsync(new BinaryData(json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } }, cancellationToken).ConfigureAwait(false);
        var htmlPath = jsonPath[..^".result.json".Length] + ".report.html";
        await storage.Results.GetBlobClient(htmlPath).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(IntakeResultPage.Render(result))),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8" } }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IntakeResult> ReadResultAsync(string path, CancellationToken cancellationToken)
    {
        var content = await storage.Results.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return IntakeResultJson.Read(content.Value.Content.ToMemory().Span);
    }

    private IntakeResult NewResult(string partition, string submissionId, UploadedBlob blob, SubmissionStatus status, CheckReport report) => new()
    {
        SubmissionId = submissionId,
        Subsidiary = partition,
        BlobName = blob.BlobName,
        FileName = blob.FileName,
        Uploader = blob.Uploader,
        UploadedAt = blob.CreatedOn,
        ProcessedAt = clock.GetUtcNow(),
        Status = status,
        Check = report with { Accepted = status != SubmissionStatus.Rejected },
    };

    private SubmissionEntity NewSubmission(string partition, string submissionId, UploadedBlob blob, SubmissionStatus status, CheckReport report) => new()
    {
        PartitionKey = partition,
        RowKey = submissionId,
        Status = status,
        BlobName = blob.BlobName,
        FileName = blob.FileName ?? (blob.BlobName.Contains('/') ? blob.BlobName[(blob.BlobName.LastIndexOf('/') + 1)..] : blob.BlobName),
        Uploader = blob.Uploader,
        UploadedAt = blob.CreatedOn,
        ProcessedAt = clock.GetUtcNow(),
        ErrorCount = report.ErrorCount,
        WarningCount = report.WarningCount,
        FactorVersion = factors.Version,
    };

    private static CheckReport WithError(CheckReport report, Problem error) =>
        report with { Accepted = false, ErrorCount = report.ErrorCount + 1, Problems = [CheckReportProblem.From(error), .. report.Problems] };

    private static CheckReport WithWarning(CheckReport report, Problem warning) =>
        report with { WarningCount = report.WarningCount + 1, Problems = [.. report.Problems, CheckReportProblem.From(warning)] };
}
