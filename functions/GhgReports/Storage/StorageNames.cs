using Microsoft.Extensions.Configuration;

namespace GhgReports.Storage;

/// <summary>
/// Every container, table and queue the app uses, in one place: what start-up provisioning creates and what the
/// infra's parity test holds the Bicep to. Most come from settings (the same names the Functions bindings read as
/// %UploadsContainer% etc.), so a test or a second deployment can use its own set in one account; the queues that
/// triggers read are constants, because a trigger attribute can only name a constant.
/// </summary>
public sealed record StorageNames
{
    /// <summary>One request per subsidiary pack, group pack or plan of a run, read by the BuildPack queue trigger.</summary>
    public const string PackRequestsQueue = "pack-requests";

    /// <summary>
    /// Where the host puts a generation request that failed every retry; PoisonedPackRequest reads it. Provisioned as the
    /// poison queue of <see cref="PackRequestsQueue"/>.
    /// </summary>
    public const string PackRequestsPoisonQueue = PackRequestsQueue + "-poison";

    /// <summary>Where the host puts a blob that failed every retry of the blob trigger; PoisonedUpload reads it.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    public string Uploads { get; init; } = "uploads";
    public string Results { get; init; } = "results";
    public string Archive { get; init; } = "archive";
    /// <summary>Officers' evidence files under &lt;code&gt;/&lt;year&gt;/; never in uploads, whose trigger would take them for workbooks.</summary>
    public string Evidence { get; init; } = "evidence";
    public string Reports { get; init; } = "reports";
    /// <summary>Daily table exports under tables/&lt;id&gt;/ (TableExport): create-only, and WORM in Azure.</summary>
    public string Backups { get; init; } = "backups";
    /// <summary>Prefix of every table name; letters and digits only (Azure table naming).</summary>
    public string TablePrefix { get; init; } = "Ghg";
    /// <summary>"Documents ready" messages for whoever listens; nothing in the app reads it.</summary>
    public string NotificationsQueue { get; init; } = "notifications";

    public string SubmissionsTable => TablePrefix + "Submissions";
    public string RowsTable => TablePrefix + "Rows";
    public string PointersTable => TablePrefix + "Pointers";
    public string AuditTable => TablePrefix + "Audit";
    public string InventoriesTable => TablePrefix + "Inventories";
    /// <summary>Plan and pack runs: one partition per run, its status and one row per subsidiary (Reporting/Runs).</summary>
    public string RunsTable => TablePrefix + "Runs";
    /// <summary>Verifiers' queries on submission lines, with the officers' answers, and the verification statements recorded (Review/).</summary>
    public string VerificationTable => TablePrefix + "Verification";

    public IEnumerable<string> Containers => [Uploads, Results, Archive, Evidence, Reports, Backups];

    public IEnumerable<string> Tables => [SubmissionsTable, RowsTable, PointersTable, AuditTable, InventoriesTable, RunsTable, VerificationTable];

    /// <summary>Queues a trigger reads: each has a poison queue beside it.</summary>
    public static IReadOnlyList<string> TriggerQueues { get; } = [PackRequestsQueue, BlobTriggerPoisonQueue];

    /// <summary>Every queue: those we send to, those triggers read, and the poison queue of each trigger's.</summary>
    public IEnumerable<string> Queues => [NotificationsQueue, .. TriggerQueues, .. TriggerQueues.Select(PoisonQueueOf)];

    /// <summary>
    /// The Functions host moves a message that failed every retry of a queue trigger to "&lt;queue&gt;-poison"; it is
    /// provisioned with the rest so a first failure does not depend on the host being allowed to create queues.
    /// </summary>
    public static string PoisonQueueOf(string queue) => queue + "-poison";

    /// <summary>The names a set of settings gives, bound as the app binds them (<see cref="StorageNameOptions"/>).</summary>
    public static StorageNames FromConfiguration(IConfiguration configuration) =>
        (configuration.Get<StorageNameOptions>() ?? new StorageNameOptions()).ToNames();

    /// <summary>
    /// A set of names no other run uses: for tests sharing one emulator. The trigger queues are constants and stay
    /// shared.
    /// </summary>
    public static StorageNames Unique(string? tag = null)
    {
        var id = (tag ?? "") + Guid.NewGuid().ToString("N")[..10];
        return new()
        {
            Uploads = $"uploads-{id}",
            Results = $"results-{id}",
            Archive = $"archive-{id}",
            Evidence = $"evidence-{id}",
            Reports = $"reports-{id}",
            Backups = $"backups-{id}",
            TablePrefix = "T" + id,
            NotificationsQueue = $"notifications-{id}",
        };
    }
}
