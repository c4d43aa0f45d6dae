using GhgReports.Cli;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>`ghg lock` refuses what is not there; `ghg status` shows what an operator needs to know, by the officers' names.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliLockAndStatusTests(AzuriteFixture fixture)
{
    private async Task<(TestStorage Storage, string[] Options)> NewStorageAsync()
    {
        var names = StorageNames.Unique();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        return (t, ["--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix]);
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(300);
        return (GhgApp.Run(args, console), console.Output);
    }

    [Fact]
    public async Task Lock_CodeNotInRegister_IsRefusedAndNothingIsLocked()
    {
        var (t, storage) = await NewStorageAsync();
        await t.UploadGroupAsync();

        var (exit, output) = Run(["lock", "ZZ", "2023", "--verifier", "V", "--statement", "S", .. storage]);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("'ZZ' is not in the group register. Registered codes: CP, LW, YN, NM", output);
        Assert.Contains("不在集团名册中", output);
        Assert.Null(await t.Pointers.GetAsync("ZZ", "2023", default));
    }

    [Fact]
    public async Task Lock_YearWithoutData_IsRefusedAndNamesTheYearsThatHaveData()
    {
        var (t, storage) = await NewStorageAsync();
        await t.UploadGroupAsync();
        await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode("CP")), "CP/CP-2023.xlsx");

        var (exit, output) = Run(["lock", "CP", "2099", "--verifier", "V", "--statement", "S", .. storage]);
        var (unlockExit, unlockOutput) = Run(["lock", "CP", "2023", "--unlock", "--reason", "why", .. storage]);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("CP has no data in force for 2099", output);
        Assert.Contains("Years with data: 2023", output);
        Assert.Null(await t.Pointers.GetAsync("CP", "2099", default));
        Assert.Equal(GhgApp.UsageOrIo, unlockExit);
        Assert.Contains("CP 2023 is not locked", unlockOutput);
    }

    [Fact]
    public async Task Lock_BeforeAnyRegister_SaysToUploadTheGroupWorkbook()
    {
        var (_, storage) = await NewStorageAsync();

        var (exit, output) = Run(["lock", "CP", "2023", "--verifier", "V", "--statement", "S", .. storage]);

        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains("No group register yet", output);
    }

    [Fact]
    public async Task Status_ShowsTheGroupWorkbookOfficersFileNamesAndLocks()
    {
        var (t, storage) = await NewStorageAsync();
        await t.UploadGroupAsync();
        // Through the page the blob gets a generated name; the officer's own file name is kept beside it.
        await t.Intake().ProcessAsync(new MemoryStream(TestStorage.Workbook(SeedSamples.ByCode("CP"))),
            new UploadedBlob("CP/20240304-0900-7f3a.xlsx", DateTimeOffset.UtcNow, "officer@example.com", "创新精密 2023 终版.xlsx"), default);
        Assert.Equal(GhgApp.Ok, Run(["lock", "CP", "2023", "--verifier", "Verifier Ltd", "--statement", "VS-1", .. storage]).Exit);

        var (exit, output) = Run(["status", "--year", "2023", .. storage]);

        Assert.Equal(GhgApp.Ok, exit);
        Assert.Contains("Group workbook in force: 创新集团（样例） · file group-2023.xlsx", output);
        Assert.Contains("创新精密 2023 终版.xlsx", output);
        Assert.DoesNotContain("20240304-0900-7f3a", output);
        Assert.Contains("Verifier Ltd · VS-1", output);
        Assert.Contains("Not yet submitted for 2023: LW, YN, NM", output);
        // The sample group's deadline, 31 March of the following year, has long passed for 2023.
        Assert.Contains("Submission deadline: 03-31 (month-day) of the year after the reporting year", output);
        Assert.Contains("The deadline for 2023, 2024-03-31, has passed; overdue: LW, YN, NM", output);
    }

    [Fact]
    public async Task Status_ByYear_ShowsCompletenessLocksAndWhoseBaseYearItIs()
    {
        var (t, storage) = await NewStorageAsync();
        await t.UploadGroupAsync();
        foreach (var code in new[] { "CP", "LW" })
        {
            await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode(code)), $"{code}/{code}-2023.xlsx");
        }
        await t.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP")), "CP/CP-2024.xlsx");
        Assert.Equal(GhgApp.Ok, Run(["lock", "CP", "2023", "--verifier", "Verifier Ltd", "--statement", "VS-1", .. storage]).Exit);

        var (exit, output) = Run(["status", .. storage]);

        Assert.Equal(GhgApp.Ok, exit);
        var lines = output.Split('\n');
        var year2023 = Assert.Single(lines, l => l.Contains("2 / 4", StringComparison.Ordinal));
        var year2024 = Assert.Single(lines, l => l.Contains("1 / 4", StringComparison.Ordinal));
        // 2023: CP and LW in force, YN and NM missing, CP locked, the base year of both (their Entity sheets say 2023).
        Assert.Matches(@"2023\s*│\s*2 / 4\s*│\s*YN, NM\s*│\s*CP\s*│\s*CP, LW", year2023);
        Assert.Matches(@"2024\s*│\s*1 / 4\s*│\s*LW, YN, NM\s*│\s*│\s*│", year2024);
        // Each year's due date from the group workbook's one deadline.
        Assert.Contains("2024-03-31", year2023);
        Assert.Contains("2025-03-31", year2024);
    }
}
