using ClosedXML.Excel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Submissions;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>The group workbook's submission deadline, as HQ types it into a real workbook, and as it is stored.</summary>
public sealed class SubmissionDeadlineTests
{
    private static MemoryStream Written(GroupWorkbook data, object? deadlineCell = null)
    {
        var stream = new MemoryStream();
        GroupWorkbookWriter.Write(stream, [.. SampleWorkbooks.Factors.All.Select(f => f.Id)], data);
        stream.Position = 0;
        if (deadlineCell is null)
        {
            return stream;
        }
        using var workbook = new XLWorkbook(stream);
        var cell = DeadlineCell(workbook);
        if (deadlineCell is DateTime date)
        {
            // What Excel makes of "3-31" typed into a cell without a text format.
            cell.SetValue(date);
            cell.Style.DateFormat.Format = "d-mmm";
        }
        else
        {
            cell.SetValue((string)deadlineCell).SetDataType(XLDataType.Text);
        }
        var edited = new MemoryStream();
        workbook.SaveAs(edited);
        edited.Position = 0;
        return edited;
    }

    /// <summary>The value cell beside the field's English label (label 中文 | label English | value | hint).</summary>
    private static IXLCell DeadlineCell(XLWorkbook workbook)
    {
        var label = G.Group.Field("submission_deadline").Label.En;
        return workbook.Worksheet(G.Group.TemplateName).Column(2).CellsUsed(c => c.GetString() == label).Single().CellRight();
    }

    [Fact]
    public void Check_Deadline_IsRead_WrittenBack_AndSurvivesStorage()
    {
        using var stream = Written(SeedGroup.Workbook with { Deadline = new SubmissionDeadline(4, 30) });

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => p.Message.En)));
        Assert.Equal(new SubmissionDeadline(4, 30), result.Workbook!.Deadline);
        using (var workbook = new XLWorkbook(Written(result.Workbook)))
        {
            Assert.Equal("04-30", DeadlineCell(workbook).GetString());
        }
        var stored = SubmissionRows.ToGroupWorkbook(SubmissionRows.From("s1", result.Workbook));
        Assert.Equal(new SubmissionDeadline(4, 30), stored.Deadline);
        Assert.Equal(new DateOnly(2025, 4, 30), stored.Deadline!.For(2024));
    }

    [Theory]
    [InlineData("3月31日")]
    [InlineData("3/31")]
    [InlineData(" 03-31 ")]
    public void Check_DeadlineAsHqTypesIt_IsRead(string typed)
    {
        using var stream = Written(SeedGroup.Workbook, typed);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        Assert.Equal(new SubmissionDeadline(3, 31), result.Workbook!.Deadline);
    }

    [Fact]
    public void Check_DeadlineExcelMadeADate_KeepsItsMonthAndDay()
    {
        using var stream = Written(SeedGroup.Workbook, new DateTime(2026, 3, 31));

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        Assert.Equal(new SubmissionDeadline(3, 31), result.Workbook!.Deadline);
    }

    [Theory]
    [InlineData("31/3")]
    [InlineData("end of March")]
    [InlineData("02-30")]
    public void Check_DeadlineThatIsNoMonthAndDay_IsRefusedAtItsCell(string typed)
    {
        using var stream = Written(SeedGroup.Workbook, typed);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal("deadline-format", problem.Code);
        Assert.Equal(G.Group.TemplateName, problem.Sheet);
        Assert.Contains(typed, problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithoutDeadline_StatesNone_AndStoresNoRow()
    {
        using var stream = Written(SeedGroup.Workbook with { Deadline = null });

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        Assert.Null(result.Workbook!.Deadline);
        var rows = SubmissionRows.From("s2", result.Workbook);
        Assert.DoesNotContain(rows, r => r.Kind == RowKinds.Deadline);
        Assert.Null(SubmissionRows.ToGroupWorkbook(rows).Deadline);
    }

    [Fact]
    public void For_TheTwentyNinthOfFebruary_FallsOnTheTwentyEighthInACommonYear()
    {
        var deadline = SubmissionDeadline.Parse("02-29")!;

        Assert.Equal(new DateOnly(2024, 2, 29), deadline.For(2023));
        Assert.Equal(new DateOnly(2025, 2, 28), deadline.For(2024));
        Assert.False(deadline.IsPast(2024, new DateOnly(2025, 2, 28)));
        Assert.True(deadline.IsPast(2024, new DateOnly(2025, 3, 1)));
    }
}
