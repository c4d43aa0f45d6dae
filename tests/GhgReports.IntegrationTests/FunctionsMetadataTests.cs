using GhgReports.Cli.Local;
using System.Text.Json;

namespace GhgReports.IntegrationTests;

/// <summary>
/// What the Functions host will bind, read from the functions.metadata the worker SDK generates at build: trigger
/// types, paths, sources and connections. (Core Tools cannot run here; this is what it would read.)
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonElement Functions = Load();

    private static JsonElement Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        return json.RootElement.Clone();
    }

    /// <summary>The functions.metadata of the Functions app's build, in the same configuration as these tests.</summary>
    public static string MetadataPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        if (!File.Exists(path))
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            path = Path.Combine(Azurite.RepositoryRoot(), "functions", "GhgReports.Functions", "bin", configuration, "net10.0", "functions.metadata");
        }
        return path;
    }

    private static JsonElement Trigger(string function)
    {
        var entry = Functions.EnumerateArray().Single(f => f.GetProperty("name").GetString() == function);
        return entry.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SubmissionUploaded", "EventGrid")]
    [InlineData("SubmissionUploadedPolling", "LogsAndContainerScan")]
    public void BlobTriggers_WatchUploadsBySubsidiary(string function, string source)
    {
        var trigger = Trigger(function);

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%UploadsContainer%/{subsidiary}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal(source, trigger.GetProperty("source").GetString());
        Assert.Equal("GhgStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void PoisonedUpload_ReadsTheBlobTriggerPoisonQueue()
    {
        var trigger = Trigger("PoisonedUpload");

        Assert.Equal(("queueTrigger", "webjobs-blobtrigger-poison", "GhgStorage"),
            (trigger.GetProperty("type").GetString(), trigger.GetProperty("queueName").GetString(), trigger.GetProperty("connection").GetString()));
    }

    [Fact]
    public void PoisonedPackRequest_ReadsThePackRequestsPoisonQueue()
    {
        var trigger = Trigger("PoisonedPackRequest");

        // The queue the host moves a generation request to after maxDequeueCount failures (host.json).
        Assert.Equal(("queueTrigger", "pack-requests-poison", "GhgStorage"),
            (trigger.GetProperty("type").GetString(), trigger.GetProperty("queueName").GetString(), trigger.GetProperty("connection").GetString()));
    }

    [Fact]
    public void WebRun_IsAnAnonymousHttpGet_CheckedByOurCode()
    {
        var trigger = Trigger("WebRun");

        Assert.Equal(("httpTrigger", "runs/{id}", "Anonymous"),
            (trigger.GetProperty("type").GetString(), trigger.GetProperty("route").GetString(), trigger.GetProperty("authLevel").GetString()));
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void LockPeriod_IsAnAnonymousHttpPostAndDelete_CheckedByOurCode()
    {
        var trigger = Trigger("LockPeriod");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("periods/{subsidiary}/{year:int}/lock", trigger.GetProperty("route").GetString());
        Assert.Equal(["post", "delete"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        // Anonymous at the host: WebApi lets only a signed-in caller with the hq role lock or unlock (WebAccessTests).
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void WebTracker_IsAnAnonymousHttpGet_CheckedByOurCode()
    {
        var trigger = Trigger("WebTracker");

        Assert.Equal(("httpTrigger", "tracker/{year:int}"), (trigger.GetProperty("type").GetString(), trigger.GetProperty("route").GetString()));
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        // Anonymous at the host: WebApi lets only a signed-in caller with the hq role read it (WebTrackerTests).
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void EveryFunction_IsListed()
    {
        Assert.Equal(["BackupTables", "BuildPack", "GeneratePacks", "GeneratePacksOnDemand", "GeneratePlan", "GeneratePlanOnDemand", "LockPeriod",
                "PoisonedPackRequest", "PoisonedUpload", "ReconcileUploads", "SendDeadlineReminders", "SubmissionUploaded",
                "SubmissionUploadedPolling", "WebEvidence", "WebEvidenceCheck", "WebEvidenceLink", "WebManagement", "WebMe", "WebPackLink",
                "WebPacks", "WebPage", "WebPlanLink", "WebPlans", "WebQuery", "WebReport", "WebResult", "WebReview", "WebRun", "WebScript",
                "WebStatement", "WebStyles", "WebSubmissions", "WebTemplate", "WebTemplateFor", "WebTracker", "WebUploadLink", "WebVerification"],
            Functions.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order());
    }

    [Theory]
    [InlineData("GeneratePlan", "%PlanSchedule%")]
    [InlineData("GeneratePacks", "%PackSchedule%")]
    public void Timers_TakeTheirScheduleFromSettings(string function, string schedule)
    {
        var trigger = Trigger(function);

        Assert.Equal(("timerTrigger", schedule), (trigger.GetProperty("type").GetString(), trigger.GetProperty("schedule").GetString()));
    }

    [Fact]
    public void SendDeadlineReminders_IsADailyTimerAtNineInChina()
    {
        var trigger = Trigger("SendDeadlineReminders");

        Assert.Equal(("timerTrigger", "0 0 1 * * *"), (trigger.GetProperty("type").GetString(), trigger.GetProperty("schedule").GetString()));
    }

    [Fact]
    public void BackupTables_IsADailyTimer()
    {
        var trigger = Trigger("BackupTables");

        // Six-field NCRONTAB: second 0, minute 30, hour 2, every day.
        Assert.Equal(("timerTrigger", "0 30 2 * * *"), (trigger.GetProperty("type").GetString(), trigger.GetProperty("schedule").GetString()));
    }

    [Fact]
    public void BuildPack_IsFedOnePackRequestPerSubsidiary()
    {
        var trigger = Trigger("BuildPack");

        Assert.Equal(("queueTrigger", "pack-requests", "GhgStorage"),
            (trigger.GetProperty("type").GetString(), trigger.GetProperty("queueName").GetString(), trigger.GetProperty("connection").GetString()));
    }

    [Theory]
    [InlineData("GeneratePlanOnDemand", "plans/{year:int}")]
    [InlineData("GeneratePacksOnDemand", "packs/{year:int}")]
    public void OnDemand_AreAnonymousHttpPosts_CheckedByOurCode(string function, string route)
    {
        var trigger = Trigger(function);

        // Anonymous at the host: WebApi.OnDemandRefusal lets only a signed-in caller with the hq or management role
        // generate documents (OnDemandAccessTests).
        Assert.Equal((route, "Anonymous", "post"),
            (trigger.GetProperty("route").GetString(), trigger.GetProperty("authLevel").GetString(), trigger.GetProperty("methods")[0].GetString()));
    }

    [Theory]
    [InlineData("WebPage", "web", "get")]
    [InlineData("WebScript", "app.js", "get")]
    [InlineData("WebStyles", "app.css", "get")]
    [InlineData("WebManagement", "management/{year:int}", "get")]
    [InlineData("WebMe", "me", "get")]
    [InlineData("WebTemplate", "template", "get")]
    [InlineData("WebTemplateFor", "template/{code}/{year:int}", "get")]
    [InlineData("WebPacks", "packs", "get")]
    [InlineData("WebPackLink", "packs/{year:int}/{code}/link", "get")]
    [InlineData("WebPlans", "plans", "get")]
    [InlineData("WebPlanLink", "plans/{year:int}/{lang}/link", "get")]
    [InlineData("WebUploadLink", "uploads/{code}/link", "post")]
    [InlineData("WebSubmissions", "submissions/{code}", "get")]
    [InlineData("WebReport", "submissions/{code}/{id}/report", "get")]
    [InlineData("WebResult", "submissions/{code}/{id}/result", "get")]
    [InlineData("WebEvidence", "evidence/{code}/{year:int}", "get")]
    [InlineData("WebEvidenceLink", "evidence/{code}/{year:int}/link", "post")]
    [InlineData("WebEvidenceCheck", "evidence/{code}/{year:int}/check", "post")]
    [InlineData("WebReview", "submissions/{code}/{id}/review", "post")]
    [InlineData("WebVerification", "verification/{code}/{year:int}", "get")]
    [InlineData("WebQuery", "verification/{code}/{year:int}/queries/{id}", "post")]
    [InlineData("WebStatement", "verification/{code}/{year:int}/statement", "post")]
    public void Web_AreAnonymousRoutes_CheckedByOurCode(string function, string route, string method)
    {
        // Anonymous at the host: the caller comes from App Service authentication or a development token, and WebApi
        // answers 401/403 itself (tested on the local runner in WebAccessTests, which serves the same WebApi).
        var trigger = Trigger(function);

        Assert.Equal((route, "Anonymous", method),
            (trigger.GetProperty("route").GetString(), trigger.GetProperty("authLevel").GetString(), trigger.GetProperty("methods")[0].GetString()));
    }
}
