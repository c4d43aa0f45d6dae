using Azure.Storage.Blobs;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.ReportingPack;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Azure.WebJobs;

namespace GhgReports.Cli.Runner;

/// <summary>
/// The local runner's triggers, mirroring the Functions app's: the same paths, the same %Setting% names and
/// connection, the same one service call each. Run by the WebJobs SDK, the engine the Functions host itself is built on.
/// </summary>
public sealed class RunnerFunctions(SubmissionIntake intake, PlanGenerator plans, PackGenerator packs, TimeProvider clock)
{
    private static readonly Language[] Editions = [Language.Zh, Language.En];

    [FunctionName("GeneratePlan")]
    public Task GeneratePlan([TimerTrigger("%PlanSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        plans.GenerateAsync(clock.GetUtcNow().Year - 1, Editions, cancellationToken);

    [FunctionName("GeneratePacks")]
    public Task GeneratePacks([TimerTrigger("%PackSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        packs.EnqueueAsync(clock.GetUtcNow().Year - 1, cancellationToken);

    [FunctionName("BuildPack")]
    public Task BuildPack([QueueTrigger(PackGenerator.RequestQueue, Connection = "GhgStorage")] string message, CancellationToken cancellationToken) =>
        packs.BuildAsync(PackGenerator.ParseRequest(message), cancellationToken);

    [FunctionName("SubmissionUploaded")]
    public Task SubmissionUploaded(
        [BlobTrigger("%UploadsContainer%/{subsidiary}/{name}", Connection = "GhgStorage")] BlobClient blob,
        CancellationToken cancellationToken) => intake.ProcessBlobAsync(blob, cancellationToken);

    [FunctionName("PoisonedUpload")]
    public Task PoisonedUpload(
        [QueueTrigger(PoisonMessage.Queue, Connection = "GhgStorage")] string message,
        CancellationToken cancellationToken)
    {
        var (blobName, reason) = PoisonMessage.Parse(message);
        return intake.RecordFailureAsync(blobName, reason, cancellationToken);
    }
}
