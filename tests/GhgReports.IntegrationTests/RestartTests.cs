using GhgReports.Cli.Local;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>Data survive an emulator restart between two uploads (Azurite on disk, not in memory).</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _location = Directory.CreateTempSubdirectory("ghg-azurite-").FullName;

    public void Dispose() => Directory.Delete(_location, recursive: true);

    [Fact]
    public async Task Process_AzuriteRestartedBetweenUploads_KeepsTheFirstAndSupersedesIt()
    {
        var names = StorageNames.Unique();
        string firstId;
        await using (var azurite = await Azurite.StartAsync(_location))
        {
            var t = await TestStorage.CreateAsync(azurite.ConnectionString, names);
            await t.UploadGroupAsync();
            firstId = (await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("LW")), "LW/v1.xlsx", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero))).SubmissionId;
        }

        await using (var azurite = await Azurite.StartAsync(_location))
        {
            var t = await TestStorage.CreateAsync(azurite.ConnectionString, names);
            var sample = SeedSamples.ByCode("LW");
            var second = await t.ProcessAsync(TestStorage.Workbook(sample with { Entity = sample.Entity with { OutputTonnes = 2_950m } }), "LW/v2.xlsx",
                new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero));

            Assert.Equal(SubmissionStatus.Accepted, second.Status);
            Assert.Equal(2_950m, (await t.Store.CurrentAsync("LW", 2023, default))!.Entity.OutputTonnes);
            Assert.Equal(SubmissionStatus.Superseded, (await t.Store.GetAsync("LW", firstId, default))!.Status);
        }
    }
}
