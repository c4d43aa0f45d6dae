using GhgReports.Intake;
using GhgReports.ReportingPack;
using GhgReports.Storage;

namespace GhgReports.Triggers;

/// <summary>How a function is started.</summary>
public enum TriggerKind
{
    Blob,
    Queue,
    Timer,
    Http,
}

/// <summary>Which host runs a function: the Event Grid blob trigger exists only where Event Grid delivers (Azure).</summary>
public enum TriggerHosts
{
    Both,
    FunctionsAppOnly,
}

/// <summary>
/// One function of the app. <paramref name="Binding"/> is the blob path, queue name, NCRONTAB setting or HTTP route
/// (after /api/); <paramref name="Methods"/> and <paramref name="Anonymous"/> apply to HTTP only,
/// <paramref name="EventGridSource"/> to blob triggers (otherwise they poll).
/// </summary>
public sealed record TriggerDeclaration(string Function, TriggerKind Kind, string Binding, TriggerHosts Hosts = TriggerHosts.Both,
    IReadOnlyList<string>? Methods = null, bool Anonymous = true, bool EventGridSource = false);

/// <summary>
/// The one declaration of what triggers the app, read by both hosts: the Functions app's attributes and the local
/// runner's attributes and routes use these constants (attribute arguments must be constants, hence the fields),
/// and a test holds the built app, the published worker and the runner to <see cref="All"/>.
/// </summary>
public static class AppTriggers
{
    public const string Connection = StorageClients.ConnectionName;

    public const string UploadsPath = "%UploadsContainer%/{subsidiary}/{name}";
    public const string PlanSchedule = "%PlanSchedule%";
    public const string PackSchedule = "%PackSchedule%";
    /// <summary>Every five minutes: an upload the blob trigger missed waits at most that long (plus the sweep's grace).</summary>
    public const string SweepSchedule = "0 */5 * * * *";
    /// <summary>Daily at 02:30 UTC, outside office hours in Europe and China alike: the table export.</summary>
    public const string BackupSchedule = "0 30 2 * * *";
    /// <summary>Daily at 01:00 UTC, 09:00 in China: the deadline reminders reach the officers at the start of their day.</summary>
    public const string ReminderSchedule = "0 0 1 * * *";
    public const string PackRequestQueue = PackGenerator.RequestQueue;
    public const string BlobPoisonQueue = PoisonMessage.Queue;
    public const string PackRequestPoisonQueue = StorageNames.PackRequestsPoisonQueue;

    public const string SubmissionUploaded = nameof(SubmissionUploaded);
    public const string SubmissionUploadedPolling = nameof(SubmissionUploadedPolling);
    public const string PoisonedUpload = nameof(PoisonedUpload);
    public const string GeneratePlan = nameof(GeneratePlan);
    public const string GeneratePacks = nameof(GeneratePacks);
    public const string BuildPack = nameof(BuildPack);
    public const string PoisonedPackRequest = nameof(PoisonedPackRequest);
    public const string ReconcileUploads = nameof(ReconcileUploads);
    public const string BackupTables = nameof(BackupTables);
    public const string SendDeadlineReminders = nameof(SendDeadlineReminders);
    public const string GeneratePlanOnDemand = nameof(GeneratePlanOnDemand);
    public const string GeneratePacksOnDemand = nameof(GeneratePacksOnDemand);
    public const string WebPage = nameof(WebPage);
    public const string WebScript = nameof(WebScript);
    public const string WebMe = nameof(WebMe);
    public const string WebTemplate = nameof(WebTemplate);
    public const string WebTemplateFor = nameof(WebTemplateFor);
    public const string WebPacks = nameof(WebPacks);
    public const string WebPackLink = nameof(WebPackLink);
    public const string WebPlans = nameof(WebPlans);
    public const string WebPlanLink = nameof(WebPlanLink);
    public const string WebUploadLink = nameof(WebUploadLink);
    public const string WebSubmissions = nameof(WebSubmissions);
    public const string WebReport = nameof(WebReport);
    public const string WebResult = nameof(WebResult);
    public const string LockPeriod = nameof(LockPeriod);
    public const string WebEvidence = nameof(WebEvidence);
    public const string WebEvidenceLink = nameof(WebEvidenceLink);
    public const string WebEvidenceCheck = nameof(WebEvidenceCheck);
    public const string WebTracker = nameof(WebTracker);
    public const string WebRun = nameof(WebRun);
    public const string WebManagement = nameof(WebManagement);
    public const string WebStyles = nameof(WebStyles);
    public const string WebReview = nameof(WebReview);
    public const string WebVerification = nameof(WebVerification);
    public const string WebQuery = nameof(WebQuery);
    public const string WebStatement = nameof(WebStatement);

    public const string PlanRoute = "plans/{year:int}";
    public const string PackRoute = "packs/{year:int}";
    public const string PageRoute = "web";
    public const string ScriptRoute = "app.js";
    public const string MeRoute = "me";
    public const string TemplateRoute = "template";
    public const string TemplateForRoute = "template/{code}/{year:int}";
    public const string PacksRoute = "packs";
    public const string PackLinkRoute = "packs/{year:int}/{code}/link";
    public const string PlansRoute = "plans";
    public const string PlanLinkRoute = "plans/{year:int}/{lang}/link";
    public const string UploadLinkRoute = "uploads/{code}/link";
    public const string SubmissionsRoute = "submissions/{code}";
    public const string ReportRoute = "submissions/{code}/{id}/report";
    public const string ResultRoute = "submissions/{code}/{id}/result";
    public const string LockRoute = "periods/{subsidiary}/{year:int}/lock";
    public const string EvidenceRoute = "evidence/{code}/{year:int}";
    public const string EvidenceLinkRoute = "evidence/{code}/{year:int}/link";
    public const string EvidenceCheckRoute = "evidence/{code}/{year:int}/check";
    public const string TrackerRoute = "tracker/{year:int}";
    public const string RunRoute = "runs/{id}";
    public const string ManagementRoute = "management/{year:int}";
    public const string StylesRoute = "app.css";
    public const string ReviewRoute = "submissions/{code}/{id}/review";
    public const string VerificationRoute = "verification/{code}/{year:int}";
    public const string QueryRoute = "verification/{code}/{year:int}/queries/{id}";
    public const string StatementRoute = "verification/{code}/{year:int}/statement";

    private static readonly string[] Get = ["get"];
    private static readonly string[] Post = ["post"];

    public static IReadOnlyList<TriggerDeclaration> All { get; } =
    [
        // Exactly one of the two is enabled (AzureWebJobs.<name>.Disabled): Event Grid in Azure, polling where it is absent.
        new(SubmissionUploaded, TriggerKind.Blob, UploadsPath, TriggerHosts.FunctionsAppOnly, EventGridSource: true),
        new(SubmissionUploadedPolling, TriggerKind.Blob, UploadsPath),
        new(PoisonedUpload, TriggerKind.Queue, BlobPoisonQueue),
        new(GeneratePlan, TriggerKind.Timer, PlanSchedule),
        new(GeneratePacks, TriggerKind.Timer, PackSchedule),
        // Every subsidiary pack, group pack and plan of a run; the host moves what fails every retry to the poison
        // queue, where PoisonedPackRequest records it in its run.
        new(BuildPack, TriggerKind.Queue, PackRequestQueue),
        new(PoisonedPackRequest, TriggerKind.Queue, PackRequestPoisonQueue),
        new(ReconcileUploads, TriggerKind.Timer, SweepSchedule),
        new(BackupTables, TriggerKind.Timer, BackupSchedule),
        // A week before the group workbook's deadline and on the day: the subsidiaries with nothing in force, once a day.
        new(SendDeadlineReminders, TriggerKind.Timer, ReminderSchedule),
        // Anonymous at the host, like the web routes: our code lets only hq and management generate documents. Both
        // record and queue a run and answer 202 with its address (RunRoute).
        new(GeneratePlanOnDemand, TriggerKind.Http, PlanRoute, Methods: Post),
        new(GeneratePacksOnDemand, TriggerKind.Http, PackRoute, Methods: Post),
        new(WebRun, TriggerKind.Http, RunRoute, Methods: Get),
        // The web page and its API: anonymous at the host, every answer decided by WebApi against the signed-in caller.
        new(WebPage, TriggerKind.Http, PageRoute, Methods: Get),
        new(WebScript, TriggerKind.Http, ScriptRoute, Methods: Get),
        new(WebMe, TriggerKind.Http, MeRoute, Methods: Get),
        new(WebTemplate, TriggerKind.Http, TemplateRoute, Methods: Get),
        new(WebTemplateFor, TriggerKind.Http, TemplateForRoute, Methods: Get),
        new(WebPacks, TriggerKind.Http, PacksRoute, Methods: Get),
        new(WebPackLink, TriggerKind.Http, PackLinkRoute, Methods: Get),
        new(WebPlans, TriggerKind.Http, PlansRoute, Methods: Get),
        new(WebPlanLink, TriggerKind.Http, PlanLinkRoute, Methods: Get),
        new(WebUploadLink, TriggerKind.Http, UploadLinkRoute, Methods: Post),
        new(WebSubmissions, TriggerKind.Http, SubmissionsRoute, Methods: Get),
        new(WebReport, TriggerKind.Http, ReportRoute, Methods: Get),
        new(WebResult, TriggerKind.Http, ResultRoute, Methods: Get),
        new(LockPeriod, TriggerKind.Http, LockRoute, Methods: ["post", "delete"]),
        new(WebEvidence, TriggerKind.Http, EvidenceRoute, Methods: Get),
        new(WebEvidenceLink, TriggerKind.Http, EvidenceLinkRoute, Methods: Post),
        new(WebEvidenceCheck, TriggerKind.Http, EvidenceCheckRoute, Methods: Post),
        new(WebTracker, TriggerKind.Http, TrackerRoute, Methods: Get),
        new(WebManagement, TriggerKind.Http, ManagementRoute, Methods: Get),
        new(WebStyles, TriggerKind.Http, StylesRoute, Methods: Get),
        // HQ's review, verifiers' queries and the verification statement: ReviewApi decides by the caller's roles.
        new(WebReview, TriggerKind.Http, ReviewRoute, Methods: Post),
        new(WebVerification, TriggerKind.Http, VerificationRoute, Methods: ["get", "post"]),
        new(WebQuery, TriggerKind.Http, QueryRoute, Methods: Post),
        new(WebStatement, TriggerKind.Http, StatementRoute, Methods: Post),
    ];

    /// <summary>
    /// The year a scheduled run reports on: the one before the clock's. Reporting years close in the year after (a
    /// September-to-August period too), so the January timers find the last year complete.
    /// </summary>
    public static int ScheduledReportingYear(TimeProvider clock) => clock.GetUtcNow().Year - 1;
}
