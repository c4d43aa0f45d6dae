using ClosedXML.Excel;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Submissions;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>The register's "controlled" column as a real group workbook carries it, and a register written before it.</summary>
public sealed class GroupRegisterTests
{
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

    private static int Column(string key) => G.Register.Fields.ToList().FindIndex(f => f.Key == key) + 1;

    [Fact]
    public void Check_SampleGroupWorkbook_ReadsEveryMemberAsControlled()
    {
        using var stream = Written(SeedGroup.Workbook);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        Assert.Empty(result.Problems);
        Assert.All(result.Workbook!.Register, r => Assert.True(r.Controlled));
    }

    [Fact]
    public void Check_ShareOfSixtyUnderOperationalControl_WarnsOnTheRowThatTheShareIsNotApplied()
    {
        var data = SeedGroup.Workbook with
        {
            Register = [.. SeedGroup.Workbook.Register.Select(r => r.Code == "YN" ? r with { SharePercent = 60m } : r)],
        };
        using var stream = Written(data);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        var warning = Assert.Single(result.Problems);
        Assert.Equal("share-not-applied", warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(data.Register.Single(r => r.Code == "YN").Row, warning.Row);
        Assert.Contains("YN: the register's share of 60 % does not apply under operational control", warning.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RegisterWithoutTheControlledColumn_IsAcceptedAndLeavesControlUndeclared()
    {
        using var stream = Written(SeedGroup.Workbook, wb => wb.Worksheet(G.Register.TemplateName).Column(Column("controlled")).Delete());

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => p.Code)));
        Assert.Empty(result.Problems);
        Assert.All(result.Workbook!.Register, r => Assert.Null(r.Controlled));
        Assert.All(result.Workbook.Register, r => Assert.Equal(1m, r.WeightUnder(result.Workbook.Group.ConsolidationApproach).Share));
    }

    [Fact]
    public void Check_PlaceholderCriteria_IsAnErrorAtItsCell()
    {
        var data = SeedGroup.Workbook with { SignificanceCriteria = new("待补充", "TBD") };
        using var stream = Written(data);

        var result = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream);

        Assert.False(result.Accepted);
        Assert.Equal(2, result.Problems.Count(p => p.Code == "placeholder-text" && p.IsError && p.Sheet == G.Group.TemplateName));
        Assert.Contains(result.Problems, p => p.Message.En.StartsWith("'Criteria for significant indirect emissions (English)' holds placeholder text", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SampleGroupWorkbook_CarriesItsCriteriaAndExclusionReasons()
    {
        using var stream = Written(SeedGroup.Workbook);

        var workbook = new GroupWorkbookReader(SampleWorkbooks.Factors).Check(stream).Workbook!;

        Assert.Equal(SeedGroup.Workbook.SignificanceCriteria, workbook.SignificanceCriteria);
        Assert.Equal([5, 6], workbook.ExclusionJustifications.Keys.Order());
    }
}
