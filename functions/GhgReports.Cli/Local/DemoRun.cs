using Azure.Storage.Blobs.Models;
using GhgReports.Cli.Runner;
using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Reporting.Runs;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhgReports.Cli.Local;

/// <summary>What the demo produced, for the summary table and for tests.</summary>
internal sealed record DemoOutcome(IReadOnlyList<IntakeResult> Results, IReadOnlyList<string> Files);

/// <summary>
/// The README's main job: the group workbook and the four samples go into uploads/ exactly as officers would drop
/// them, the runner's blob trigger ingests them through the same service as the Functions app, and everything
/// produced is downloaded into the output folder.
/// </summary>
/// <param name="lastYear">The demo runs from 2023 (the seed) to this year; later years are the synthetic samples.</param>
internal sealed class DemoRun(string connectionString, StorageNames names, string outputFolder, Action<string> progress, int lastYear = DemoRun.DemoYear)
{
    public const int DemoYear = 2023;

    private static async Task WaitForBlobAsync(Azure.Storage.Blobs.BlobClient blob, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(IntakeTimeout);
        while (!await blob.ExistsAsync(timeout.Token).ConfigureAwait(false))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token).ConfigureAwait(false);
        }
    }

    public static readonly TimeSpan IntakeTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan RenudgeAfter = TimeSpan.FromSeconds(20);

    public async Task<DemoOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var configuration = LocalSettings.For(connectionString, names);
        await using var host = LocalHost.Build(configuration, new LocalHostOptions { HostId = "ghgreports-demo-" + names.TablePrefix.ToLowerInvariant() });
        var storage = host.Services.GetRequiredService<GhgStorage>();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var factorIds = ReferenceCatalogs.FactorIds;
            var results = new List<IntakeResult>();
            progress("上传集团工作簿 Uploading the group workbook (uploads/_group/) …");
            results.Add(await UploadAndWaitAsync(storage, $"{GroupWorkbook.Code}/group-2023.xlsx",
                s => GroupWorkbookWriter.Write(s, factorIds, SeedGroup.Workbook), cancellationToken).ConfigureAwait(false));
            for (var year = DemoYear; year <= lastYear; year++)
            {
                foreach (var sample in LaterYearSamples.For(year))
                {
                    var code = sample.Entity.SubsidiaryCode;
                    progress($"上传 Uploading uploads/{code}/{code}-{year}.xlsx …");
                    results.Add(await UploadAndWaitAsync(storage, $"{code}/{code}-{year}.xlsx",
                        s => SubsidiaryWorkbookWriter.Write(s, ReferenceCatalogs.Factors, sample), cancellationToken).ConfigureAwait(false));
                }
                progress($"生成减排计划 Generating the {year} reduction plan (中文, English) …");
                await host.Services.GetRequiredService<PlanGenerator>().GenerateAsync(year, cancellationToken).ConfigureAwait(false);
            }
            progress($"生成 ISO 14064-1 报告包 Queueing one {lastYear} ISO 14064-1 pack per subsidiary; the runner's queue trigger builds them …");
            await host.Services.GetRequiredService<GenerationRuns>().StartPacksAsync(lastYear, null, "ghg demo", cancellationToken).ConfigureAwait(false);
            await WaitForBlobAsync(storage.Reports.GetBlobClient(PackAssembler.BlobName(PackGenerator.GroupCode, lastYear)), cancellationToken).ConfigureAwait(false);
            var files = await DownloadAsync(storage, cancellationToken).ConfigureAwait(false);
            return new DemoOutcome(results, files);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<IntakeResult> UploadAndWaitAsync(GhgStorage storage, string blobName, Action<Stream> write, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        write(content);
        var bytes = content.ToArray();
        var upload = new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [SubmissionIntake.UploaderMetadata] = Uri.EscapeDataString("ghg demo") },
        };
        await storage.Uploads.GetBlobClient(blobName).UploadAsync(new BinaryData(bytes), upload, cancellationToken).ConfigureAwait(false);

        var resultBlob = storage.Results.GetBlobClient(blobName + ".result.json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(IntakeTimeout);
        var waited = TimeSpan.Zero;
        var poll = TimeSpan.FromMilliseconds(250);
        while (!await resultBlob.ExistsAsync(timeout.Token).ConfigureAwait(false))
        {
            await Task.Delay(poll, timeout.Token).ConfigureAwait(false);
            waited += poll;
            if (waited >= RenudgeAfter)
            {
                // The polling blob scanner (Event Grid is not available locally) has been seen to miss a blob on a busy
                // emulator; writing the same bytes again is harmless (intake is idempotent by content) and gets it seen.
                await storage.Uploads.GetBlobClient(blobName).UploadAsync(new BinaryData(bytes), upload, timeout.Token).ConfigureAwait(false);
                waited = TimeSpan.Zero;
            }
        }
        var json = await resultBlob.DownloadContentAsync(timeout.Token).ConfigureAwait(false);
        return IntakeResultJson.Read(json.Value.Content.ToMemory().Span);
    }

    /// <summary>Results and reports, as a person would download them from the containers.</summary>
    private async Task<IReadOnlyList<string>> DownloadAsync(GhgStorage storage, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var (container, folder) in new[] { (storage.Results, "results"), (storage.Reports, "reports") })
        {
            await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var path = Path.Combine(outputFolder, folder, item.Name.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await container.GetBlobClient(item.Name).DownloadToAsync(path, cancellationToken).ConfigureAwait(false);
                files.Add(path);
            }
        }
        return files;
    }
}
