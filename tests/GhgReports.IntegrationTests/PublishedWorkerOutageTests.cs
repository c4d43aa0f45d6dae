using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.IntegrationTests.FunctionsHost;
using GhgReports.IntegrationTests.FunctionsHost.Protocol;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.Extensions.Configuration;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The shipped worker while its storage is down, then back: the process stays up, HTTP routes answer 503 in both
/// languages, a blob trigger fails (so the host retries it), and once storage answers the same worker processes uploads.
/// </summary>
public sealed class PublishedWorkerOutageTests
{
    private const string SigningKey = "published-worker-outage-signing-key";

    [Fact]
    public async Task Worker_StorageDownThenUp_Answers503AndFailsTriggersThenServesBoth()
    {
        var ports = FreePorts.ForAzurite();
        var connection = Azurite.ConnectionStringFor(ports);
        var names = StorageNames.Unique("pout");
        var settings = LocalSettings.For(connection, names, new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = SigningKey });
        await using var host = await MinimalFunctionsHost.StartAsync(PublishedApp.Path,
            settings.AsEnumerable().Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value));
        var token = new DevelopmentTokens(SigningKey, TimeProvider.System).Issue(new Caller("hq tester", [Roles.Hq], [], []), TimeSpan.FromHours(1));

        var (down, _) = await host.SendHttpAsync(AppTriggers.WebSubmissions, Submissions(token), new Dictionary<string, string> { ["code"] = "NM" });
        var failed = await host.InvokeAsync(AppTriggers.SubmissionUploaded, [Blob(names, "NM/NM-2023.xlsx")], Metadata(names, "NM/NM-2023.xlsx", connection));

        var body = await down.Content.ReadAsStringAsync();
        Assert.True(down.StatusCode == HttpStatusCode.ServiceUnavailable, body + host.Output);
        using (var error = JsonDocument.Parse(body))
        {
            Assert.Equal("storage-unavailable", error.RootElement.GetProperty("error").GetString());
            Assert.Contains("存储", error.RootElement.GetProperty("zh").GetString(), StringComparison.Ordinal);
            Assert.Contains("Storage", error.RootElement.GetProperty("en").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(TimeSpan.FromSeconds(30), down.Headers.RetryAfter?.Delta);
        Assert.Equal(StatusResult.Types.Status.Failure, failed.Result.Status);

        await using var azurite = await Azurite.StartAsync(ports: ports);
        var t = await TestStorage.CreateAsync(connection, names);
        await t.UploadGroupAsync();
        await t.Storage.Uploads.UploadBlobAsync("NM/NM-2023.xlsx", new BinaryData(TestStorage.Workbook(SeedSamples.ByCode("NM"))));
        var processed = await host.InvokeAsync(AppTriggers.SubmissionUploaded, [Blob(names, "NM/NM-2023.xlsx")], Metadata(names, "NM/NM-2023.xlsx", connection));
        var (up, _) = await host.SendHttpAsync(AppTriggers.WebSubmissions, Submissions(token), new Dictionary<string, string> { ["code"] = "NM" });

        Assert.True(processed.Result.Status == StatusResult.Types.Status.Success, processed.Result.Exception?.Message + host.Output);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Contains("NM/NM-2023.xlsx", await up.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Accepted, (await t.Store.HistoryAsync("NM", default)).Single().Status);
    }

    private static HttpRequestMessage Submissions(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/submissions/NM");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static ParameterBinding Blob(StorageNames names, string blobName) =>
        new() { Name = "blob", Data = MinimalFunctionsHost.BlobReference(AppTriggers.Connection, names.Uploads, blobName) };

    private static Dictionary<string, TypedData> Metadata(StorageNames names, string blobName, string connection) => new()
    {
        ["subsidiary"] = new() { String = blobName.Split('/')[0] },
        ["name"] = new() { String = blobName.Split('/')[1] },
        ["BlobTrigger"] = new() { String = $"{names.Uploads}/{blobName}" },
        ["Uri"] = new() { String = new Azure.Storage.Blobs.BlobServiceClient(connection).GetBlobContainerClient(names.Uploads).GetBlobClient(blobName).Uri.ToString() },
    };
}
