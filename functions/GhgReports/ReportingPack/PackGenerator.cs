using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Reporting;
using GhgReports.Storage;
using GhgReports.Triggers;

namespace GhgReports.ReportingPack;

/// <summary>
/// Builds ISO 14064-1 packs from the data in force. The unit of work is one subsidiary's pack (a queue message each,
/// so Azure scales them out); whichever subsidiary pack completes the set also builds the consolidated group pack —
/// building it twice gives the same bytes, so a race between the last two is harmless.
/// </summary>
public sealed class PackGenerator(GhgStorage storage, YearDataReader years, DocumentPublisher publisher, DocumentVersions versions, IFactorCatalog factors,
    GwpCatalog gwps, GroupBaseHistory baseHistory, TimeProvider clock, IPackReportRenderer? renderer = null)
{
    public const string GroupCode = "GROUP";

    /// <summary>Registered subsidiaries with data in force for the year: what the timer fans out.</summary>
    public async Task<IReadOnlyList<PackRequest>> PlanAsync(int year, CancellationToken cancellationToken)
    {
        return [.. (await years.CodesWithDataAsync(year, cancellationToken).ConfigureAwait(false)).Select(code => new PackRequest(year, code))];
    }

    public const string RequestQueue = StorageNames.PackRequestsQueue;

    /// <summary>The timer's run: the packs of the last complete reporting year, fanned out.</summary>
    public Task<int> EnqueueScheduledAsync(CancellationToken cancellationToken) =>
        EnqueueAsync(AppTriggers.ScheduledReportingYear(clock), cancellationToken);

    /// <summary>The timer's work: one queue message per subsidiary with data, each built by its own invocation.</summary>
    public async Task<int> EnqueueAsync(int year, CancellationToken cancellationToken)
    {
        var queue = storage.PackRequests;
        var requests = await PlanAsync(year, cancellationToken).ConfigureAwait(false);
        foreach (var request in requests)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(request, ReportingJson.Default.PackRequest);
            await queue.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), cancellationToken).ConfigureAwait(false);
        }
        return requests.Count;
    }

    public static PackRequest ParseRequest(string message) =>
        System.Text.Json.JsonSerializer.Deserialize(message, ReportingJson.Default.PackRequest) ?? throw new InvalidDataException("Empty pack request.");

    /// <summary>One subsidiary's pack, then the group pack if every subsidiary with data now has its pack.</summary>
    public async Task<IReadOnlyList<PublishedDocument>> BuildAsync(PackRequest request, CancellationToken cancellationToken)
    {
        // This subsidiary only: a queue message per subsidiary must not read and calculate the whole group.
        var data = await years.ReadAsync(request.Year, cancellationToken, only: request.Subsidiary).ConfigureAwait(false)
                   ?? throw new InvalidOperationException("No group register: nothing to build a pack for.");
        var subsidiary = data.Subsidiaries.SingleOrDefault(s => s.Registered.Code == request.Subsidiary)?.Current
                         ?? throw new InvalidOperationException($"No data in force for {request.Subsidiary} {request.Year}.");
        var evidence = await EvidenceAsync(subsidiary, cancellationToken).ConfigureAwait(false);
        var attachments = await AttachmentsAsync(request.Subsidiary, request.Year, cancellationToken).ConfigureAwait(false);
        // ISO 14064-1 §9.3.1 k and l: the base-year inventory in force and every recalculation of either year.
        var inventory = subsidiary.Inventory;
        var baseYear = inventory.BaseYear < inventory.ReportingYear
            ? await years.ReadInForceAsync(request.Subsidiary, inventory.BaseYear, cancellationToken).ConfigureAwait(false)
            : null;
        var recalculations = await new InventoryRecords(storage).RecalculationsAsync(request.Subsidiary, [inventory.BaseYear, inventory.ReportingYear],
            cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(request.Subsidiary, data, attachments, cancellationToken, baseYear, recalculations).ConfigureAwait(false);
        var published = new List<PublishedDocument>
        {
            await PublishAsync(DocumentVersions.VersionedName(PackAssembler.BlobName(request.Subsidiary, request.Year), version.Number), output => PackAssembler.Build(new PackInputs
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
                DocumentVersion = version.Number,
                ChangeNote = DocumentVersions.ChangeNote(version),
            }, output, renderer, cancellationToken), cancellationToken).ConfigureAwait(false),
        };
        if (await AllSubsidiaryPacksExistAsync(request.Year, cancellationToken).ConfigureAwait(false)
            && await years.ReadAsync(request.Year, cancellationToken).ConfigureAwait(false) is { } group)
        {
            published.Add(await BuildGroupAsync(group, cancellationToken).ConfigureAwait(false));
        }
        return published;
    }

    /// <summary>Every pack for the year, in this process: the on-demand path and the command line.</summary>
    public async Task<IReadOnlyList<PublishedDocument>> BuildAllAsync(int year, string? only, CancellationToken cancellationToken)
    {
        var published = new List<PublishedDocument>();
        foreach (var request in await PlanAsync(year, cancellationToken).ConfigureAwait(false))
        {
            if (only is null || request.Subsidiary == only)
            {
                published.AddRange(await BuildAsync(request, cancellationToken).ConfigureAwait(false));
            }
        }
        var distinct = published.DistinctBy(p => p.BlobName).ToList();
        if (distinct.Count > 0)
        {
            await publisher.NotifyAsync(new DocumentsReady("iso14064-pack", year, distinct, publisher.LinksExpire), cancellationToken).ConfigureAwait(false);
        }
        return distinct;
    }

    private async Task<PublishedDocument> BuildGroupAsync(YearData data, CancellationToken cancellationToken)
    {
        var members = data.Subsidiaries.Where(s => s.Current is not null).ToList();
        var inventory = GroupConsolidator.Consolidate(
            [.. members.Select(m => m.Registered.Consolidating(m.Current!.Inventory))], data.Group.Group.ConsolidationApproach, data.Year);
        var evidence = new List<EvidenceFile>();
        var attachments = new List<AttachedEvidence>();
        foreach (var member in members)
        {
            evidence.Add(await EvidenceAsync(member.Current!, cancellationToken).ConfigureAwait(false));
            attachments.AddRange(await AttachmentsAsync(member.Registered.Code, data.Year, cancellationToken).ConfigureAwait(false));
        }
        // ISO 14064-1 §9.3.1 l for the group: its members' base-year recalculations, and the base recalculated for structural change.
        var baseYear = Plan.PlanGenerator.GroupBaseYear(data);
        var records = new InventoryRecords(storage);
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
        Inventory.Consolidation.StructuralRecalculation? structural = null) =>
        versions.ResolveAsync(PackAssembler.BlobName(code, data.Year), DataFingerprint.Of(data, GeneratorVersion.Current, earlier: false)
            .With(attachments.Select(a => KeyValuePair.Create(DataFingerprint.EvidencePart(a.SubsidiaryCode, data.Year, a.FileName),
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(a.Content)))))
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

    /// <summary>The evidence files officers stored for the subsidiary's year (evidence/&lt;code&gt;/&lt;year&gt;/).</summary>
    private async Task<List<AttachedEvidence>> AttachmentsAsync(string code, int year, CancellationToken cancellationToken)
    {
        var store = new Evidence.EvidenceStore(storage);
        var attachments = new List<AttachedEvidence>();
        foreach (var stored in await store.ListAsync(code, year, cancellationToken).ConfigureAwait(false))
        {
            attachments.Add(new AttachedEvidence(code, stored.FileName, await store.DownloadAsync(stored, cancellationToken).ConfigureAwait(false)));
        }
        return attachments;
    }

    private async Task<EvidenceFile> EvidenceAsync(CurrentSubmission submission, CancellationToken cancellationToken)
    {
        var path = submission.ArchivePath ?? throw new InvalidOperationException($"Submission {submission.SubmissionId} has no archived file.");
        var content = await storage.Archive.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return new EvidenceFile(submission.SubmissionId, content.Value.Content.ToArray());
    }

    private static PackSnapshot Snapshot(YearData data) => new()
    {
        Date = data.SnapshotDate,
        Pointers = [.. data.Subsidiaries.Where(s => s.Current is not null)
            .Select(s => new PointerSnapshot(s.Registered.Code, data.Year, s.Current!.SubmissionId, s.Current.PointerETag))],
    };

    private async Task<PublishedDocument> PublishAsync(string blobName, Action<Stream> build, CancellationToken cancellationToken)
    {
        using var zip = new MemoryStream();
        build(zip);
        return await publisher.PublishAsync(blobName, zip.ToArray(), "application/zip", cancellationToken).ConfigureAwait(false);
    }
}
