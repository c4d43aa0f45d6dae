using System.Globalization;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using GhgReports.Storage;

namespace GhgReports.Reporting.Runs;

/// <summary>What a run makes.</summary>
/// <remarks>The names are the stored spelling (runs table, run status JSON): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RunKind>))]
public enum RunKind
{
    [JsonStringEnumMemberName("plan")] Plan,
    [JsonStringEnumMemberName("packs")] Packs,
}

/// <summary>Where a run, or one subsidiary's part of it, stands.</summary>
/// <remarks>The names are the stored spelling (runs table, run status JSON, notifications): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RunStatus>))]
public enum RunStatus
{
    [JsonStringEnumMemberName("requested")] Requested,
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("done")] Done,
    /// <summary>A part failed every retry (its message went to the poison queue) or the run found nothing to make.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
    /// <summary>A subsidiary's pack waiting in the queue.</summary>
    [JsonStringEnumMemberName("queued")] Queued,
}

/// <summary>The group pack's place in a pack run: built once, by the message the last subsidiary pack queued.</summary>
/// <remarks>The names are the stored spelling (runs table, run status JSON): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<GroupPackState>))]
public enum GroupPackState
{
    [JsonStringEnumMemberName("waiting")] Waiting,
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("done")] Done,
}

/// <summary>A run's status: partition = run id, row = <see cref="RunRecords.RunRow"/>.</summary>
public sealed class RunEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = RunRecords.RunRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The kind as the table holds it, in the column <c>Kind</c>.</summary>
    [DataMember(Name = nameof(Kind))]
    public string StoredKind { get; set; } = StoredName.Of(RunKind.Plan);

    [IgnoreDataMember]
    public RunKind Kind
    {
        get => StoredName.Parse<RunKind>(StoredKind);
        set => StoredKind = StoredName.Of(value);
    }
    public int Year { get; set; }
    /// <summary>The one subsidiary asked for, when the run was limited to it.</summary>
    public string? Only { get; set; }
    public string RequestedBy { get; set; } = "";
    public bool Scheduled { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>The status as the table holds it, in the column <c>Status</c>.</summary>
    [DataMember(Name = nameof(Status))]
    public string StoredStatus { get; set; } = StoredName.Of(RunStatus.Requested);

    [IgnoreDataMember]
    public RunStatus Status
    {
        get => StoredName.Parse<RunStatus>(StoredStatus);
        set => StoredStatus = StoredName.Of(value);
    }
    /// <summary>Subsidiary packs the run waits for; a plan run counts as one part.</summary>
    public int Expected { get; set; }
    public int Completed { get; set; }
    public int Failed { get; set; }
    /// <summary>The group pack's state as the table holds it, in the column <c>GroupState</c>.</summary>
    [DataMember(Name = nameof(GroupState))]
    public string StoredGroupState { get; set; } = StoredName.Of(GroupPackState.Waiting);

    [IgnoreDataMember]
    public GroupPackState GroupState
    {
        get => StoredName.Parse<GroupPackState>(StoredGroupState);
        set => StoredGroupState = StoredName.Of(value);
    }
    /// <summary>The subsidiary whose pack completed the set and queued the group pack: only its redelivery queues it again.</summary>
    public string? GroupQueuedBy { get; set; }
    /// <summary>The run's own documents (the plan's editions, the group pack) as JSON, without links.</summary>
    public string? Documents { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public bool Notified { get; set; }

    public string Id => PartitionKey;

    public IReadOnlyList<PublishedDocument> OwnDocuments() => RunRecords.ReadDocuments(Documents);
}

/// <summary>One subsidiary's pack in a run: partition = run id, row = <see cref="RunRecords.StepRow"/>.</summary>
public sealed class RunStepEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Subsidiary { get; set; } = "";
    /// <summary>The status as the table holds it, in the column <c>Status</c>.</summary>
    [DataMember(Name = nameof(Status))]
    public string StoredStatus { get; set; } = StoredName.Of(RunStatus.Queued);

    [IgnoreDataMember]
    public RunStatus Status
    {
        get => StoredName.Parse<RunStatus>(StoredStatus);
        set => StoredStatus = StoredName.Of(value);
    }
    public string? Documents { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>What recording a subsidiary's end did to its run.</summary>
/// <param name="Counted">False when this subsidiary's end was recorded before (a redelivered message).</param>
/// <param name="QueueGroupPack">This message must queue the run's group pack (it completed the set, or is the redelivery of the one that did).</param>
/// <param name="Finished">The run ended with this part: it failed, so no group pack follows.</param>
public sealed record StepOutcome(RunEntity Run, bool Counted, bool QueueGroupPack, bool Finished);

/// <summary>
/// The runs table: one partition per run, so a subsidiary's end and the run's count change in one transaction (the
/// table's only atomic write across rows). Run ids start with the year and then sort newest first.
/// </summary>
public sealed partial class RunRecords(GhgStorage storage, TimeProvider clock)
{
    public const string RunRow = "run";

    public static string StepRow(string code) => "step-" + code;

    public static string NewId(int year, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-{DateTimeOffset.MaxValue.Ticks - now.UtcTicks:D19}-{Guid.NewGuid().ToString("N")[..8]}");

    public static bool IsRunId(string? id) => id is not null && RunIdPattern().IsMatch(id);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{4}-[0-9]{19}-[0-9a-f]{8}$")]
    private static partial System.Text.RegularExpressions.Regex RunIdPattern();

    private TableClient Table => storage.Runs;

    /// <summary>Records a run with one queued row per subsidiary, before any of its messages is sent.</summary>
    public async Task<RunEntity> CreateAsync(RunKind kind, int year, string? only, string requestedBy, bool scheduled, IReadOnlyList<string> subsidiaries,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = new RunEntity
        {
            PartitionKey = NewId(year, now),
            Kind = kind,
            Year = year,
            Only = only,
            RequestedBy = requestedBy,
            Scheduled = scheduled,
            RequestedAt = now,
            Expected = kind == RunKind.Plan ? 1 : subsidiaries.Count,
        };
        await Table.AddEntityAsync(run, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in subsidiaries.Chunk(TableBatchWriter.MaxOperations))
        {
            await Table.SubmitTransactionAsync(chunk.Select(code => new TableTransactionAction(TableTransactionActionType.Add,
                new RunStepEntity { PartitionKey = run.PartitionKey, RowKey = StepRow(code), Subsidiary = code })), cancellationToken).ConfigureAwait(false);
        }
        return (await GetAsync(run.Id, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<RunEntity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<RunEntity>(id, RunRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<RunStepEntity>> StepsAsync(string id, CancellationToken cancellationToken)
    {
        var steps = new List<RunStepEntity>();
        var from = StepRow("");
        await foreach (var step in Table.QueryAsync<RunStepEntity>(e => e.PartitionKey == id && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo("step.") < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            steps.Add(step);
        }
        return steps;
    }

    /// <summary>The runs of a year, newest first: a range of partitions, one row each.</summary>
    public async Task<IReadOnlyList<RunEntity>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var from = year.ToString(CultureInfo.InvariantCulture) + "-";
        var to = year.ToString(CultureInfo.InvariantCulture) + ".";
        var runs = new List<RunEntity>();
        await foreach (var run in Table.QueryAsync<RunEntity>(e => e.PartitionKey.CompareTo(from) >= 0 && e.PartitionKey.CompareTo(to) < 0 && e.RowKey == RunRow,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            runs.Add(run);
        }
        return runs;
    }

    /// <summary>A subsidiary's pack is published: its row and the run's count, together.</summary>
    public Task<StepOutcome?> CompleteStepAsync(string id, string code, PublishedDocument document, CancellationToken cancellationToken) =>
        EndStepAsync(id, code, RunStatus.Done, WriteDocuments([document]), null, cancellationToken);

    /// <summary>A subsidiary's pack failed every retry: recorded, and counted, so the run still ends.</summary>
    public Task<StepOutcome?> FailStepAsync(string id, string code, string error, CancellationToken cancellationToken) =>
        EndStepAsync(id, code, RunStatus.Failed, null, error, cancellationToken);

    private async Task<StepOutcome?> EndStepAsync(string id, string code, RunStatus status, string? documents, string? error, CancellationToken cancellationToken)
    {
        // Every subsidiary of a run writes the same status row, so losing the race (412) is expected here: read both
        // rows again and count once more. The transaction makes "this subsidiary ended" and "the run counted it" one fact.
        while (true)
        {
            var run = await GetAsync(id, cancellationToken).ConfigureAwait(false);
            var found = await Table.GetEntityIfExistsAsync<RunStepEntity>(id, StepRow(code), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (run is null || !found.HasValue)
            {
                return null;
            }
            var step = found.Value!;
            if (step.Status != RunStatus.Queued)
            {
                var mine = run.GroupState == GroupPackState.Queued && run.GroupQueuedBy == code;
                return new StepOutcome(run, Counted: false, QueueGroupPack: mine, Finished: false);
            }
            var now = clock.GetUtcNow();
            step.Status = status;
            step.Documents = documents;
            step.Error = error;
            step.FinishedAt = now;
            if (status == RunStatus.Done)
            {
                run.Completed++;
            }
            else
            {
                run.Failed++;
            }
            run.Status = RunStatus.Running;
            var last = run.Completed + run.Failed == run.Expected;
            var queueGroup = last && run.Failed == 0;
            if (queueGroup)
            {
                run.GroupState = GroupPackState.Queued;
                run.GroupQueuedBy = code;
            }
            else if (last)
            {
                // A subsidiary's pack could not be built: a group pack now would consolidate data no pack shows.
                run.Status = RunStatus.Failed;
                run.FinishedAt = now;
            }
            try
            {
                await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, step, step.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, run, run.ETag),
                ], cancellationToken).ConfigureAwait(false);
                return new StepOutcome(run, Counted: true, QueueGroupPack: queueGroup, Finished: last && !queueGroup);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another subsidiary counted first.
            }
        }
    }

    /// <summary>Changes the run's status row under its ETag, reading it again when another writer came first.</summary>
    public async Task<RunEntity?> UpdateAsync(string id, Action<RunEntity> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } run)
            {
                return null;
            }
            change(run);
            try
            {
                await Table.UpdateEntityAsync(run, run.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return (await GetAsync(id, cancellationToken).ConfigureAwait(false))!;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // A subsidiary's end was counted meanwhile; apply the change to what is there now.
            }
        }
    }

    /// <summary>Every document the run published so far: the subsidiaries' packs by code, then its own (group pack, plan).</summary>
    public async Task<IReadOnlyList<PublishedDocument>> DocumentsAsync(RunEntity run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var steps = await StepsAsync(run.Id, cancellationToken).ConfigureAwait(false);
        return [.. steps.OrderBy(s => s.Subsidiary, StringComparer.Ordinal).SelectMany(s => ReadDocuments(s.Documents)), .. run.OwnDocuments()];
    }

    public static string WriteDocuments(IReadOnlyList<PublishedDocument> documents) =>
        JsonSerializer.Serialize([.. documents.Select(d => d with { ReadLink = null })], ReportingJson.Default.ListPublishedDocument);

    internal static IReadOnlyList<PublishedDocument> ReadDocuments(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, ReportingJson.Default.ListPublishedDocument) ?? [];
}
