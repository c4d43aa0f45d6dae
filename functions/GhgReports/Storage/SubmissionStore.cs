using Azure.Data.Tables;
using GhgReports.Submissions;

namespace GhgReports.Storage;

/// <summary>Reads what intake stored: submissions, their detail rows, and the data in force through the pointers.</summary>
public sealed class SubmissionStore(GhgStorage storage, CurrentPointers pointers)
{
    public async Task<SubmissionEntity?> GetAsync(string partition, string submissionId, CancellationToken cancellationToken)
    {
        var response = await storage.Submissions.GetEntityIfExistsAsync<SubmissionEntity>(partition, submissionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>One subsidiary's history, every submission whatever its status.</summary>
    public async Task<IReadOnlyList<SubmissionEntity>> HistoryAsync(string partition, CancellationToken cancellationToken)
    {
        var list = new List<SubmissionEntity>();
        await foreach (var s in storage.Submissions.QueryAsync<SubmissionEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(s);
        }
        return [.. list.OrderByDescending(s => s.UploadedAt)];
    }

    /// <summary>All detail rows of one submission: a range over its own partitions only.</summary>
    public async Task<IReadOnlyList<DetailRowEntity>> RowsAsync(string submissionId, CancellationToken cancellationToken)
    {
        var from = SubmissionRows.PartitionPrefix(submissionId);
        // '.' sorts right after '-', so this range is exactly the partitions that start with "{id}-".
        var to = submissionId + ".";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
        var rows = new List<DetailRowEntity>();
        await foreach (var row in storage.Rows.QueryAsync<DetailRowEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return rows;
    }

    public async Task<SubsidiaryWorkbook?> CurrentAsync(string subsidiary, int reportingYear, CancellationToken cancellationToken)
    {
        var pointer = await pointers.GetAsync(subsidiary, CurrentPointers.PeriodKey(reportingYear), cancellationToken).ConfigureAwait(false);
        if (pointer?.SubmissionId is not { } id)
        {
            return null;
        }
        return SubmissionRows.ToSubsidiaryWorkbook(await RowsAsync(id, cancellationToken).ConfigureAwait(false));
    }

    public async Task<(GroupWorkbook Workbook, string SubmissionId)?> CurrentGroupAsync(CancellationToken cancellationToken)
    {
        var pointer = await pointers.GetAsync(GroupWorkbook.Code, CurrentPointers.GroupKey, cancellationToken).ConfigureAwait(false);
        if (pointer?.SubmissionId is not { } id)
        {
            return null;
        }
        return (SubmissionRows.ToGroupWorkbook(await RowsAsync(id, cancellationToken).ConfigureAwait(false)), id);
    }
}
