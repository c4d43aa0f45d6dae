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

    [Fact]
    public async Task KindsAndActions_AreWrittenWithTheOldWords_AndOldRowsReadBack()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var run = await new RunRecords(t.Storage, TimeProvider.System).CreateAsync(RunKind.Packs, 2024, null, "hq", scheduled: false, ["CP"], default);
        await t.Locks.LockAsync("CP", 2024, "SGS", "VS-1", "hq", default);
        await t.Storage.Inventories.AddEntityAsync(new InventoryRecordEntity { PartitionKey = "CP", RowKey = "2024-new", Action = AuditAction.Recalculation });
        // As rows written before the enums: plain entities with the words.
        await t.Storage.Runs.AddEntityAsync(new TableEntity("2023-old", RunRecords.RunRow) { ["Kind"] = "plan", ["Status"] = "done", ["GroupState"] = "waiting" });
        await t.Storage.Audit.AddEntityAsync(new TableEntity("CP", "old") { ["Action"] = "review-refused-locked", ["Actor"] = "hq" });
        await t.Storage.Inventories.AddEntityAsync(new TableEntity("CP", "2024-old") { ["Action"] = "intake" });

        var runRow = (await t.Storage.Runs.GetEntityAsync<TableEntity>(run.Id, RunRecords.RunRow)).Value;
        var lockRow = await t.Storage.Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"CP"} and Action eq {"lock"}")).SingleAsync();
        var recordRow = (await t.Storage.Inventories.GetEntityAsync<TableEntity>("CP", "2024-new")).Value;
        var oldRun = (await t.Storage.Runs.GetEntityAsync<RunEntity>("2023-old", RunRecords.RunRow)).Value;
        var oldAudit = (await t.Storage.Audit.GetEntityAsync<AuditEntity>("CP", "old")).Value;
        var oldRecord = (await t.Storage.Inventories.GetEntityAsync<InventoryRecordEntity>("CP", "2024-old")).Value;
        var refused = (await t.Storage.Audit.WithActionAsync("CP", AuditAction.ReviewRefusedForLock)).Select(a => a.RowKey);
        var locked = await t.Storage.Audit.WithActionAsync("CP", AuditAction.Lock);

        Assert.Equal(("packs", "lock", "recalculation"), (runRow.GetString("Kind"), lockRow.GetString("Action"), recordRow.GetString("Action")));
        Assert.DoesNotContain(runRow.Keys, k => k.StartsWith("Stored", StringComparison.Ordinal));
        Assert.DoesNotContain(lockRow.Keys, k => k is "Kind" || k.StartsWith("Stored", StringComparison.Ordinal));
        Assert.DoesNotContain(recordRow.Keys, k => k is "Kind" || k.StartsWith("Stored", StringComparison.Ordinal));
        Assert.Equal((RunKind.Plan, AuditAction.ReviewRefusedForLock, AuditAction.Intake), (oldRun.Kind, oldAudit.Action, oldRecord.Action));
        Assert.Equal(["old"], refused);
        Assert.Equal((AuditAction.Lock, "VS-1"), (Assert.Single(locked).Action, locked[0].StatementReference));
    }
}
