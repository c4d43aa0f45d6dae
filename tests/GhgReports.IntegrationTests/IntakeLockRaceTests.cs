using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>A lock set while an intake is writing its rows: the lock and the pointer share one entity and one ETag.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntakeLockRaceTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Process_LockedWhileWritingRows_RejectedAsLockedAndItsRowsNeverVisible()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("NM");
        var first = await t.ProcessAsync(TestStorage.Workbook(sample), "NM/v1.xlsx", Monday);
        var lockedOnce = 0;
        var lockMidway = new IntakeOptions
        {
            AfterDetailBatch = async n =>
            {
                if (n == 1 && Interlocked.Exchange(ref lockedOnce, 1) == 0)
                {
                    await t.Locks.LockAsync("NM", 2023, "Verifier Ltd", "VS-2024-017", "hq@example.com", default);
                }
            },
        };

        var correction = await t.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 590_000m } }),
            "NM/v2.xlsx", Monday.AddDays(1), lockMidway);

        Assert.Equal(1, lockedOnce);
        Assert.Equal(SubmissionStatus.Rejected, correction.Status);
        Assert.Equal("period-locked", correction.Check.Problems[0].Code);
        Assert.Contains("VS-2024-017", correction.Check.Problems[0].MessageEn, StringComparison.Ordinal);
        var pointer = await t.Pointers.GetAsync("NM", "2023", default);
        Assert.Equal((first.SubmissionId, true), (pointer!.SubmissionId, pointer.Locked));
        Assert.Equal(585_000m, (await t.Store.CurrentAsync("NM", 2023, default))!.Entity.OutputTonnes);
        Assert.Equal(0, await t.DetailRowCountAsync(correction.SubmissionId));
        var stored = await t.Store.GetAsync("NM", correction.SubmissionId, default);
        Assert.Equal(SubmissionStatus.Rejected, stored!.Status);
        var written = await t.Intake().ReadResultAsync("NM/v2.xlsx.result.json", default);
        Assert.Equal((SubmissionStatus.Rejected, false), (written.Status, written.Check.Accepted));
    }

    [Fact]
    public async Task Process_FirstUploadOfAPeriodLockedMidway_LeavesNoPointerToData()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var lockMidway = new IntakeOptions
        {
            AfterDetailBatch = n => n == 1 ? t.Locks.LockAsync("CP", 2023, "Verifier Ltd", "VS-1", "hq@example.com", default) : Task.CompletedTask,
        };

        var result = await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP-2023.xlsx", Monday, lockMidway);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Null((await t.Pointers.GetAsync("CP", "2023", default))!.SubmissionId);
        Assert.Null(await t.Store.CurrentAsync("CP", 2023, default));
        Assert.Equal(0, await t.DetailRowCountAsync(result.SubmissionId));
    }
}
