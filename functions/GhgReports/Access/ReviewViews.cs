using System.Text.Json.Serialization;
using GhgReports.Review;
using GhgReports.Storage;

namespace GhgReports.Access;

/// <summary>HQ's decision as it ended: the submission's status now, and the review recorded.</summary>
internal sealed record ReviewView(string Subsidiary, string SubmissionId, ReviewOutcomeKind Outcome, SubmissionStatus Status, string By, string? Comment);

/// <summary>One query as the page shows it: the line, the question, the answer and its evidence, its closing.</summary>
internal sealed record QueryView(string Id, int Year, string SubmissionId, string Sheet, int Row, string Question, string RaisedBy, DateTimeOffset RaisedAt,
    QueryStatus Status, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? EvidenceFile, string? ClosedBy, DateTimeOffset? ClosedAt,
    string? ClosingNote)
{
    public static QueryView From(QueryEntity q) => new(q.RowKey, q.ReportingYear, q.SubmissionId, q.Sheet, q.Row, q.Question, q.RaisedBy, q.RaisedAt, q.Status,
        q.Answer, q.AnsweredBy, q.AnsweredAt, q.EvidenceFile, q.ClosedBy, q.ClosedAt, q.ClosingNote);
}

/// <summary>A period's queries, the submission in force they are raised on, and the statement recorded (null while none).</summary>
internal sealed record VerificationView(string Subsidiary, int Year, string? SubmissionInForce, IReadOnlyList<QueryView> Queries, VerificationStatement? Statement);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReviewView))]
[JsonSerializable(typeof(QueryView))]
[JsonSerializable(typeof(VerificationView))]
[JsonSerializable(typeof(VerificationStatement))]
[JsonSerializable(typeof(ErrorView))]
internal sealed partial class ReviewJson : JsonSerializerContext;
