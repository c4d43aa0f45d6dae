using ClosedXML.Excel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Submissions;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>The group workbook's significance threshold and recalculation reasons, as a real workbook carries them.</summary>
public sealed class GroupRecalculationPolicyTests
{
    private static readonly GroupWorkbook WithReason = SeedGroup.Workbook with
    {
        Recalculation = new GroupRecalculationPolicy(5m, [new DeclaredRecalculationReason(3, "CP", 2023, "第1类重新计量 category 1 re-measured")]),
    };

    private static MemoryStream Written(GroupWorkbook data, Action<XLWorkbook>? edit = null)
    {
        var stream = new MemoryStream();
        GroupWorkbookWriter.Write(stream, [.. SampleWorkbooks.Factors.All.Select(f => f.Id)], data);
        stream.Position = 0;
        if (edit is null)
        {
            return stream;
        }
        using var workbook = new XLWorkbook(stream);
        edit(workbook);
        var edited = new MemoryStream();
        workbook.SaveAs(edited);
        edited.Position = 0;
        return edited;
    }

    [Fact]
    public void Check_ThresholdAndReason_AreRead_AndSurviveStorage()
    {
        using var stream = Written(WithReason);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        var policy = result.Workbook!.Recalculation;
        Assert.Equal(5m, policy.ThresholdPercent);
        Assert.Equal("第1类重新计量 category 1 re-measured", policy.ReasonFor("CP", 2023)!.Reason);
        Assert.Null(policy.ReasonFor("CP", 2024));
        var stored = SubmissionRows.ToGroupWorkbook(SubmissionRows.From("s1", result.Workbook));
        Assert.Equal(policy.ThresholdPercent, stored.Recalculation.ThresholdPercent);
        Assert.Equal(policy.Reasons, stored.Recalculation.Reasons);
    }

    [Fact]
    public void Check_ThresholdOfOneHundredAndFifty_IsRefusedAtItsCell()
    {
        using var stream = Written(WithReason with { Recalculation = WithReason.Recalculation with { ThresholdPercent = 150m } });

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal("threshold-range", problem.Code);
        Assert.Equal(G.Group.TemplateName, problem.Sheet);
        Assert.Contains("found 150", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GroupWorkbookOfTheEarlierTemplate_WithoutTheSheetOrTheThreshold_StillReads()
    {
        using var stream = Written(SeedGroup.Workbook, workbook =>
        {
            workbook.Worksheet(G.RecalculationReasons.TemplateName).Delete();
        });

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        Assert.Empty(result.Workbook!.Recalculation.Reasons);
        // A group workbook stored before the policy existed reads back as "not stated".
        var rows = SubmissionRows.From("s2", SeedGroup.Workbook with { Recalculation = GroupRecalculationPolicy.NotStated });
        Assert.DoesNotContain(rows, r => r.Kind == RowKinds.RecalculationPolicy);
        Assert.Same(GroupRecalculationPolicy.NotStated, SubmissionRows.ToGroupWorkbook(rows).Recalculation);
    }
}
