using ClosedXML.Excel;
using GhgReports.Intake;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>Workbooks edited the way officers get them wrong; each problem must point at the cell.</summary>
public sealed class ReaderProblemTests
{
    private static WorkbookCheckResult CheckEdited(string code, Action<XLWorkbook> edit)
    {
        using var stream = SampleWorkbooks.Edited(code, edit);
        return new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);
    }

    [Fact]
    public void Check_TextInActivityCell_ReportsNotANumberAtThatCell()
    {
        var result = CheckEdited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "activity").SetValue("about 100k").SetDataType(XLDataType.Text));

        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal("not-a-number", problem.Code);
        Assert.Equal("排放源 Sources", problem.Sheet);
        Assert.Equal("I4", problem.Cell);
        Assert.Equal("about 100k", problem.ValueSeen);
        Assert.Contains("活动数据", problem.Message.Zh);
        Assert.Contains("Activity amount", problem.Message.En);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Check_ThousandsSeparatorsAndFullWidthDigits_AreAccepted()
    {
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "activity").SetValue("１０６，２２３").SetDataType(XLDataType.Text);
            SampleWorkbooks.FieldCell(wb, S.Entity, "output_t").SetValue("165,700 ").SetDataType(XLDataType.Text);
        });

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => p.Code)));
        Assert.Equal(106_223m, result.Workbook!.Sources.Single(s => s.Category == 2).ActivityAmount);
        Assert.Equal(165_700m, result.Workbook.Entity.OutputTonnes);
    }

    [Fact]
    public void Check_EveryProblemAtOnce_NeverStopsAtTheFirst()
    {
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 3, "gas").SetValue("CO3");
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "activity_unit").SetValue("barrels");
            SampleWorkbooks.TableCell(wb, S.Sources, 5, "reported_tco2e").SetValue(-5);
            SampleWorkbooks.FieldCell(wb, S.Entity, "subsidiary_name").Clear();
        });

        Assert.Equal(["negative", "not-in-list", "required", "unknown-unit"], result.Problems.Where(p => p.IsError).Select(p => p.Code).Order());
        Assert.Contains(result.Problems, p => p.Code == "not-in-list" && p.Cell == "F3");
        Assert.Contains(result.Problems, p => p.Code == "unknown-unit" && p.Cell == "J4");
        Assert.Contains(result.Problems, p => p.Code == "negative" && p.Cell == "O5");
        Assert.Contains(result.Problems, p => p.Code == "required" && p.Sheet == "基本信息 Entity" && p.Cell == "C3");
    }

    [Fact]
    public void Check_PeriodEndBeforeStart_ReportsPeriodOrder()
    {
        var result = CheckEdited("CP", wb => SampleWorkbooks.FieldCell(wb, S.Entity, "period_end").SetValue("2022.6"));

        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal("period-order", problem.Code);
        Assert.Equal("基本信息 Entity!C6", problem.Location);
    }

    [Fact]
    public void Check_ColumnsReorderedAndEnglishOnlySheetNames_StillRead()
    {
        var result = CheckEdited("LW", wb =>
        {
            var sources = SampleWorkbooks.Sheet(wb, S.Sources);
            sources.Name = "Sources";
            sources.Column(4).InsertColumnsBefore(1);
            sources.Column(4).Clear();
            SampleWorkbooks.Sheet(wb, S.Entity).Name = "基本信息";
        });

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Location} {p.Code}")));
        Assert.Equal(4, result.Workbook!.Sources.Count);
    }

    [Fact]
    public void Check_SheetDeleted_ReportsItMissing()
    {
        var result = CheckEdited("LW", wb => SampleWorkbooks.Sheet(wb, S.Targets).Delete());

        var problem = Assert.Single(result.Problems);
        Assert.Equal("sheet-missing", problem.Code);
        Assert.Contains("目标 Targets", problem.Message.Zh);
    }

    [Fact]
    public void Check_RequiredColumnRemoved_ReportsHeaderMissing()
    {
        // An officer overwrote the Gas headers (deleting the column trips a ClosedXML bug with its dropdown).
        var result = CheckEdited("LW", wb =>
        {
            SampleWorkbooks.Sheet(wb, S.Sources).Cell(1, 6).SetValue("备用");
            SampleWorkbooks.Sheet(wb, S.Sources).Cell(2, 6).SetValue("spare");
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("header-missing", "排放源 Sources"), (problem.Code, problem.Sheet));
        Assert.Contains("气体", problem.Message.Zh);
    }

    [Fact]
    public void Check_UnknownFactorId_ReportsAtTheFactorCell()
    {
        var result = CheckEdited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "factor_id").SetValue("cn-grid/1999/nowhere"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("unknown-factor", "K4"), (problem.Code, problem.Cell));
    }

    [Fact]
    public void Check_FactorForAnotherYear_WarnsButAccepts()
    {
        // cn-grid/2021/national-average applies to 2021; the workbook reports 2023.
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "factor_id").SetValue("cn-grid/2021/national-average");
            SampleWorkbooks.FieldCell(wb, S.Entity, "declared_total_2").Clear();
        });

        Assert.True(result.Accepted);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(("factor-outside-validity", "K4"), (warning.Code, warning.Cell));
        Assert.Contains("2021–2021", warning.Message.En);
    }

    [Fact]
    public void Check_GasInMWh_RefusesWithoutACalorificValue()
    {
        var result = CheckEdited("YN", wb => SampleWorkbooks.TableCell(wb, S.Sources, 3, "activity_unit").SetValue("MWh"));

        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(("unit-mismatch", "J3"), (problem.Code, problem.Cell));
        Assert.Contains("热值", problem.Message.Zh);
        Assert.Contains("calorific value", problem.Message.En);
    }

    [Fact]
    public void Check_DuplicatedRow_ReportsTheFirstOccurrence()
    {
        var result = CheckEdited("LW", wb =>
        {
            var sheet = SampleWorkbooks.Sheet(wb, S.Sources);
            sheet.Row(6).CopyTo(sheet.Row(7));
            sheet.Cell(7, 1).SetValue("5");
        });

        Assert.Contains(result.Problems, p => p.Code == "duplicate-row" && p.Row == 7 && p.Message.En.Contains("row 6"));
        Assert.Contains(result.Problems, p => p.Code == "declared-total-mismatch");
    }

    [Fact]
    public void Check_DeclaredTotalOff_ReportsTheDifference()
    {
        var result = CheckEdited("CP", wb => SampleWorkbooks.FieldCell(wb, S.Entity, "declared_total_2").SetValue(70_000));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("declared-total-mismatch", "基本信息 Entity!C25"), (problem.Code, problem.Location));
        Assert.Contains("60,578.977", problem.Message.En);
    }

    [Fact]
    public void Check_ExampleRowLeftIn_IsIgnored()
    {
        var result = CheckEdited("LW", wb =>
        {
            var sheet = SampleWorkbooks.Sheet(wb, S.Sources);
            sheet.Row(3).InsertRowsAbove(1);
            sheet.Cell(3, 1).SetValue("示例 Example");
            sheet.Cell(3, 2).SetValue("nonsense");
        });

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Location} {p.Code}")));
    }
}
