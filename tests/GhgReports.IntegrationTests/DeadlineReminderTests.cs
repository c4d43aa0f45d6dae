using System.Collections.Concurrent;
using System.Text.Json;
using GhgReports.Cli;
using GhgReports.Intake.Samples;
using GhgReports.Reminders;
using GhgReports.Reporting;
using GhgReports.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Deadline reminders through the notification webhook, on Azurite, with a local HTTP listener as the webhook, in the
/// later year 2024 (due 31 March 2025 in the sample group workbook): a week before and on the day, each registered
/// subsidiary with nothing in force is reminded once, however often the round runs that day.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeadlineReminderTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private TestStorage storage = null!;
    private WebApplication webhook = null!;
    private readonly ConcurrentQueue<JsonElement> received = new();
    /// <summary>What the webhook answers; a test sets 500 to play a refusing webhook.</summary>
    private int webhookStatus = 200;

    public async Task InitializeAsync()
    {
        storage = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, StorageNames.Unique("remind"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        webhook = builder.Build();
        webhook.MapPost("/hook", async (HttpRequest request) =>
        {
            if (webhookStatus == 200)
            {
                received.Enqueue((await JsonDocument.ParseAsync(request.Body)).RootElement.Clone());
            }
            return Results.StatusCode(webhookStatus);
        });
        await webhook.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await webhook.StopAsync();
        await webhook.DisposeAsync();
    }

    private Uri Hook => new(webhook.Urls.First() + "/hook");

    private DeadlineReminders Reminders(DateTimeOffset now, HttpClient http) =>
        new(storage.Store, storage.Pointers, storage.Storage, new FixedClock(now),
            new NotificationWebhook(new OneClient(http), Options.Create(new NotificationOptions { NotificationWebhookUrl = Hook.ToString() })));

    private sealed class OneClient(HttpClient http) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => http;
    }

    /// <summary>2023 in force for all four; for 2024 only CP and LW, so YN and NM are the ones to remind.</summary>
    private async Task StoreAsync()
    {
        await storage.UploadGroupAsync();
        foreach (var sample in SeedSamples.All)
        {
            await storage.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2023.xlsx");
        }
        foreach (var sample in LaterYearSamples.For(2024).Where(w => w.Entity.SubsidiaryCode is "CP" or "LW"))
        {
            Assert.Equal(SubmissionStatus.Accepted, (await storage.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2024.xlsx")).Status);
        }
    }

    private static readonly DateTimeOffset WeekBefore = new(2025, 3, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WeekBefore2024Deadline_RemindsThoseWithNothingInForce_OnceThatDay()
    {
        await StoreAsync();
        using var http = new HttpClient();

        var first = await Reminders(WeekBefore, http).SendAsync(2024, default);
        var again = await Reminders(WeekBefore.AddHours(5), http).SendAsync(2024, default);

        Assert.Equal(["YN", "NM"], first!.Reminded);
        var posts = received.ToList();
        Assert.Equal(["YN", "NM"], posts.Select(p => p.GetProperty("subsidiary").GetString()));
        var yn = posts[0];
        Assert.Equal(("deadline-reminder", 2024, "2025-03-31", 7),
            (yn.GetProperty("kind").GetString(), yn.GetProperty("year").GetInt32(), yn.GetProperty("deadline").GetString(), yn.GetProperty("daysLeft").GetInt32()));
        Assert.Contains("due by 2025-03-31", yn.GetProperty("textEn").GetString(), StringComparison.Ordinal);
        Assert.Contains("截止日为 2025-03-31", yn.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        // The second round the same day posts nothing: both were recorded as reminded.
        Assert.Empty(again!.Reminded);
        Assert.Equal(["YN", "NM"], again.AlreadyReminded);
        Assert.Equal(2, received.Count);
        var audit = await storage.Storage.Audit.GetEntityAsync<AuditEntity>("NM", DeadlineReminders.RowKey(2024, new DateOnly(2025, 3, 24)));
        Assert.Equal((AuditAction.DeadlineReminder, 2024), (audit.Value.Action, audit.Value.ReportingYear));
    }

    [Fact]
    public async Task OtherDays_NothingBetween_AndOnTheDayTheReminderSaysToday()
    {
        await StoreAsync();
        using var http = new HttpClient();

        var between = await Reminders(WeekBefore.AddDays(1), http).SendAsync(2024, default);
        Assert.False(between!.ReminderDay);
        Assert.Empty(received);

        var onTheDay = await Reminders(new DateTimeOffset(2025, 3, 31, 1, 0, 0, TimeSpan.Zero), http).SendAsync(2024, default);

        Assert.Equal(["YN", "NM"], onTheDay!.Reminded);
        Assert.All(received, p => Assert.Equal(0, p.GetProperty("daysLeft").GetInt32()));
        Assert.Contains("due today", received.First().GetProperty("textEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookRefuses_TheClaimIsGivenBack_TheNextRoundThatDayPosts()
    {
        await StoreAsync();
        using var http = new HttpClient();
        webhookStatus = 500;

        var refused = await Reminders(WeekBefore, http).SendAsync(2024, default);
        webhookStatus = 200;
        var retried = await Reminders(WeekBefore.AddHours(1), http).SendAsync(2024, default);

        Assert.Equal(["YN", "NM"], refused!.Failed);
        Assert.Equal(["YN", "NM"], retried!.Reminded);
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task GhgRemind_NotAReminderDay_SaysWhenRemindersGoOut_AndPostsNothing()
    {
        await StoreAsync();
        var console = new TestConsole().Width(400);

        // The sample group's 2023 deadline (31 March 2024) lies behind today, so today is no reminder day for 2023.
        var exit = GhgApp.Run(["remind", "--year", "2023", "--connection", fixture.Azurite.ConnectionString,
            "--table-prefix", storage.Storage.Names.TablePrefix, "--webhook", Hook.ToString()], console);

        Assert.Equal(GhgApp.Ok, exit);
        Assert.Contains("is not a reminder day for 2023", console.Output, StringComparison.Ordinal);
        Assert.Contains("2024-03-31", console.Output, StringComparison.Ordinal);
        Assert.Empty(received);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
