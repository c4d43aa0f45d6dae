using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.IntegrationTests.FunctionsHost;
using GhgReports.IntegrationTests.FunctionsHost.Protocol;
using GhgReports.Plan;
using GhgReports.Localization;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.Extensions.Configuration;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The artifact `azd deploy` ships, started as the Functions host starts it and driven through the host protocol
/// (<see cref="MinimalFunctionsHost"/>) on Azurite: blob, queue, timer and HTTP triggers, each through the worker's
/// own bindings and its own wiring (Program.cs), not the local runner's. Not covered here: Event Grid delivery, the
/// host's retries and poison queues, and function keys, which belong to the host itself.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishedWorkerTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private const string SigningKey = "published-worker-tests-signing-key";
    private static readonly Caller Hq = new("Li Hua (HQ)", [Roles.Hq], [], []);
    private readonly StorageNames names = StorageNames.Unique("pub");
    private MinimalFunctionsHost host = null!;
    private TestStorage storage = null!;

    public async Task InitializeAsync()
    {
        storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        var settings = LocalSettings.For(fixture.Azurite.ConnectionString, names, new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = SigningKey });
        host = await MinimalFunctionsHost.StartAsync(PublishedApp.Path,
            settings.AsEnumerable().Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void Worker_IndexesTheDeclaredFunctions_AndOffersItsHttpListener()
    {
        TriggerParity.AssertFunctionsApp(host.Functions.Values.Select(f => (f.Name, f.RawBindings.Select(raw => JsonDocument.Parse(raw).RootElement))));
        Assert.True(host.Capabilities.TryGetValue("HttpUri", out var uri) && uri.StartsWith("http://", StringComparison.Ordinal), host.Output);
    }

    [Fact]
    public async Task BlobTrigger_SampleWorkbook_IsAcceptedAndStored_AsOnTheRunner()
    {
        await UploadThroughWorkerAsync("_group/group-2023.xlsx", TestStorage.GroupWorkbookBytes(SeedGroup.Workbook));
        var bytes = TestStorage.Workbook(SeedSamples.ByCode("CP"));

        var invocation = await UploadThroughWorkerAsync("CP/CP-2023.xlsx", bytes);

        var submission = Assert.Single(await storage.Store.HistoryAsync("CP", default));
        // The same file through the runner's path, into storage of its own: the same verdict and the same rows.
        var runner = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await runner.UploadGroupAsync();
        var expected = await runner.ProcessAsync(bytes, "CP/CP-2023.xlsx");
        Assert.Equal(StatusResult.Types.Status.Success, invocation.Result.Status);
        Assert.Equal((SubmissionStatus.Accepted, "CP/CP-2023.xlsx"), (submission.Status, submission.BlobName));
        Assert.Equal((expected.Status, expected.DetailRows), (submission.Status, submission.DetailRows));
        Assert.Equal(expected.DetailRows, await storage.DetailRowCountAsync(submission.RowKey));
        Assert.Equal(expected.ArchivePath, submission.ArchivePath);
    }

    [Fact]
    public async Task BlobTrigger_GivenTheBytesInsteadOfABlobReference_Fails()
    {
        var bytes = TestStorage.Workbook(SeedSamples.ByCode("LW"));
        await storage.Storage.Uploads.UploadBlobAsync("LW/LW-2023.xlsx", new BinaryData(bytes));

        var invocation = await host.InvokeAsync(AppTriggers.SubmissionUploaded,
            [new ParameterBinding { Name = "blob", Data = new TypedData { Bytes = Google.Protobuf.ByteString.CopyFrom(bytes) } }],
            BlobTriggerMetadata("LW/LW-2023.xlsx"));

        // The worker binds a BlobClient only from model binding data: this is what the host must send, and does.
        Assert.Equal(StatusResult.Types.Status.Failure, invocation.Result.Status);
        Assert.Empty(await storage.Store.HistoryAsync("LW", default));
    }

    [Fact]
    public async Task QueueTrigger_BuildPack_PublishesTheSubsidiaryPack()
    {
        await storage.UploadGroupAsync();
        await storage.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("YN")), "YN/YN-2023.xlsx");
        var message = JsonSerializer.Serialize(new PackRequest(2023, "YN"), ReportingJson.Default.PackRequest);

        var invocation = await host.InvokeAsync(AppTriggers.BuildPack, [new ParameterBinding { Name = "message", Data = new TypedData { String = message } }],
            new Dictionary<string, TypedData> { ["DequeueCount"] = new() { Json = "1" }, ["Id"] = new() { String = Guid.NewGuid().ToString() } });

        Assert.True(invocation.Result.Status == StatusResult.Types.Status.Success, invocation.Result.Exception?.Message + "\n" + host.Output);
        Assert.True(await storage.Storage.Reports.GetBlobClient(PackAssembler.BlobName("YN", 2023)).ExistsAsync());
    }

    [Fact]
    public async Task TimerTrigger_GeneratePlan_PublishesBothEditionsForTheLastCompleteYear()
    {
        // The timer reports on the year before the clock's; give it data for that year.
        var year = AppTriggers.ScheduledReportingYear(TimeProvider.System);
        await storage.UploadGroupAsync();
        foreach (var sample in SeedSamples.All)
        {
            var restated = await storage.ProcessAsync(TestStorage.Workbook(LaterYearSamples.Restate(sample, year, 1m, 1m)), $"{sample.Entity.SubsidiaryCode}/{year}.xlsx");
            Assert.Equal(SubmissionStatus.Accepted, restated.Status);
        }

        var invocation = await host.InvokeAsync(AppTriggers.GeneratePlan,
            [new ParameterBinding { Name = "timer", Data = new TypedData { Json = """{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}""" } }]);

        Assert.True(invocation.Result.Status == StatusResult.Types.Status.Success, invocation.Result.Exception?.Message + "\n" + host.Output);
        foreach (var language in PlanGenerator.Editions)
        {
            Assert.True(await storage.Storage.Reports.GetBlobClient(PlanGenerator.BlobName(year, language)).ExistsAsync(), $"{year} {language}");
        }
    }

    [Fact]
    public async Task TimerTrigger_BackupTables_ExportsEveryTableWithAManifest()
    {
        await storage.UploadGroupAsync();

        var invocation = await host.InvokeAsync(AppTriggers.BackupTables,
            [new ParameterBinding { Name = "timer", Data = new TypedData { Json = """{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}""" } }]);

        Assert.True(invocation.Result.Status == StatusResult.Types.Status.Success, invocation.Result.Exception?.Message + "\n" + host.Output);
        var files = new List<string>();
        await foreach (var blob in storage.Storage.Backups.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, GhgReports.Storage.Backups.TableExport.Folder, default))
        {
            files.Add(blob.Name[(blob.Name.LastIndexOf('/') + 1)..]);
        }
        string[] expected = [.. names.Tables.Select(t => t[names.TablePrefix.Length..] + ".jsonl.gz"), "manifest.json"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HttpTrigger_Me_AnswersTheSignedInCaller_And401WithoutOne()
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "api/me");
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "api/me");
        signedIn.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new DevelopmentTokens(SigningKey, TimeProvider.System).Issue(Hq, TimeSpan.FromHours(1)));

        var (refused, _) = await host.SendHttpAsync(AppTriggers.WebMe, anonymous);
        var (answered, invocation) = await host.SendHttpAsync(AppTriggers.WebMe, signedIn);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync() + host.Output);
        Assert.Contains("Li Hua (HQ)", await answered.Content.ReadAsStringAsync());
        Assert.Equal(StatusResult.Types.Status.Success, invocation.Result.Status);
    }

    [Fact]
    public async Task HttpTrigger_RouteValues_ReachTheFunction()
    {
        await storage.UploadGroupAsync();
        await storage.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("NM")), "NM/NM-2023.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/submissions/NM");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new DevelopmentTokens(SigningKey, TimeProvider.System).Issue(Hq, TimeSpan.FromHours(1)));

        var (response, _) = await host.SendHttpAsync(AppTriggers.WebSubmissions, request, new Dictionary<string, string> { ["code"] = "NM" });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body + host.Output);
        Assert.Contains("NM/NM-2023.xlsx", body);
    }

    [Fact]
    public async Task HttpTrigger_PackRoute_Answers202WithTheRun_WhichTheQueueTriggerCarriesToDone_AndTheStatusRouteShows()
    {
        await storage.UploadGroupAsync();
        var yn = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "YN");
        await storage.ProcessAsync(TestStorage.Workbook(yn), "YN/YN-2024.xlsx");

        var (started, startInvocation) = await host.SendHttpAsync(AppTriggers.GeneratePacksOnDemand, SignedIn(HttpMethod.Post, "api/packs/2024?subsidiary=YN"),
            new Dictionary<string, string> { ["year"] = "2024" });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync() + host.Output);
        var location = started.Headers.Location!.OriginalString;
        var id = location["/api/runs/".Length..];
        // The host delivers the run's messages: YN's pack, then the group pack YN's end queued.
        var pack = await InvokeQueuedAsync(AppTriggers.BuildPack, id, null);
        var group = await InvokeQueuedAsync(AppTriggers.BuildPack, id, PackRequest.GroupPack);
        var (status, _) = await host.SendHttpAsync(AppTriggers.WebRun, SignedIn(HttpMethod.Get, location.TrimStart('/')),
            new Dictionary<string, string> { ["id"] = id });

        Assert.Equal(StatusResult.Types.Status.Success, startInvocation.Result.Status);
        Assert.True(pack.Result.Status == StatusResult.Types.Status.Success, pack.Result.Exception?.Message + host.Output);
        Assert.True(group.Result.Status == StatusResult.Types.Status.Success, group.Result.Exception?.Message + host.Output);
        var body = await status.Content.ReadAsStringAsync();
        Assert.True(status.StatusCode == HttpStatusCode.OK, body + host.Output);
        var run = JsonDocument.Parse(body).RootElement;
        Assert.Equal("done", run.GetProperty("status").GetString());
        Assert.Equal([PackAssembler.BlobName("GROUP", 2024), PackAssembler.BlobName("YN", 2024)],
            run.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("blobName").GetString()).Order());
        Assert.All(run.GetProperty("documents").EnumerateArray(), d => Assert.StartsWith("http", d.GetProperty("readLink").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueTrigger_PoisonedPackRequest_RecordsTheFailureInItsRun()
    {
        await storage.UploadGroupAsync();
        await storage.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP")), "CP/CP-2024.xlsx");
        var (started, _) = await host.SendHttpAsync(AppTriggers.GeneratePacksOnDemand, SignedIn(HttpMethod.Post, "api/packs/2024"),
            new Dictionary<string, string> { ["year"] = "2024" });
        var id = started.Headers.Location!.OriginalString["/api/runs/".Length..];

        // As the host does after maxDequeueCount failures: the same message, now on pack-requests-poison.
        var poisoned = await InvokeQueuedAsync(AppTriggers.PoisonedPackRequest, id, null);

        Assert.True(poisoned.Result.Status == StatusResult.Types.Status.Success, poisoned.Result.Exception?.Message + host.Output);
        var run = await new GhgReports.Reporting.Runs.RunRecords(storage.Storage, TimeProvider.System).GetAsync(id, default);
        Assert.Equal((GhgReports.Reporting.Runs.RunStatus.Failed, 1), (run!.Status, run.Failed));
        var step = Assert.Single(await new GhgReports.Reporting.Runs.RunRecords(storage.Storage, TimeProvider.System).StepsAsync(id, default));
        Assert.Equal(("CP", GhgReports.Reporting.Runs.RunStatus.Failed, "poisoned"), (step.Subsidiary, step.Status, step.Error));
    }

    private static HttpRequestMessage SignedIn(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new DevelopmentTokens(SigningKey, TimeProvider.System).Issue(Hq, TimeSpan.FromHours(1)));
        return request;
    }

    /// <summary>
    /// Takes this run's message off pack-requests (the queue is shared by every test; others' messages are left to
    /// reappear) and delivers it to <paramref name="function"/> as the host would, decoded.
    /// </summary>
    private async Task<InvocationResponse> InvokeQueuedAsync(string function, string runId, string? document)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            foreach (var message in (await storage.Storage.PackRequests.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(2), timeout.Token)).Value)
            {
                var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
                var request = JsonSerializer.Deserialize(json, ReportingJson.Default.PackRequest)!;
                if (request.RunId == runId && request.Document == document)
                {
                    await storage.Storage.PackRequests.DeleteMessageAsync(message.MessageId, message.PopReceipt, timeout.Token);
                    return await host.InvokeAsync(function, [new ParameterBinding { Name = "message", Data = new TypedData { String = json } }],
                        new Dictionary<string, TypedData> { ["DequeueCount"] = new() { Json = "1" }, ["Id"] = new() { String = message.MessageId } });
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    /// <summary>Uploads a workbook and fires the blob trigger as the host does once Event Grid reports the new blob.</summary>
    private async Task<InvocationResponse> UploadThroughWorkerAsync(string blobName, byte[] bytes)
    {
        await storage.Storage.Uploads.UploadBlobAsync(blobName, new BinaryData(bytes));
        return await host.InvokeAsync(AppTriggers.SubmissionUploaded,
            [new ParameterBinding { Name = "blob", Data = MinimalFunctionsHost.BlobReference(AppTriggers.Connection, names.Uploads, blobName) }],
            BlobTriggerMetadata(blobName));
    }

    private Dictionary<string, TypedData> BlobTriggerMetadata(string blobName) => new()
    {
        ["subsidiary"] = new() { String = blobName.Split('/')[0] },
        ["name"] = new() { String = blobName.Split('/')[1] },
        ["BlobTrigger"] = new() { String = $"{names.Uploads}/{blobName}" },
        ["Uri"] = new() { String = storage.Storage.Uploads.GetBlobClient(blobName).Uri.ToString() },
    };
}
