using Azure.Data.Tables;
using GhgReports.Reporting.Runs;
using GhgReports.Review;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The states are enums in code, but the tables hold the same columns and words as before: rows written earlier read
/// back, and a filter on the column finds what the code wrote.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StoredStatusColumnTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Entities_WriteTheirStateUnderTheOldColumnWithTheOldWord_AndReadOldRowsBack()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.Storage.Submissions.AddEntityAsync(new SubmissionEntity { PartitionKey = "CP", RowKey = "new", Status = SubmissionStatus.AwaitingReview });
        await t.Storage.Runs.AddEntityAsync(new RunEntity { PartitionKey = "2024-1", Status = RunStatus.Running, GroupState = GroupPackState.Queued });
        await t.Storage.Verification.AddEntityAsync(new QueryEntity { PartitionKey = "CP", RowKey = "2024-q-1", Status = QueryStatus.Answered });
        // As a row written before the enums: a plain entity with the word.
        await t.Storage.Submissions.AddEntityAsync(new TableEntity("CP", "old") { ["Status"] = "superseded", ["BlobName"] = "CP/old.xlsx" });

        var submission = (await t.Storage.Submissions.GetEntityAsync<TableEntity>("CP", "new")).Value;
        var run = (await t.Storage.Runs.GetEntityAsync<TableEntity>("2024-1", RunRecords.RunRow)).Value;
        var query = (await t.Storage.Verification.GetEntityAsync<TableEntity>("CP", "2024-q-1")).Value;
        var old = (await t.Storage.Submissions.GetEntityAsync<SubmissionEntity>("CP", "old")).Value;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"CP"} and Status eq {StoredName.Of(SubmissionStatus.AwaitingReview)}");
        var found = await t.Storage.Submissions.QueryAsync<SubmissionEntity>(filter).Select(s => s.RowKey).ToListAsync();

        Assert.Equal(("awaiting-review", "running", "queued", "answered"),
            (submission.GetString("Status"), run.GetString("Status"), run.GetString("GroupState"), query.GetString("Status")));
        Assert.DoesNotContain(submission.Keys, k => k.StartsWith("Stored", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Keys, k => k.StartsWith("Stored", StringComparison.Ordinal));
        Assert.Equal(SubmissionStatus.Superseded, old.Status);
        Assert.Equal(["new"], found);
    }
}
