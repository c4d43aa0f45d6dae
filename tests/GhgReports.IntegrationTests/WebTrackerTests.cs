using System.Net;
using System.Text.Json;
using GhgReports.Intake.Samples;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Group HQ's tracker route on the local runner's LocalHttp against Azurite, in the later year 2024: who has data in
/// force, who is late against the group workbook's deadline, the group's figures as the plan prints them, the register
/// and the locks and unlocks with who, when, statement and reason. Only group HQ may read it.
/// </summary>
public sealed class WebTrackerTests(AzuriteFixture fixture) : WebRouteTest(fixture, "webtr")
{
    private Task<JsonElement> TrackerAsync(int year) => JsonAsync($"/api/tracker/{year}", Hq);

    private static SubsidiaryWorkbook Sample2024(string code) => LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == code);

    /// <summary>
    /// 2023 in force for all four (the group's base year); for 2024 CP and LW accepted, NM's only upload rejected and YN
    /// nothing at all. The sample group's deadline, 31 March of the following year, has passed for 2024.
    /// </summary>
    private async Task StoreYearsAsync()
    {
        await Storage.UploadGroupAsync();
        foreach (var sample in SeedSamples.All)
        {
            await Storage.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/{sample.Entity.SubsidiaryCode}-2023.xlsx");
        }
        foreach (var code in new[] { "CP", "LW" })
        {
            Assert.Equal(SubmissionStatus.Accepted, (await Storage.ProcessAsync(TestStorage.Workbook(Sample2024(code)), $"{code}/{code}-2024.xlsx")).Status);
        }
        Assert.Equal(SubmissionStatus.Rejected, (await Storage.ProcessAsync(BrokenWorkbook.WithTextInAmount(Sample2024("NM")), "NM/NM-2024.xlsx")).Status);
    }

    private static JsonElement Row(JsonElement tracker, string code) =>
        tracker.GetProperty("subsidiaries").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Tracker2024_MissingAndRejectedSubsidiariesPastTheDeadline_AreOverdue_InForceOnesAreNot()
    {
        await StoreYearsAsync();

        var tracker = await TrackerAsync(2024);

        Assert.Equal("2025-03-31", tracker.GetProperty("deadline").GetString());
        Assert.True(tracker.GetProperty("deadlinePassed").GetBoolean());
        Assert.Equal(["CP", "LW", "YN", "NM"], tracker.GetProperty("subsidiaries").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var yn = Row(tracker, "YN");
        Assert.Equal(("missing", true), (yn.GetProperty("status").GetString(), yn.GetProperty("overdue").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, yn.GetProperty("lastUploadAt").ValueKind);
        var nm = Row(tracker, "NM");
        Assert.Equal(("rejected", true), (nm.GetProperty("status").GetString(), nm.GetProperty("overdue").GetBoolean()));
        Assert.Equal(("NM-2024.xlsx", "rejected"), (nm.GetProperty("lastUploadFile").GetString(), nm.GetProperty("lastUploadStatus").GetString()));
        Assert.Equal(JsonValueKind.Null, nm.GetProperty("fileInForce").ValueKind);
        var cp = Row(tracker, "CP");
        Assert.Equal(("in-force", false), (cp.GetProperty("status").GetString(), cp.GetProperty("overdue").GetBoolean()));
        Assert.Equal("CP-2024.xlsx", cp.GetProperty("fileInForce").GetString());
        Assert.Equal(JsonValueKind.Number, cp.GetProperty("warnings").ValueKind);
        // The register as in force, read-only, all four lines.
        Assert.Equal(["CP", "LW", "YN", "NM"], tracker.GetProperty("register").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        // 2023, the other year: everyone in force, so no one is overdue, under that year's own deadline.
        var earlier = await TrackerAsync(2023);
        Assert.Equal("2024-03-31", earlier.GetProperty("deadline").GetString());
        Assert.All(earlier.GetProperty("subsidiaries").EnumerateArray(), r => Assert.False(r.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Tracker2024_GroupFigures_AreThePlansOwn()
    {
        await StoreYearsAsync();

        var kpis = (await TrackerAsync(2024)).GetProperty("kpis");

        Assert.Equal(["CP", "LW"], kpis.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(2023, kpis.GetProperty("baseYear").GetInt32());
        var scope12 = kpis.GetProperty("scope12Tco2e").GetDecimal();
        var intensity = kpis.GetProperty("intensity").GetDecimal();
        var target = kpis.GetProperty("target");
        Assert.Equal((2023, 2025), (target.GetProperty("baseYear").GetInt32(), target.GetProperty("targetYear").GetInt32()));
        Assert.True(target.GetProperty("levelAtTargetYear").GetDecimal() < target.GetProperty("baseValue").GetDecimal());
        // The plan for 2024 prints the same figures in its summary.
        var published = await App.Services.GetRequiredService<PlanGenerator>().GenerateAsync(2024, [Language.En], default);
        var pdf = (await Storage.Storage.Reports.GetBlobClient(Assert.Single(published!).BlobName).DownloadContentAsync()).Value.Content.ToArray();
        var text = PdfText.Of(pdf);
        Assert.Contains($"the group (2 subsidiaries) emitted {PlanNumbers.Tonnes(scope12)} tCO2e in scope 1+2", text.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.Contains($"{PlanNumbers.Intensity(intensity)} tCO2e/t", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracker2024_LockAndUnlock_AreListedWithWhoWhenStatementAndReason()
    {
        await StoreYearsAsync();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/periods/CP/2024/lock?verifier=SGS&statement=VS-2025-004", Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Delete, "/api/periods/CP/2024/lock?reason=" + Uri.EscapeDataString("补充第3类 category 3 added"), Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/periods/LW/2024/lock?verifier=SGS&statement=VS-2025-005", Hq)).StatusCode);
        // A 2023 lock is another year's history.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/periods/CP/2023/lock?verifier=SGS&statement=VS-2024-017", Hq)).StatusCode);

        var tracker = await TrackerAsync(2024);

        var history = tracker.GetProperty("lockHistory").EnumerateArray().ToList();
        Assert.Equal([("LW", "lock"), ("CP", "unlock"), ("CP", "lock")],
            history.Select(h => (h.GetProperty("subsidiary").GetString(), h.GetProperty("action").GetString())));
        Assert.All(history, h => Assert.Equal("hq tester", h.GetProperty("by").GetString()));
        Assert.Equal("补充第3类 category 3 added", history[1].GetProperty("reason").GetString());
        Assert.Equal(("SGS", "VS-2025-004"), (history[2].GetProperty("verifier").GetString(), history[2].GetProperty("statement").GetString()));
        Assert.True(history[0].GetProperty("at").GetDateTimeOffset() >= history[2].GetProperty("at").GetDateTimeOffset());
        var lw = Row(tracker, "LW");
        Assert.Equal((true, "VS-2025-005", "hq tester"), (lw.GetProperty("locked").GetBoolean(), lw.GetProperty("statement").GetString(), lw.GetProperty("lockedBy").GetString()));
        Assert.False(Row(tracker, "CP").GetProperty("locked").GetBoolean());
    }

    [Fact]
    public async Task Tracker_OnlyGroupHq_MayReadIt()
    {
        await StoreYearsAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/tracker/2024", null)).StatusCode);
        foreach (var caller in new[] { OfficerCp, VerifierOf("CP", 2024), Compliance, Management })
        {
            var refused = await SendAsync(HttpMethod.Get, "/api/tracker/2024", caller);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("CP-2024.xlsx", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/api/tracker/1800", Hq)).StatusCode);
    }

    [Fact]
    public async Task Tracker_BeforeAnyGroupWorkbook_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/tracker/2024", Hq)).StatusCode);
    }
}
