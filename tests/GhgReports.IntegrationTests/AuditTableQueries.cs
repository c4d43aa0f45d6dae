using Azure.Data.Tables;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Audit entries found the way an operator's query finds them: a filter on the <c>Action</c> column's word, run by the
/// table service, so that a change to the stored word or column fails the tests that count entries this way.
/// </summary>
internal static class AuditTableQueries
{
    public static Task<List<AuditEntity>> WithActionAsync(this TableClient audit, string subsidiary, AuditAction action) =>
        audit.QueryAsync<AuditEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subsidiary} and Action eq {StoredName.Of(action)}")).ToListAsync().AsTask();
}
