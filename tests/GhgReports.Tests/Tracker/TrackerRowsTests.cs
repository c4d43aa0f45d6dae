using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Tracker;

namespace GhgReports.Tests.Tracker;

/// <summary>How a subsidiary's stored year reads on group HQ's tracker, before and after the deadline.</summary>
public sealed class TrackerRowsTests
{
    private static readonly GhgReports.Submissions.RegisteredSubsidiary Cp = SeedGroup.Workbook.Register[0];

    private static SubmissionEntity Upload(string id, SubmissionStatus status, int minutes, string fileName = "") => new()
    {
        PartitionKey = "CP", RowKey = id, Status = status, BlobName = $"CP/{id}.xlsx", FileName = fileName, ReportingYear = 2024,
        UploadedAt = new DateTimeOffset(2025, 3, 1, 9, minutes, 0, TimeSpan.Zero), WarningCount = 2,
    };

    [Fact]
    public void Of_NothingUploaded_IsMissing_AndOverdueOnlyOnceTheDeadlineHasPassed()
    {
        var before = TrackerRows.Of(Cp, null, [], deadlinePassed: false);
        Assert.Equal((TrackerStatus.Missing, false), (before.Status, before.Overdue));
        var after = TrackerRows.Of(Cp, null, [], deadlinePassed: true);
        Assert.Equal((TrackerStatus.Missing, true), (after.Status, after.Overdue));
        Assert.Null(after.LastUploadAt);
    }

    [Fact]
    public void Of_OnlyRejectedOrProcessingUploads_AreNotInForce_AndLateAfterTheDeadline()
    {
        var rejected = TrackerRows.Of(Cp, null, [Upload("a", SubmissionStatus.Rejected, 0, "CP 2024.xlsx")], deadlinePassed: true);
        Assert.Equal((TrackerStatus.Rejected, true, "CP 2024.xlsx"), (rejected.Status, rejected.Overdue, rejected.LastUploadFile));
        var processing = TrackerRows.Of(Cp, null, [Upload("a", SubmissionStatus.Rejected, 0), Upload("b", SubmissionStatus.Writing, 5)], deadlinePassed: true);
        Assert.Equal((TrackerStatus.Processing, "b.xlsx"), (processing.Status, processing.LastUploadFile));
    }

    [Fact]
    public void Of_DataInForce_IsNeverOverdue_AndShowsItsFileWarningsAndLock()
    {
        var period = new PointerEntity
        {
            PartitionKey = "CP", RowKey = "2024", SubmissionId = "a", BlobName = "CP/a.xlsx", Locked = true, Verifier = "SGS", StatementReference = "VS-1",
            LockedBy = "hq", LockedAt = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var row = TrackerRows.Of(Cp, period, [Upload("a", SubmissionStatus.Accepted, 0, "创新精密 2024.xlsx"), Upload("b", SubmissionStatus.Rejected, 9)],
            deadlinePassed: true);

        Assert.Equal((TrackerStatus.InForce, false), (row.Status, row.Overdue));
        Assert.Equal(("创新精密 2024.xlsx", 2), (row.FileInForce, row.Warnings));
        Assert.Equal((true, "SGS", "VS-1", "hq"), (row.Locked, row.Verifier, row.Statement, row.LockedBy));
        // The last upload is the newest, here a rejected correction, shown beside the file still in force.
        Assert.Equal(SubmissionStatus.Rejected, row.LastUploadStatus);
    }

    [Fact]
    public void LockEvents_AreTheYearsLocksAndUnlocks_NewestFirst_WithTheirOwnFields()
    {
        AuditEntity Entry(AuditAction action, int year, int day, string? details = null, string? verifier = null, string? reason = null) => new()
        {
            Action = action, Actor = "hq", ReportingYear = year, At = new DateTimeOffset(2025, 5, day, 0, 0, 0, TimeSpan.Zero),
            Details = details, Verifier = verifier, StatementReference = verifier is null ? null : "VS-" + day, Reason = reason,
        };

        var events = TrackerRows.LockEvents("CP", 2024,
        [
            Entry(AuditAction.Lock, 2024, 1, verifier: "SGS"), Entry(AuditAction.Unlock, 2024, 3, reason: "correction"),
            Entry(AuditAction.Lock, 2023, 2, verifier: "SGS"), Entry(AuditAction.UploadLink, 2024, 4),
            Entry(AuditAction.Lock, 2024, 2, details: "verifier: BV; statement: S-9"),
        ]).ToList();

        Assert.Equal([3, 2, 1], events.Select(e => e.At.Day));
        Assert.Equal([AuditAction.Unlock, AuditAction.Lock, AuditAction.Lock], events.Select(e => e.Action));
        Assert.Equal("correction", events[0].Reason);
        // An entry recorded before the fields were kept apart shows its text as it was written.
        Assert.Equal("verifier: BV; statement: S-9", events[1].Details);
        Assert.Equal(("SGS", "VS-1", null), (events[2].Verifier, events[2].Statement, events[2].Details));
    }
}
