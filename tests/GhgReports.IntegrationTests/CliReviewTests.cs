using GhgReports.Cli;
using GhgReports.Intake.Samples;
using GhgReports.Review;
using GhgReports.Storage;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests;

/// <summary>`ghg review list|approve|return` and `ghg lock --use-statement` on Azurite, with 2024 workbooks and review on.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliReviewTests(AzuriteFixture fixture)
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(300);
        return (GhgApp.Run(args, console), console.Output);
    }

    [Fact]
    public async Task ReturnThenApprove_ByIdPrefix_AndLockWithTheRecordedStatement()
    {
        // The commands take a table prefix and use the default containers, as `ghg` does: unique file names keep this test's own.
        var names = new StorageNames { TablePrefix = StorageNames.Unique("clirv").TablePrefix };
        var file = names.TablePrefix;
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        string[] storage = ["--connection", fixture.Azurite.ConnectionString, "--table-prefix", names.TablePrefix];
        await t.UploadGroupAsync(SeedGroup.Workbook with { ReviewRequired = true });
        var cp = LaterYearSamples.For(2024).Single(s => s.Entity.SubsidiaryCode == "CP");
        var first = await t.ProcessAsync(TestStorage.Workbook(cp), $"CP/{file}-a.xlsx");
        var second = await t.ProcessAsync(TestStorage.Workbook(cp with { Entity = cp.Entity with { Contact = "energy@cp.example.com" } }), $"CP/{file}-b.xlsx",
            DateTimeOffset.UtcNow.AddSeconds(1));

        var listed = Run(["review", "list", .. storage]);
        var returnWithoutComment = Run(["review", "return", "CP", first.SubmissionId[..10], .. storage]);
        var returned = Run(["review", "return", "CP", first.SubmissionId[..10], "--comment", "row 7 gas", "--actor", "hq@example.com", .. storage]);
        var approved = Run(["review", "approve", "CP", second.SubmissionId[..10], "--actor", "hq@example.com", .. storage]);
        var again = Run(["review", "approve", "CP", second.SubmissionId, .. storage]);
        var noStatement = Run(["lock", "CP", "2024", "--use-statement", .. storage]);
        await new VerificationStatements(t.Storage, new AuditTrail(t.Storage), TimeProvider.System).RecordAsync("CP", 2024, "VS-2025-031", "limited", new DateOnly(2025, 4, 2), null,
            "Verifier Ltd", default);
        var locked = Run(["lock", "CP", "2024", "--use-statement", .. storage]);

        Assert.Equal(GhgApp.Ok, listed.Exit);
        Assert.Contains(first.SubmissionId, listed.Output, StringComparison.Ordinal);
        Assert.Contains(second.SubmissionId, listed.Output, StringComparison.Ordinal);
        Assert.Equal(GhgApp.UsageOrIo, returnWithoutComment.Exit);
        Assert.Contains("Returning needs a comment", returnWithoutComment.Output, StringComparison.Ordinal);
        Assert.Equal(GhgApp.Ok, returned.Exit);
        Assert.Contains($"{file}-a.xlsx: returned", returned.Output, StringComparison.Ordinal);
        Assert.Equal(GhgApp.Ok, approved.Exit);
        Assert.Contains($"{file}-b.xlsx: accepted", approved.Output, StringComparison.Ordinal);
        Assert.Equal(GhgApp.Rejected, again.Exit);
        Assert.Contains("not awaiting review", again.Output, StringComparison.Ordinal);
        Assert.Equal(second.SubmissionId, (await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);
        Assert.Equal(GhgApp.UsageOrIo, noStatement.Exit);
        Assert.Contains("no verification statement for CP 2024", noStatement.Output, StringComparison.Ordinal);
        Assert.Equal(GhgApp.Ok, locked.Exit);
        var pointer = await t.Pointers.GetAsync("CP", "2024", default);
        Assert.Equal((true, "Verifier Ltd", "VS-2025-031"), (pointer!.Locked, pointer.Verifier, pointer.StatementReference));
    }
}
