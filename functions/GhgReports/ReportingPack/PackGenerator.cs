using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.Extensions.Logging;

namespace GhgReports.ReportingPack;

/// <summary>
/// Builds ISO 14064-1 packs from the data in force. The unit of work is one subsidiary's pack (a queue message each,
/// so Azure scales them out); the consolidated group pack is built once, after the last subsidiary pack of a run
/// (<see cref="Runs.GenerationRuns"/>), or at the end of <see cref="BuildAllAsync"/> on the command line.
/// </summary>
public sealed partial class PackGenerator(GhgStorage storage, InventoryRecords inventories, Evidence.EvidenceStore evidenceFiles, YearDataReader years, DocumentPublisher publisher, DocumentVersions versions, IFactorCatalog factors,
    GwpCatalog gwps, GroupBaseHistory baseHistory, ILogger<PackGenerator> logger, IPackReportRenderer? renderer = null)
{
    public const string GroupCode = "GROUP";

    /// <summary>Registered subsidiaries with data in force for the year: what the timer fans out.</summary>
    public async Task<IReadOnlyList<PackRequest>> PlanAsync(int year, CancellationToken cancellationToken)
    {
        return [.. (await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false)).Select(code => new PackRequest(year, code))];
    }

    public const string RequestQueue = StorageNames.PackRequestsQueue;

    /// <summary>One queue message per request, each built by its own invocation.</summary>
    public async Task EnqueueAsync(IReadOnlyList<PackRequest> requests, CancellationToken cancellationToken)
    {
        var queue = storage.PackRequests;
        // A few sends at a time: a 2,000-subsidiary run is enqueued in seconds without opening 2,000 connections.
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (request, token) => await queue.SendMessageAsync(Message(request), token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>A request as the queue carries it: JSON, base64-encoded as the Functions host expects by default.</summary>
    public static string Message(PackRequest request) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(request, ReportingJson.Default.PackRequest)));

    public static PackRequest ParseRequest(string message) =>
        System.Text.Json.JsonSerializer.Deserialize(message, ReportingJson.Default.PackRequest) ?? throw new InvalidDataException("Empty pack request.");

    /// <summary>One subsidiary's pack. The group pack is not this message's business: its run builds it once, after the last.</summary>
    public async Task<PublishedDocument> BuildAsync(PackRequest request, CancellationToken cancellationToken)
    {
        // This subsidiary only: a queue message per subsidiary must not read and calculate the whole group.
        var data = await years.ReadAsync(request.Year, cancellationToken, only: request.Subsidiary).ConfigureAwait(false)
                   ?? throw new InvalidOperationException("No group register: nothing to build a pack for.");
        var subsidiary = data.Subsidiaries.SingleOrDefault(s => s.Registered.Code == request.Subsidiary)?.Current
                         ?? throw new InvalidOperationException($"No data in force for {request.Subsidiary} {request.Year}.");
        var evidence = StreamedEvidence(subsidiary, cancellationToken);
        var attachments = await StreamedAttachmentsAsync(request.Subsidiary, request.Year, cancellationToken).ConfigureAwait(false);
        // ISO 14064-1 §9.3.1 k and l: the base-year inventory in force and every recalculation of either year.
        var inventory = subsidiary.Inventory;
        var baseYear = inventory.BaseYear < inventory.ReportingYear
            ? await years.ReadInForceAsync(request.Subsidiary, inventory.BaseYear, cancellationToken).ConfigureAwait(false)
            : null;
        var recalculations = await inventories.RecalculationsAsync(request.Subsidiary, [inventory.BaseYear, inventory.ReportingYear],
            cancellationToken).ConfigureAwait(false);
        var queries = (await Review.VerifierQueries.ListAsync(storage, request.Subsidiary, request.Year, cancellationToken).ConfigureAwait(false))
            .Select(q => new PackQuery(q.Sheet, q.Row, q.Question, q.RaisedBy, q.RaisedAt, StoredName.Of(q.Status), q.Answer, q.AnsweredBy, q.AnsweredAt, q.EvidenceFile,
                q.ClosedBy, q.ClosedAt, q.ClosingNote)).ToList();
        var version = await VersionAsync(request.Subsidiary, data, attachments, cancellationToken, baseYear, recalculations, queries: queries).ConfigureAwait(false);
        var published = await PublishAsync(DocumentVersions.VersionedName(PackAssembler.BlobName(request.Subsidiary, request.Year), version.Number), output => PackAssembler.Build(new PackInputs
            {
                Group = data.Group,
                Workbook = subsidiary.Workbook,
                Inventory = subsidiary.Inventory,
                Factors = factors,
                Gwps = gwps,
                Snapshot = Snapshot(data),
                Evidence = [evidence],
                Attachments = attachments,
                BaseYearInventory = baseYear?.Inventory,
                Recalculations = recalculations,
                Queries = queries,
                DocumentVersion = version.Number,
                ChangeNote = DocumentVersions.ChangeNote(version),
            }, output, renderer, cancellationToken), cancellationToken).ConfigureAwait(false);
        Log.PackPublished(logger, request.Subsidiary, request.Year, published.BlobName, published.Bytes);
        return published;
    }

    /// <summary>
    /// The group's consolidated pack, when every subsidiary with data for the year has its pack; null (and nothing
    /// built) otherwise. Called once per run, after its last subsidiary pack.
    /// </summary>
    public async Task<PublishedDocument?> BuildGroupIfCompleteAsync(int year, CancellationToken cancellationToken)
    {
        if (!await AllSubsidiaryPacksExistAsync(year, cancellationToken).ConfigureAwait(false)
            || await years.ReadAsync(year, cancellationToken).ConfigureAwait(false) is not { } group)
        {
            Log.GroupPackWaits(logger, year);
            return null;
        }
        var published = await BuildGroupAsync(group, cancellationToken).ConfigureAwait(false);
        Log.PackPublished(logger, GroupCode, year, published.BlobName, published.Bytes);
        return published;
    }

    /// <summary>Every pack for the year (or one subsidiary's), in this process, then the group pack once: the command line.</summary>
    public async Task<IReadOnlyList<PublishedDocument>> BuildAllAsync(int year, string? only, CancellationToken cancellationToken)
    {
        var published = new List<PublishedDocument>();
        foreach (var request in await PlanAsync(year, cancellationToken).ConfigureAwait(false))
        {
            if (only is null || request.Subsidiary == only)
            {
                published.Add(await BuildAsync(request, cancellationToken).ConfigureAwait(false));
            }
        }
        if (published.Count > 0 && await BuildGroupIfCompleteAsync(year, cancellationToken).ConfigureAwait(false) is { } group)
        {
            published.Add(group);
        }
        if (published.Count > 0)
        {
            await publisher.NotifyAsync(new DocumentsReady(DocumentKind, year, published, publisher.LinksExpire), cancellationToken).ConfigureAwait(false);
        }
        return published;
    }

    /// <summary>The notification's kind for packs.</summary>
    public const string DocumentKind = "iso14064-pack";

    private async Task<PublishedDocument> BuildGroupAsync(YearData data, CancellationToken cancellationToken)
    {
        var members = data.Subsidiaries.Where(s => s.Current is not null).ToList();
        var inventory = GroupConsolidator.Consolidate(
            [.. members.Select(m => m.Registered.Consolidating(m.Current!.Inventory))], data.Group.Group.ConsolidationApproach, data.Year);
        // Every member's files are read while the pack is written, one at a time: the group pack's memory does not
        // grow with the number of members (docs/benchmarks.md).
        var evidence = new List<EvidenceFile>();
        var attachments = new List<AttachedEvidence>();
        foreach (var member in members)
        {
            evidence.Add(StreamedEvidence(member.Current!, cancellationToken));
            attachments.AddRange(await StreamedAttachmentsAsync(member.Registered.Code, data.Year, cancellationToken).ConfigureAwait(false));
        }
        // ISO 14064-1 §9.3.1 l for the group: its members' base-year recalculations, and the base recalculated for structural change.
        var baseYear = Plan.PlanGenerator.GroupBaseYear(data);
        var records = inventories;
        var recalculations = new List<Inventory.Calculation.Recalculation>();
        var methods = new List<(int Year, string Method)>();
        foreach (var member in members)
        {
            var memberInventory = member.Current!.Inventory;
            methods.Add((memberInventory.ReportingYear, Plan.RecalculationStatements.MethodOf(memberInventory)));
            if (memberInventory.BaseYear >= data.Year)
            {
                continue;
            }
            // One range query per member gives both the recalculations and the method its base year is in force by.
            var history = await records.HistoryAsync(member.Registered.Code, memberInventory.BaseYear, cancellationToken).ConfigureAwait(false);
            recalculations.AddRange(history.Select(InventoryRecords.RecalculationOf).OfType<Inventory.Calculation.Recalculation>());
            if (history.Count > 0)
            {
                // Documents calculate every year with the factor library loaded, so the GWP set is what can differ.
                methods.Add((memberInventory.BaseYear, $"{history[0].GwpSet} · {memberInventory.FactorCatalogVersion}"));
            }
        }
        var structural = await baseHistory.StructuralAsync(data, baseYear, cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(GroupCode, data, attachments, cancellationToken, recalculations: recalculations, structural: structural).ConfigureAwait(false);
        return await PublishAsync(DocumentVersions.VersionedName(PackAssembler.BlobName(GroupCode, data.Year), version.Number),
            output => PackAssembler.BuildGroup(new GroupPackInputs
        {
            Group = data.Group,
            Inventory = inventory,
            Members = [.. members.Select(m => new GroupPackMember(m.Current!.Workbook, m.Current.Inventory))],
            Factors = factors,
            Gwps = gwps,
            Snapshot = Snapshot(data),
            Evidence = evidence,
            Attachments = attachments,
            Recalculations = [.. recalculations.OrderBy(r => r.When)],
            StructuralChange = structural,
            MethodsDiffer = Plan.RecalculationStatements.MethodsDiffer(Localization.RecalculationTexts.TheGroup, methods),
            DocumentVersion = version.Number,
            ChangeNote = DocumentVersions.ChangeNote(version),
        }, output, renderer, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pack's version for the data in force and the evidence files attached (docs/storage.md, "Document versions").</summary>
    private Task<DocumentVersionRecord> VersionAsync(string code, YearData data, IEnumerable<AttachedEvidence> attachments, CancellationToken cancellationToken,
        CurrentSubmission? baseYear = null, IReadOnlyList<Inventory.Calculation.Recalculation>? recalculations = null,
        Inventory.Consolidation.StructuralRecalculation? structural = null, IReadOnlyList<PackQuery>? queries = null) =>
        versions.ResolveAsync(PackAssembler.BlobName(code, data.Year), DataFingerprint.Of(data, GeneratorVersion.Current, earlier: false)
            .With(DataFingerprint.QueryParts(code, data.Year, queries ?? []))
            .With(attachments.Select(a => KeyValuePair.Create(DataFingerprint.EvidencePart(a.SubsidiaryCode, data.Year, a.FileName),
                a.Sha256)))
            .With(baseYear is null ? [] : DataFingerprint.PartsOf(code, baseYear))
            .With(DataFingerprint.RecalculationParts(recalculations ?? []))
            .With(DataFingerprint.StructureParts(structural)), cancellationToken);

    private async Task<bool> AllSubsidiaryPacksExistAsync(int year, CancellationToken cancellationToken)
    {
        foreach (var code in await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false))
        {
            if (!await storage.Reports.GetBlobClient(PackAssembler.BlobName(code, year)).ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The evidence files officers stored for the subsidiary's year (evidence/&lt;code&gt;/&lt;year&gt;/), read when written into the pack.</summary>
    private async Task<List<AttachedEvidence>> StreamedAttachmentsAsync(string code, int year, CancellationToken cancellationToken)
    {
        var store = evidenceFiles;
        return [.. (await store.ListAsync(code, year, cancellationToken).ConfigureAwait(false)).Select(stored => AttachedEvidence.Streamed(code, stored.FileName,
            stored.Sha256, () => storage.Evidence.GetBlobClient(stored.BlobName).OpenRead(cancellationToken: cancellationToken)))];
    }

    private EvidenceFile StreamedEvidence(CurrentSubmission submission, CancellationToken cancellationToken)
    {
        var path = submission.ArchivePath ?? throw new InvalidOperationException($"Submission {submission.SubmissionId} has no archived file.");
        return EvidenceFile.Streamed(submission.SubmissionId, () => storage.Archive.GetBlobClient(path).OpenRead(cancellationToken: cancellationToken));
    }

    private static PackSnapshot Snapshot(YearData data) => new()
    {
        Date = data.SnapshotDate,
        Pointers = [.. data.Subsidiaries.Where(s => s.Current is not null)
            .Select(s => new PointerSnapshot(s.Registered.Code, data.Year, s.Current!.SubmissionId, s.Current.PointerETag))],
    };

    /// <summary>
    /// The zip is written to a temporary file and uploaded from it: a pack of 2,000 members is on disk while it is
    /// built, never whole in memory.
    /// </summary>
    private async Task<PublishedDocument> PublishAsync(string blobName, Action<Stream> build, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "ghg-pack-" + Guid.NewGuid().ToString("N") + ".zip");
        await using var zip = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        build(zip);
        return await publisher.PublishAsync(blobName, zip, "application/zip", cancellationToken).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Pack of {Subsidiary} {Year} published as {BlobName} ({Bytes} bytes)")]
        public static partial void PackPublished(ILogger logger, string subsidiary, int year, string blobName, long bytes);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
            Message = "Group pack {Year} not built: some subsidiary with data has no pack yet")]
        public static partial void GroupPackWaits(ILogger logger, int year);
    }
}
