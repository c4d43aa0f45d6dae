using GhgReports.Intake.Samples;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Tracker;

namespace GhgReports.Tests.Review;

/// <summary>What review and queries add to the tracker's rows and to a pack's versions.</summary>
public sealed class ReviewTrackerAndVersionTests
{
    private static readonly GhgReports.Submissions.RegisteredSubsidiary Cp = SeedGroup.Workbook.Register[0];

    private static SubmissionEntity Upload(string id, SubmissionStatus status, int minutes, string? duplicateOf = null) => new()
    {
        PartitionKey = "CP", RowKey = id, Status = status, BlobName = $"CP/{id}.xlsx", FileName = $"{id}.xlsx", ReportingYear = 2024,
        UploadedAt = new DateTimeOffset(2025, 3, 1, 9, minutes, 0, TimeSpan.Zero), DuplicateOf = duplicateOf,
    };

    private static readonly PackQuery Query = new("排放源 Sources", 7, "Meter or invoice?", "Verifier Ltd", new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero),
        "open", null, null, null, null, null, null, null);

    [Fact]
    public void Of_AWorkbookAwaitingReview_NothingInForce_SaysSo_AndCountsItOnceWhateverItsDuplicates()
    {
        var row = TrackerRows.Of(Cp, null, [Upload("a", SubmissionStatus.Returned, 0), Upload("b", SubmissionStatus.AwaitingReview, 5),
            Upload("b-d-1", SubmissionStatus.AwaitingReview, 6, duplicateOf: "b")], deadlinePassed: true);

        Assert.Equal((TrackerStatus.AwaitingReview, true, 1), (row.Status, row.Overdue, row.AwaitingReview));
    }

    [Fact]
    public void Of_DataInForce_AndACorrectionAwaitingReview_IsInForce_WithTheCorrectionCounted()
    {
        var period = new PointerEntity { PartitionKey = "CP", RowKey = "2024", SubmissionId = "a", BlobName = "CP/a.xlsx" };

        var row = TrackerRows.Of(Cp, period, [Upload("a", SubmissionStatus.Accepted, 0), Upload("b", SubmissionStatus.AwaitingReview, 5)], deadlinePassed: true);

        Assert.Equal((TrackerStatus.InForce, false, 1), (row.Status, row.Overdue, row.AwaitingReview));
    }

    [Fact]
    public void QueryParts_NoQueries_NoPart_SoAPackWithoutQueriesKeepsItsFingerprint()
    {
        Assert.Empty(DataFingerprint.QueryParts("CP", 2024, []));
        var open = Assert.Single(DataFingerprint.QueryParts("CP", 2024, [Query]));
        var answered = Assert.Single(DataFingerprint.QueryParts("CP", 2024, [Query with { Status = "answered", Answer = "Invoices" }]));
        Assert.Equal("queries/CP/2024", open.Key);
        Assert.NotEqual(open.Value, answered.Value);
    }

    [Fact]
    public void Changes_QueriesAnswered_OneLineSaysSo()
    {
        var before = new Dictionary<string, string>(DataFingerprint.QueryParts("CP", 2024, [Query]));
        var after = new Dictionary<string, string>(DataFingerprint.QueryParts("CP", 2024, [Query with { Status = "answered", Answer = "Invoices" }]));

        var changes = DocumentVersions.Changes(before, after);

        Assert.Equal(["CP 2024: verifier's queries or answers updated"], changes.Select(c => c.En));
        Assert.Equal(["CP 2024 年度的核查问询或答复有更新"], changes.Select(c => c.Zh));
    }
}
