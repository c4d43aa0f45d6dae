using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>Bytes uploaded again: every upload gets a result and a record that say where those bytes stand now.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntakeDuplicateTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh workbook: the writer stamps the time, so two calls never give the same bytes.</summary>
    private static byte[] CpWithOutput(decimal output)
    {
        var sample = SeedSamples.ByCode("CP");
        return TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = output } });
    }

    [Fact]
    public async Task Process_RefusedForALockThenUnlocked_TheSameBytesAreProcessedAgain()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        await t.ProcessAsync(CpWithOutput(165_700m), "CP/v1.xlsx", Monday);
        await t.Locks.LockAsync("CP", 2023, "Verifier Ltd", "VS-1", "hq@example.com", default);
        var correction = CpWithOutput(165_800m);

        var whileLocked = await t.ProcessAsync(correction, "CP/v2.xlsx", Monday.AddDays(1));
        var againWhileLocked = await t.ProcessAsync(correction, "CP/v2-again.xlsx", Monday.AddDays(2));
        await t.Locks.UnlockAsync("CP", 2023, "hq@example.com", "correction", default);
        var afterUnlock = await t.ProcessAsync(correction, "CP/v2-after-unlock.xlsx", Monday.AddDays(3));

        Assert.Equal("period-locked", whileLocked.Check.Problems[0].Code);
        Assert.Equal((SubmissionStatus.Rejected, "CP/v2.xlsx"), (againWhileLocked.Status, againWhileLocked.DuplicateOf));
        Assert.Equal((SubmissionStatus.Accepted, null), (afterUnlock.Status, afterUnlock.DuplicateOf));
        Assert.Equal(165_800m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
        var history = (await t.Store.HistoryAsync("CP", default)).ToDictionary(h => h.BlobName, h => h.Status);
        Assert.Equal(SubmissionStatus.Rejected, history["CP/v2.xlsx"]);
        Assert.Equal(SubmissionStatus.Rejected, history["CP/v2-again.xlsx"]);
        Assert.Equal(SubmissionStatus.Accepted, history["CP/v2-after-unlock.xlsx"]);
        Assert.Equal(SubmissionStatus.Superseded, history["CP/v1.xlsx"]);
    }

    [Fact]
    public async Task Process_DuplicateOfASupersededUpload_SaysSoAndNamesTheNewer()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var morning = CpWithOutput(165_700m);
        var older = await t.ProcessAsync(morning, "CP/morning.xlsx", Monday);
        var newer = await t.ProcessAsync(CpWithOutput(166_000m), "CP/afternoon.xlsx", Monday.AddHours(5));

        var again = await t.ProcessAsync(morning, "CP/morning-again.xlsx", Monday.AddHours(6));

        Assert.Equal((SubmissionStatus.Superseded, newer.SubmissionId, "CP/morning.xlsx"), (again.Status, again.SupersededBy, again.DuplicateOf));
        Assert.Contains(again.Check.Problems, p => p.Code == "superseded");
        var record = Assert.Single(await t.Store.HistoryAsync("CP", default), h => h.BlobName == "CP/morning-again.xlsx");
        Assert.Equal((SubmissionStatus.Superseded, older.SubmissionId), (record.Status, record.DuplicateOf));
    }

    [Fact]
    public async Task Process_DuplicateRecordedBeforeTheFirstIsSuperseded_IsSupersededWithIt()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var bytes = CpWithOutput(165_700m);
        var first = await t.ProcessAsync(bytes, "CP/a.xlsx", Monday);
        var duplicate = await t.ProcessAsync(bytes, "CP/b.xlsx", Monday.AddHours(1));

        var newer = await t.ProcessAsync(CpWithOutput(166_000m), "CP/c.xlsx", Monday.AddHours(2));

        Assert.Equal((SubmissionStatus.Accepted, "CP/a.xlsx", first.SubmissionId), (duplicate.Status, duplicate.DuplicateOf, duplicate.SubmissionId));
        var result = await t.Intake().ReadResultAsync("CP/b.xlsx.result.json", default);
        Assert.Equal((SubmissionStatus.Superseded, newer.SubmissionId), (result.Status, result.SupersededBy));
        var history = (await t.Store.HistoryAsync("CP", default)).ToDictionary(h => h.BlobName, h => h.Status);
        Assert.Equal([SubmissionStatus.Superseded, SubmissionStatus.Superseded, SubmissionStatus.Accepted],
            [history["CP/a.xlsx"], history["CP/b.xlsx"], history["CP/c.xlsx"]]);
    }

    [Fact]
    public async Task Process_DuplicatesAndANewerUploadRacing_EveryResultEndsTellingTheTruth()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var first = CpWithOutput(165_700m);

        var results = await Task.WhenAll(
            t.ProcessAsync(first, "CP/a.xlsx", Monday),
            t.ProcessAsync(first, "CP/b.xlsx", Monday.AddMinutes(1)),
            t.ProcessAsync(first, "CP/c.xlsx", Monday.AddMinutes(2)),
            t.ProcessAsync(CpWithOutput(166_000m), "CP/newer.xlsx", Monday.AddHours(1)));

        var newerId = results[3].SubmissionId;
        Assert.Equal(166_000m, (await t.Store.CurrentAsync("CP", 2023, default))!.Entity.OutputTonnes);
        foreach (var name in new[] { "a", "b", "c" })
        {
            var result = await t.Intake().ReadResultAsync($"CP/{name}.xlsx.result.json", default);
            Assert.Equal((name, SubmissionStatus.Superseded, newerId), (name, result.Status, result.SupersededBy));
        }
        var history = await t.Store.HistoryAsync("CP", default);
        Assert.Equal(4, history.Count);
        Assert.All(history.Where(h => h.BlobName != "CP/newer.xlsx"), h => Assert.Equal(SubmissionStatus.Superseded, h.Status));
    }
}
