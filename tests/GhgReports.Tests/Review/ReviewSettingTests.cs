using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Submissions;
using GhgReports.Tests.Intake;

namespace GhgReports.Tests.Review;

/// <summary>The group workbook's "HQ review required", through a real workbook and as it is stored.</summary>
public sealed class ReviewSettingTests
{
    private static GroupCheckResult Read(GroupWorkbook data)
    {
        using var stream = new MemoryStream();
        GroupWorkbookWriter.Write(stream, [.. SampleWorkbooks.Factors.All.Select(f => f.Id)], data);
        stream.Position = 0;
        return new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);
    }

    [Fact]
    public void Check_ReviewRequiredYes_IsReadAndStored()
    {
        var result = Read(SeedGroup.Workbook with { ReviewRequired = true });

        Assert.True(result.Accepted);
        Assert.True(result.Workbook!.ReviewRequired);
        var rows = SubmissionRows.From("g1", result.Workbook);
        Assert.Single(rows, r => r.Kind == RowKinds.Review);
        Assert.True(SubmissionRows.ToGroupWorkbook(rows).ReviewRequired);
    }

    [Fact]
    public void Check_TheSamples_SayNo_AndStoreNoRow()
    {
        var result = Read(SeedGroup.Workbook);

        Assert.True(result.Accepted);
        Assert.False(result.Workbook!.ReviewRequired);
        var rows = SubmissionRows.From("g2", result.Workbook);
        Assert.DoesNotContain(rows, r => r.Kind == RowKinds.Review);
        Assert.False(SubmissionRows.ToGroupWorkbook(rows).ReviewRequired);
    }
}
