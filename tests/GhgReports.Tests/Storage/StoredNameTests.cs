using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GhgReports.Access;
using GhgReports.Intake;
using GhgReports.Reporting;
using GhgReports.Reporting.Runs;
using GhgReports.Review;
using GhgReports.Storage;
using GhgReports.Submissions;
using GhgReports.Tracker;

namespace GhgReports.Tests.Storage;

/// <summary>
/// States became enums, but tables, result blobs, notifications and the web API keep the words they always had: each
/// value is listed here with the word it was stored as before, so renaming a member's stored name fails a test.
/// </summary>
public sealed class StoredNameTests
{
    public static TheoryData<SubmissionStatus, string> SubmissionStatuses => new()
    {
        { SubmissionStatus.Writing, "writing" },
        { SubmissionStatus.Accepted, "accepted" },
        { SubmissionStatus.Superseded, "superseded" },
        { SubmissionStatus.Rejected, "rejected" },
        { SubmissionStatus.Failed, "failed" },
        { SubmissionStatus.AwaitingReview, "awaiting-review" },
        { SubmissionStatus.Returned, "returned" },
    };

    public static TheoryData<RunStatus, string> RunStatuses => new()
    {
        { RunStatus.Requested, "requested" },
        { RunStatus.Running, "running" },
        { RunStatus.Done, "done" },
        { RunStatus.Failed, "failed" },
        { RunStatus.Queued, "queued" },
    };

    public static TheoryData<GroupPackState, string> GroupPackStates => new()
    {
        { GroupPackState.Waiting, "waiting" },
        { GroupPackState.Queued, "queued" },
        { GroupPackState.Done, "done" },
    };

    public static TheoryData<QueryStatus, string> QueryStatuses => new()
    {
        { QueryStatus.Open, "open" },
        { QueryStatus.Answered, "answered" },
        { QueryStatus.Closed, "closed" },
    };

    public static TheoryData<TrackerStatus, string> TrackerStatuses => new()
    {
        { TrackerStatus.InForce, "in-force" },
        { TrackerStatus.Processing, "processing" },
        { TrackerStatus.Rejected, "rejected" },
        { TrackerStatus.Missing, "missing" },
        { TrackerStatus.AwaitingReview, "awaiting-review" },
    };

    public static TheoryData<RunKind, string> RunKinds => new()
    {
        { RunKind.Plan, "plan" },
        { RunKind.Packs, "packs" },
    };

    public static TheoryData<ReviewVerdict, string> ReviewVerdicts => new()
    {
        { ReviewVerdict.Approved, "approved" },
        { ReviewVerdict.Returned, "returned" },
    };

    public static TheoryData<AuditAction, string> AuditActions => new()
    {
        { AuditAction.Intake, "intake" },
        { AuditAction.Recalculation, "recalculation" },
        { AuditAction.Recalculate, "recalculate" },
        { AuditAction.Lock, "lock" },
        { AuditAction.Unlock, "unlock" },
        { AuditAction.UploadLink, "upload-link" },
        { AuditAction.EvidenceLink, "evidence-link" },
        { AuditAction.DeadlineReminder, "deadline-reminder" },
        { AuditAction.ReviewAwaiting, "review-awaiting" },
        { AuditAction.ReviewApproved, "review-approved" },
        { AuditAction.ReviewReturned, "review-returned" },
        { AuditAction.ReviewRefusedForLock, "review-refused-locked" },
        { AuditAction.QueryRaised, "query-raised" },
        { AuditAction.QueryAnswered, "query-answered" },
        { AuditAction.QueryClosed, "query-closed" },
        { AuditAction.StatementRecorded, "statement-recorded" },
    };

    [Theory]
    [MemberData(nameof(SubmissionStatuses))]
    public void SubmissionStatus_RoundTripsThroughItsStoredWord(SubmissionStatus status, string word) => AssertRoundTrip(status, word);

    [Theory]
    [MemberData(nameof(RunStatuses))]
    public void RunStatus_RoundTripsThroughItsStoredWord(RunStatus status, string word) => AssertRoundTrip(status, word);

    [Theory]
    [MemberData(nameof(GroupPackStates))]
    public void GroupPackState_RoundTripsThroughItsStoredWord(GroupPackState state, string word) => AssertRoundTrip(state, word);

    [Theory]
    [MemberData(nameof(QueryStatuses))]
    public void QueryStatus_RoundTripsThroughItsStoredWord(QueryStatus status, string word) => AssertRoundTrip(status, word);

    [Theory]
    [MemberData(nameof(TrackerStatuses))]
    public void TrackerStatus_RoundTripsThroughItsStoredWord(TrackerStatus status, string word) => AssertRoundTrip(status, word);

    [Theory]
    [MemberData(nameof(RunKinds))]
    public void RunKind_RoundTripsThroughItsStoredWord(RunKind kind, string word) => AssertRoundTrip(kind, word);

    [Theory]
    [MemberData(nameof(ReviewVerdicts))]
    public void ReviewVerdict_RoundTripsThroughItsStoredWord(ReviewVerdict verdict, string word) => AssertRoundTrip(verdict, word);

    /// <summary>The review answer's <c>outcome</c>: the member's name in lower case, as the web API sent it before.</summary>
    public static TheoryData<ReviewOutcomeKind, string> ReviewOutcomeKinds => new()
    {
        { ReviewOutcomeKind.Approved, "approved" },
        { ReviewOutcomeKind.Superseded, "superseded" },
        { ReviewOutcomeKind.Returned, "returned" },
        { ReviewOutcomeKind.NotFound, "notfound" },
        { ReviewOutcomeKind.NotAwaiting, "notawaiting" },
        { ReviewOutcomeKind.Locked, "locked" },
        { ReviewOutcomeKind.ReasonRequired, "reasonrequired" },
    };

    [Theory]
    [MemberData(nameof(ReviewOutcomeKinds))]
    public void ReviewOutcomeKind_RoundTripsThroughItsWord(ReviewOutcomeKind kind, string word) => AssertRoundTrip(kind, word);

    [Theory]
    [MemberData(nameof(AuditActions))]
    public void AuditAction_RoundTripsThroughItsStoredWord(AuditAction action, string word) => AssertRoundTrip(action, word);

    [Fact]
    public void EveryMember_IsListedWithItsWord()
    {
        Assert.Equal(Enum.GetValues<SubmissionStatus>().Length, SubmissionStatuses.Count);
        Assert.Equal(Enum.GetValues<RunStatus>().Length, RunStatuses.Count);
        Assert.Equal(Enum.GetValues<GroupPackState>().Length, GroupPackStates.Count);
        Assert.Equal(Enum.GetValues<QueryStatus>().Length, QueryStatuses.Count);
        Assert.Equal(Enum.GetValues<TrackerStatus>().Length, TrackerStatuses.Count);
        Assert.Equal(Enum.GetValues<RunKind>().Length, RunKinds.Count);
        Assert.Equal(Enum.GetValues<ReviewVerdict>().Length, ReviewVerdicts.Count);
        Assert.Equal(Enum.GetValues<AuditAction>().Length, AuditActions.Count);
        Assert.Equal(Enum.GetValues<ReviewOutcomeKind>().Length, ReviewOutcomeKinds.Count);
    }

    [Fact]
    public void Parse_UnknownWord_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => StoredName.Parse<SubmissionStatus>("Accepted"));
        Assert.Throws<InvalidDataException>(() => StoredName.Parse<RunStatus>(""));
    }

    [Fact]
    public void Entities_HoldTheWordInTheirStoredColumn()
    {
        var submission = new SubmissionEntity { Status = SubmissionStatus.AwaitingReview };
        var run = new RunEntity { Status = RunStatus.Running, GroupState = GroupPackState.Queued };
        var step = new RunStepEntity { Status = RunStatus.Failed };
        var query = new QueryEntity { Status = QueryStatus.Answered };

        Assert.Equal(("awaiting-review", "running", "queued", "failed", "answered"),
            (submission.StoredStatus, run.StoredStatus, run.StoredGroupState, step.StoredStatus, query.StoredStatus));
        submission.StoredStatus = "returned";
        Assert.Equal(SubmissionStatus.Returned, submission.Status);
    }

    [Fact]
    public void Entities_HoldTheKindOrActionWordInTheirStoredColumn()
    {
        var run = new RunEntity { Kind = RunKind.Packs };
        var audit = new AuditEntity { Action = AuditAction.ReviewRefusedForLock };
        var record = new InventoryRecordEntity { Action = AuditAction.Recalculation };

        Assert.Equal(("packs", "review-refused-locked", "recalculation"), (run.StoredKind, audit.StoredAction, record.StoredAction));
        run.StoredKind = "plan";
        audit.StoredAction = "upload-link";
        record.StoredAction = "intake";
        Assert.Equal((RunKind.Plan, AuditAction.UploadLink, AuditAction.Intake), (run.Kind, audit.Action, record.Action));
        audit.StoredAction = "Lock";
        Assert.Throws<InvalidDataException>(() => audit.Action);
    }

    [Fact]
    public void StoredColumns_AreNamedAfterTheirTypedProperty_WhichTheTableNeverSees()
    {
        Type[] entities = [typeof(SubmissionEntity), typeof(RunEntity), typeof(RunStepEntity), typeof(QueryEntity), typeof(AuditEntity), typeof(InventoryRecordEntity)];
        var stored = entities.SelectMany(e => e.GetProperties().Where(p => p.Name.StartsWith("Stored", StringComparison.Ordinal)).Select(p => (Entity: e, Column: p)))
            .ToList();

        Assert.Equal(["AuditEntity.StoredAction", "InventoryRecordEntity.StoredAction", "QueryEntity.StoredStatus", "RunEntity.StoredGroupState",
                "RunEntity.StoredKind", "RunEntity.StoredStatus", "RunStepEntity.StoredStatus", "SubmissionEntity.StoredStatus"],
            stored.Select(s => $"{s.Entity.Name}.{s.Column.Name}").Order(StringComparer.Ordinal));
        Assert.All(stored, s =>
        {
            var typed = s.Column.Name["Stored".Length..];
            Assert.Equal(typed, s.Column.GetCustomAttribute<DataMemberAttribute>()?.Name);
            Assert.NotNull(s.Entity.GetProperty(typed)?.GetCustomAttribute<IgnoreDataMemberAttribute>());
        });
    }

    [Fact]
    public void IntakeResultJson_WritesAndReadsTheWord()
    {
        var result = new IntakeResult
        {
            SubmissionId = "abc", Subsidiary = "CP", BlobName = "CP/a.xlsx", UploadedAt = DateTimeOffset.UnixEpoch, ProcessedAt = DateTimeOffset.UnixEpoch,
            Status = SubmissionStatus.AwaitingReview,
            Check = new CheckReport("CP/a.xlsx", true, "CP", null, 2024, null, null, 0, 0, []),
        };

        var json = JsonDocument.Parse(IntakeResultJson.Write(result)).RootElement;

        Assert.Equal("awaiting-review", json.GetProperty("status").GetString());
        Assert.Equal(SubmissionStatus.AwaitingReview, IntakeResultJson.Read(IntakeResultJson.Write(result)).Status);
    }

    [Fact]
    public void IntakeResultJson_WritesAndReadsTheReviewDecisionsWord()
    {
        var result = new IntakeResult
        {
            SubmissionId = "abc", Subsidiary = "CP", BlobName = "CP/a.xlsx", UploadedAt = DateTimeOffset.UnixEpoch, ProcessedAt = DateTimeOffset.UnixEpoch,
            Status = SubmissionStatus.Returned,
            Check = new CheckReport("CP/a.xlsx", true, "CP", null, 2024, null, null, 0, 0, []),
            Review = new ReviewDecision(ReviewVerdict.Returned, "hq", DateTimeOffset.UnixEpoch, "fix row 4"),
        };

        var json = JsonDocument.Parse(IntakeResultJson.Write(result)).RootElement;
        // A result blob written before the decision was an enum holds the same word, as plain text.
        var older = JsonNode.Parse(IntakeResultJson.Write(result))!;
        older["review"]!["decision"] = "approved";

        Assert.Equal("returned", json.GetProperty("review").GetProperty("decision").GetString());
        Assert.Equal((ReviewVerdict.Returned, ReviewVerdict.Approved),
            (IntakeResultJson.Read(IntakeResultJson.Write(result)).Review!.Decision, IntakeResultJson.Read(Encoding.UTF8.GetBytes(older.ToJsonString())).Review!.Decision));
    }

    [Fact]
    public void WebApiAndNotificationJson_WriteTheWords()
    {
        var view = new RunView("2024-1-a", "/api/runs/2024-1-a", RunKind.Packs, 2024, null, RunStatus.Done, "hq", false, DateTimeOffset.UnixEpoch, null, 1, 1, 0,
            GroupPackState.Done, null, null, [new RunPartView("CP", RunStatus.Failed, null, null)], [], DateTimeOffset.UnixEpoch);
        var runJson = JsonDocument.Parse(JsonSerializer.Serialize(view, AccessJson.Default.RunView)).RootElement;
        var ready = new DocumentsReady("iso14064-pack", 2024, [], DateTimeOffset.UnixEpoch, "2024-1-a", RunStatus.Failed);
        var readyJson = JsonDocument.Parse(JsonSerializer.Serialize(ready, ReportingJson.Default.DocumentsReady)).RootElement;
        var query = new QueryView("q", 2024, "abc", "Sources", 3, "?", "verifier", DateTimeOffset.UnixEpoch, QueryStatus.Closed, null, null, null, null, null, null, null);
        var queryJson = JsonDocument.Parse(JsonSerializer.Serialize(query, ReviewJson.Default.QueryView)).RootElement;

        var tracker = new TrackerView(2024, null, false, [], null, [],
            [new LockEvent("CP", 2024, AuditAction.Unlock, "hq", DateTimeOffset.UnixEpoch, null, null, "correction", null)]);
        var trackerJson = JsonDocument.Parse(JsonSerializer.Serialize(tracker, AccessJson.Default.TrackerView)).RootElement;
        var review = new ReviewView("CP", "abc", ReviewOutcomeKind.Superseded, SubmissionStatus.Superseded, "hq", null);
        var reviewJson = JsonDocument.Parse(JsonSerializer.Serialize(review, ReviewJson.Default.ReviewView)).RootElement;

        Assert.Equal(("done", "done", "failed", "failed", "closed"),
            (runJson.GetProperty("status").GetString(), runJson.GetProperty("groupPack").GetString(),
             runJson.GetProperty("parts")[0].GetProperty("status").GetString(), readyJson.GetProperty("status").GetString(),
             queryJson.GetProperty("status").GetString()));
        Assert.Equal(("packs", "unlock", "superseded"),
            (runJson.GetProperty("kind").GetString(), trackerJson.GetProperty("lockHistory")[0].GetProperty("action").GetString(),
             reviewJson.GetProperty("outcome").GetString()));
    }

    [Fact]
    public void TargetBoundary_KeepsTheWorkbookListsWords()
    {
        Assert.Equal(["scope1+2", "scope1", "scope2", "scope3-cat1", "total"],
            [TargetBoundary.Scope12, TargetBoundary.Scope1, TargetBoundary.Scope2, TargetBoundary.Scope3PurchasedAluminium, TargetBoundary.Total]);
        Assert.Equal("范围1+2", ChoiceLists.TargetBoundary[TargetBoundary.Scope12].Zh);
    }

    [Fact]
    public void HeadlineTarget_IsTheScope12One_ElseTheFirst()
    {
        var total = new TargetDeclaration { Row = 3, Boundary = TargetBoundary.Total, Metric = "absolute", BaseYear = 2023, TargetYear = 2030 };
        var scope12 = total with { Row = 4, Boundary = "scope1+2", Metric = "intensity" };

        Assert.Same(scope12, TargetBoundary.Headline([total, scope12]));
        Assert.Same(total, TargetBoundary.Headline([total]));
        Assert.Null(TargetBoundary.Headline([]));
    }

    private static void AssertRoundTrip<TEnum>(TEnum value, string word) where TEnum : struct, Enum
    {
        Assert.Equal(word, StoredName.Of(value));
        Assert.Equal(value, StoredName.Parse<TEnum>(word));
        Assert.Equal($"\"{word}\"", JsonSerializer.Serialize(value));
        Assert.Equal(value, JsonSerializer.Deserialize<TEnum>($"\"{word}\""));
    }
}
