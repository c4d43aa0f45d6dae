using GhgReports.Intake;
using GhgReports.Intake.Workbook;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>A placeholder is no justification: said at intake, never counted in a pack.</summary>
public sealed class PlaceholderTextTests
{
    [Theory]
    [InlineData("TBD", true)]
    [InlineData("待补充", true)]
    [InlineData("样例：未说明", true)]
    [InlineData("Sample: not in this period's inventory (the subsidiary must confirm)", true)]
    [InlineData("—", true)]
    [InlineData("无", true)]
    [InlineData("集团产品在使用阶段不直接产生温室气体排放，按准则判定为不重大", false)]
    [InlineData("Below 1 % of total emissions under the group's criteria", false)]
    public void IsPlaceholder_TellsAPlaceholderFromAStatement(string text, bool placeholder)
    {
        Assert.Equal(placeholder, PlaceholderText.IsPlaceholder(text));
    }

    [Fact]
    public void Check_SubsidiaryWithAPlaceholderJustification_IsAcceptedWithAWarningAtTheCell()
    {
        using var stream = SampleWorkbooks.Edited("LW", wb => SampleWorkbooks.FieldCell(wb, S.Entity, "category5_justification").SetValue("TBD"));

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        Assert.True(result.Accepted);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(("justification-placeholder", S.Entity.TemplateName), (warning.Code, warning.Sheet));
        Assert.Equal("TBD", warning.ValueSeen);
    }
}
