using GhgReports.Plan;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.Extensions.Logging;
using Errors = GhgReports.Localization.RunTexts.Errors;

namespace GhgReports.Reporting.Runs;

/// <summary>
/// Plan and pack runs: the one service the timers, the on-demand routes and the pack-requests queue call. A run is
/// recorded before its first message is sent (<see cref="RunRecords"/>); each subsidiary's pack reports its end to
/// it; the pack that completes the set queues the group pack, built once per run; the run's end is announced the
/// same way whoever started it (<see cref="DocumentPublisher.NotifyAsync"/>). A message that fails every retry is
/// recorded in its run by <see cref="RecordPoisonedAsync"/>.
/// </summary>
public sealed partial class GenerationRuns(RunRecords records, PackGenerator packs, PlanGenerator plans, YearDataReader years, DocumentPublisher publisher,
    TimeProvider clock, ILogger<GenerationRuns> logger)
{
    /// <summary>Who asked for a timer's run.</summary>
    public const string Schedule = "schedule";

    /// <summary>Records a pack run and queues one message per subsidiary with data; null when there is none.</summary>
    public Task<RunEntity?> StartPacksAsync(int year, string? only, string requestedBy, CancellationToken cancellationToken) =>
        StartPacksAsync(year, only, requestedBy, scheduled: false, cancellationToken);

    private async Task<RunEntity?> StartPacksAsync(int year, string? only, string requestedBy, bool scheduled, CancellationToken cancellationToken)
    {
        var codes = (await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false)).Where(c => only is null || c == only).ToList();
        if (codes.Count == 0)
        {
            Log.NothingToMake(logger, StoredName.Of(RunKind.Packs), year);
            return null;
        }
        var run = await records.CreateAsync(RunKind.Packs, year, only, requestedBy, scheduled, codes, cancellationToken).ConfigureAwait(false);
        using (Scope(year, null, run.Id))
        {
            await packs.EnqueueAsync([.. codes.Select(code => new PackRequest(year, code, run.Id))], cancellationToken).ConfigureAwait(false);
            Log.RunStarted(logger, run.Id, StoredName.Of(RunKind.Packs), year, codes.Count, requestedBy);
        }
        return run;
    }

    /// <summary>Records a plan run and queues it; null when there is nothing to plan.</summary>
    public async Task<RunEntity?> StartPlanAsync(int year, string requestedBy, CancellationToken cancellationToken)
    {
        if ((await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            Log.NothingToMake(logger, StoredName.Of(RunKind.Plan), year);
            return null;
        }
        var run = await records.CreateAsync(RunKind.Plan, year, null, requestedBy, scheduled: false, [], cancellationToken).ConfigureAwait(false);
        using (Scope(year, null, run.Id))
        {
            await packs.EnqueueAsync([new PackRequest(year, "", run.Id, PackRequest.Plan)], cancellationToken).ConfigureAwait(false);
            Log.RunStarted(logger, run.Id, StoredName.Of(RunKind.Plan), year, 1, requestedBy);
        }
        return run;
    }

    /// <summary>The pack timer: a run for the last complete reporting year, fanned out over the queue.</summary>
    public Task<RunEntity?> StartScheduledPacksAsync(CancellationToken cancellationToken) =>
        StartPacksAsync(AppTriggers.ScheduledReportingYear(clock), null, Schedule, scheduled: true, cancellationToken);

    /// <summary>
    /// The plan timer: a run for the last complete reporting year, built in the timer's own invocation (one document,
    /// no fan-out), recorded and announced as any run.
    /// </summary>
    public async Task<RunEntity?> RunScheduledPlanAsync(CancellationToken cancellationToken)
    {
        var year = AppTriggers.ScheduledReportingYear(clock);
        if ((await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            Log.NothingToMake(logger, StoredName.Of(RunKind.Plan), year);
            return null;
        }
        var run = await records.CreateAsync(RunKind.Plan, year, null, Schedule, scheduled: true, [], cancellationToken).ConfigureAwait(false);
        using (Scope(year, null, run.Id))
        {
            Log.RunStarted(logger, run.Id, StoredName.Of(RunKind.Plan), year, 1, Schedule);
            try
            {
                await BuildPlanAsync(new PackRequest(year, "", run.Id, PackRequest.Plan), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A timer has no poison queue: the failure is recorded and announced here, then the host logs it.
                await FailAsync(run.Id, Errors.Poisoned, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }
        return await records.GetAsync(run.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One pack-requests message: a subsidiary's pack, a run's group pack or a plan.</summary>
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var request = PackGenerator.ParseRequest(message);
        using (Scope(request.Year, request.Subsidiary, request.RunId))
        {
            switch (request.Document)
            {
                case PackRequest.Plan:
                    await BuildPlanAsync(request, cancellationToken).ConfigureAwait(false);
                    break;
                case PackRequest.GroupPack:
                    await BuildGroupPackAsync(request, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await BuildSubsidiaryPackAsync(request, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static readonly string PoisonQueue = StorageNames.PoisonQueueOf(StorageNames.PackRequestsQueue);

    /// <summary>
    /// A pack-requests message the host gave up on (the pack-requests-poison queue): its part of the run is recorded
    /// as failed, and a run that ends with it is announced as failed.
    /// </summary>
    public async Task RecordPoisonedAsync(string message, CancellationToken cancellationToken)
    {
        PackRequest request;
        try
        {
            request = PackGenerator.ParseRequest(message);
        }
        catch (System.Text.Json.JsonException)
        {
            Log.PoisonUnreadable(logger, PoisonQueue, message.Length);
            return;
        }
        using (Scope(request.Year, request.Subsidiary, request.RunId))
        {
            Log.Poisoned(logger, PoisonQueue, request.Document ?? "pack", request.Subsidiary, request.Year, request.RunId);
            if (request.RunId is not { } id)
            {
                return;
            }
            if (request.Document is PackRequest.Plan or PackRequest.GroupPack)
            {
                await FailAsync(id, Errors.Poisoned, cancellationToken).ConfigureAwait(false);
                return;
            }
            if (await records.FailStepAsync(id, request.Subsidiary, Errors.Poisoned, cancellationToken).ConfigureAwait(false) is { Finished: true } outcome)
            {
                await AnnounceAsync(outcome.Run, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task BuildSubsidiaryPackAsync(PackRequest request, CancellationToken cancellationToken)
    {
        var published = await packs.BuildAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.RunId is not { } id)
        {
            return;
        }
        var outcome = await records.CompleteStepAsync(id, request.Subsidiary, published, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            Log.RunMissing(logger, id);
            return;
        }
        Log.PartDone(logger, request.Subsidiary, id, outcome.Run.Completed, outcome.Run.Failed, outcome.Run.Expected);
        if (outcome.QueueGroupPack)
        {
            await packs.EnqueueAsync([new PackRequest(request.Year, PackGenerator.GroupCode, id, PackRequest.GroupPack)], cancellationToken).ConfigureAwait(false);
        }
        else if (outcome.Finished)
        {
            await AnnounceAsync(outcome.Run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task BuildGroupPackAsync(PackRequest request, CancellationToken cancellationToken)
    {
        var id = request.RunId ?? throw new InvalidDataException("A group pack request names no run.");
        var run = await records.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            Log.RunMissing(logger, id);
            return;
        }
        // A redelivered message after the group pack was built only finishes what is left: the announcement.
        if (run.GroupState != GroupPackState.Done)
        {
            var group = await packs.BuildGroupIfCompleteAsync(run.Year, cancellationToken).ConfigureAwait(false);
            run = await records.UpdateAsync(id, r =>
            {
                r.GroupState = GroupPackState.Done;
                r.Documents = group is null ? null : RunRecords.WriteDocuments([group]);
                r.Error = group is null ? Errors.GroupPackNotBuilt : null;
                r.Status = RunStatus.Done;
                r.FinishedAt = clock.GetUtcNow();
            }, cancellationToken).ConfigureAwait(false);
        }
        if (run is { Notified: false })
        {
            await AnnounceAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task BuildPlanAsync(PackRequest request, CancellationToken cancellationToken)
    {
        var id = request.RunId ?? throw new InvalidDataException("A plan request names no run.");
        var run = await records.UpdateAsync(id, r => r.Status = r.Status == RunStatus.Requested ? RunStatus.Running : r.Status, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            Log.RunMissing(logger, id);
            return;
        }
        if (run.Status == RunStatus.Running)
        {
            var published = await plans.PublishAsync(request.Year, PlanGenerator.Editions, cancellationToken).ConfigureAwait(false);
            run = await records.UpdateAsync(id, r =>
            {
                r.Completed = published is null ? 0 : 1;
                r.Failed = published is null ? 1 : 0;
                r.Status = published is null ? RunStatus.Failed : RunStatus.Done;
                r.Error = published is null ? Errors.NothingToPlan : null;
                r.Documents = published is null ? null : RunRecords.WriteDocuments(published);
                r.FinishedAt = clock.GetUtcNow();
            }, cancellationToken).ConfigureAwait(false);
        }
        if (run is { Notified: false })
        {
            await AnnounceAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FailAsync(string id, string error, CancellationToken cancellationToken)
    {
        var run = await records.UpdateAsync(id, r =>
        {
            r.Status = RunStatus.Failed;
            r.Error = error;
            r.FinishedAt = clock.GetUtcNow();
        }, cancellationToken).ConfigureAwait(false);
        if (run is { Notified: false })
        {
            await AnnounceAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The run's end, announced once whoever started it: its documents with fresh links (the first
    /// <see cref="DocumentPublisher.MaxListed"/>, the run's own first), how many there are, and what failed.
    /// </summary>
    private async Task AnnounceAsync(RunEntity run, CancellationToken cancellationToken)
    {
        var documents = await records.DocumentsAsync(run, cancellationToken).ConfigureAwait(false);
        var failed = (await records.StepsAsync(run.Id, cancellationToken).ConfigureAwait(false))
            .Where(s => s.Status == RunStatus.Failed).Select(s => s.Subsidiary).Order(StringComparer.Ordinal).ToList();
        var listed = await publisher.WithReadLinksAsync([.. documents.Reverse().Take(DocumentPublisher.MaxListed)], cancellationToken).ConfigureAwait(false);
        var kind = run.Kind == RunKind.Plan ? PlanGenerator.DocumentKind : PackGenerator.DocumentKind;
        await publisher.NotifyAsync(new DocumentsReady(kind, run.Year, listed, publisher.LinksExpire, run.Id, run.Status, documents.Count, failed),
            cancellationToken).ConfigureAwait(false);
        await records.UpdateAsync(run.Id, r => r.Notified = true, cancellationToken).ConfigureAwait(false);
        Log.RunFinished(logger, run.Id, StoredName.Of(run.Kind), run.Year, StoredName.Of(run.Status), documents.Count, failed.Count);
    }

    /// <summary>Every log line of a run's work carries its year, subsidiary and run id as fields.</summary>
    private IDisposable? Scope(int year, string? subsidiary, string? runId) => logger.BeginScope(new Dictionary<string, object?>
    {
        ["Year"] = year,
        ["Subsidiary"] = string.IsNullOrEmpty(subsidiary) ? null : subsidiary,
        ["RunId"] = runId,
    });

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Run {RunId} ({Kind} {Year}) started by {RequestedBy}: {Parts} part(s) queued")]
        public static partial void RunStarted(ILogger logger, string runId, string kind, int year, int parts, string requestedBy);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "No {Kind} run for {Year}: no register, or no data in force")]
        public static partial void NothingToMake(ILogger logger, string kind, int year);

        [LoggerMessage(EventId = 3103, Level = LogLevel.Information,
            Message = "Pack of {Subsidiary} counted in run {RunId}: {Completed} done, {Failed} failed of {Expected}")]
        public static partial void PartDone(ILogger logger, string subsidiary, string runId, int completed, int failed, int expected);

        [LoggerMessage(EventId = 3104, Level = LogLevel.Information,
            Message = "Run {RunId} ({Kind} {Year}) ended {Status}: {Documents} document(s), {Failed} part(s) failed; announced")]
        public static partial void RunFinished(ILogger logger, string runId, string kind, int year, string status, int documents, int failed);

        [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Run {RunId} is not recorded; its message is dropped")]
        public static partial void RunMissing(ILogger logger, string runId);

        // Worded like PoisonQueueWatch's warning ("Poison queue … holds"), which the infra's alert matches: this handler
        // empties pack-requests-poison as it records each message, so the watch would rarely see one there.
        [LoggerMessage(EventId = 3106, Level = LogLevel.Error,
            Message = "Poison queue {Queue} holds a generation request that failed every retry: {Document} {Subsidiary} {Year}, run {RunId}; recorded in the run")]
        public static partial void Poisoned(ILogger logger, string queue, string document, string subsidiary, int year, string? runId);

        [LoggerMessage(EventId = 3107, Level = LogLevel.Error,
            Message = "Poison queue {Queue} holds a message of {Length} characters that is not a generation request; dropped")]
        public static partial void PoisonUnreadable(ILogger logger, string queue, int length);
    }
}
