using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using GhgReports.Storage;

namespace GhgReports.Review;

/// <summary>Where a verifier's query stands.</summary>
/// <remarks>The names are the stored spelling (table column, web API, pack): never change one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<QueryStatus>))]
public enum QueryStatus
{
    [JsonStringEnumMemberName("open")] Open,
    /// <summary>The officer answered; still open for the verifier, who closes it or asks again.</summary>
    [JsonStringEnumMemberName("answered")] Answered,
    [JsonStringEnumMemberName("closed")] Closed,
}

internal static class QueryStatusExtensions
{
    /// <summary>Open and answered queries both wait for the verifier: the tracker counts them as open.</summary>
    public static bool IsOpen(this QueryStatus status) => status != QueryStatus.Closed;
}

/// <summary>
/// A verifier's query on one line of a submission (sheet and row as the workbook has them), the officer's answer with
/// an optional evidence file, and its closing. Partition = subsidiary code, row key <c>{year}-q-{ticks}-{8 hex}</c>, so
/// a period's queries are one range, oldest first.
/// </summary>
public sealed class QueryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int ReportingYear { get; set; }
    public string SubmissionId { get; set; } = "";
    public string Sheet { get; set; } = "";
    public int Row { get; set; }
    public string Question { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
    /// <summary>The status as the table holds it, in the column <c>Status</c>.</summary>
    [DataMember(Name = nameof(Status))]
    public string StoredStatus { get; set; } = StoredName.Of(QueryStatus.Open);

    [IgnoreDataMember]
    public QueryStatus Status
    {
        get => StoredName.Parse<QueryStatus>(StoredStatus);
        set => StoredStatus = StoredName.Of(value);
    }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>An evidence file of the subsidiary's year (evidence/&lt;code&gt;/&lt;year&gt;/), checked and stored, that the answer cites.</summary>
    public string? EvidenceFile { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosingNote { get; set; }
}

/// <summary>
/// The verification statement a verifier recorded for a subsidiary's year: partition = subsidiary code, row key
/// <c>{year}-statement</c>. Recording again replaces it; the audit table keeps each one.
/// </summary>
internal sealed class StatementEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int ReportingYear { get; set; }
    public string Reference { get; set; } = "";
    /// <summary>"reasonable" or "limited" (ISO 14064-3).</summary>
    public string Level { get; set; } = "";
    /// <summary>The statement's date, ISO yyyy-MM-dd.</summary>
    public string Date { get; set; } = "";
    /// <summary>The statement's file among the subsidiary's evidence of that year, when attached.</summary>
    public string? FileName { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
