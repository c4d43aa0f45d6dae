using ClosedXML.Excel;
using GhgReports.Intake;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>
/// An officer fixes a workbook in one round: problems that reading finds on some lines never hide the factor, unit or
/// validity problems of the others.
/// </summary>
public sealed class OneRoundTests
{
    private static WorkbookCheckResult CheckEdited(string code, Action<XLWorkbook> edit)
    {
        using var stream = SampleWorkbooks.Edited(code, edit);
        return new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);
    }

    [Fact]
    public void Check_TextNumberOnOneLineUnknownFactorOnAnother_ReportsBothAtTheirCells()
    {
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 5, "reported_tco2e").SetValue("lots").SetDataType(XLDataType.Text);
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "factor_id").SetValue("cn-grid/2099/nowhere");
        });

        Assert.False(result.Accepted);
        var errors = result.Problems.Where(p => p.IsError).ToList();
        Assert.Equal(["not-a-number", "unknown-factor"], errors.Select(p => p.Code).Order());
        var text = Assert.Single(errors, p => p.Code == "not-a-number");
        Assert.Equal("排放源 Sources!O5", text.Location);
        Assert.Equal("lots", text.ValueSeen);
        var factor = Assert.Single(errors, p => p.Code == "unknown-factor");
        Assert.Equal("排放源 Sources!K4", factor.Location);
        Assert.Equal("cn-grid/2099/nowhere", factor.ValueSeen);
        Assert.Contains("cn-grid/2099/nowhere", factor.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("cn-grid/2099/nowhere", factor.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextNumberAndUnknownFactorOnTheSameLine_ReportsBoth()
    {
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "activity").SetValue("about 100k").SetDataType(XLDataType.Text);
            SampleWorkbooks.TableCell(wb, S.Sources, 4, "factor_id").SetValue("cn-grid/2099/nowhere");
        });

        Assert.Contains(result.Problems, p => p.Code == "not-a-number" && p.Cell == "I4");
        Assert.Contains(result.Problems, p => p.Code == "unknown-factor" && p.Cell == "K4");
    }

    [Fact]
    public void Check_UnreadableLineWithUnitTheFactorCannotTake_ReportsUnitMismatch()
    {
        // Row 3 of YN is natural gas against a per-m³ factor that has no density: tonnes cannot be converted.
        var result = CheckEdited("YN", wb =>
        {
            SampleWorkbooks.TableCell(wb, S.Sources, 3, "activity").SetValue("n/a").SetDataType(XLDataType.Text);
            SampleWorkbooks.TableCell(wb, S.Sources, 3, "activity_unit").SetValue("t");
        });

        var mismatch = Assert.Single(result.Problems, p => p.Code == "unit-mismatch");
        Assert.Equal("J3", mismatch.Cell);
        Assert.Equal("t", mismatch.ValueSeen);
        Assert.Equal("m3", mismatch.Expected?.En);
        Assert.Contains(result.Problems, p => p.Code == "not-a-number" && p.Cell == "I3");
    }

    [Fact]
    public void Check_EntityUnreadable_StillChecksEveryLinesFactorAndValidityYear()
    {
        // The entity sheet cannot become a declaration (name missing), yet its year reads: validity is still checked.
        var result = CheckEdited("LW", wb =>
        {
            SampleWorkbooks.FieldCell(wb, S.Entity, "subsidiary_name").Clear();
            SampleWorkbooks.FieldCell(wb, S.Entity, "reporting_year").SetValue(2030);
            SampleWorkbooks.TableCell(wb, S.Sources, 5, "factor_id").SetValue("cn-fuel/peat");
        });

        Assert.Contains(result.Problems, p => p.Code == "required" && p.Sheet == "基本信息 Entity");
        Assert.Contains(result.Problems, p => p.Code == "unknown-factor" && p.Cell == "K5");
        // Row 4's grid factor applies to 2023–2025 only: a 2030 inventory is warned at that row.
        var validity = Assert.Single(result.Problems, p => p.Code == "factor-outside-validity");
        Assert.Equal("K4", validity.Cell);
    }

    [Fact]
    public void Check_SomeLinesUnreadable_DoesNotClaimDeclaredTotalsDisagree()
    {
        // Row 5 (category 3, 6,630 t declared) cannot be read: its category's sum is unknown, not zero.
        var result = CheckEdited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 5, "reported_tco2e").SetValue("lots").SetDataType(XLDataType.Text));

        Assert.DoesNotContain(result.Problems, p => p.Code is "declared-total-mismatch" or "declared-total-rounding" or "no-emission-rows");
        Assert.Single(result.Problems, p => p.IsError);
    }

    [Fact]
    public void Check_WorkbookWithReadingErrors_StillCarriesTheCodeAndItsCell()
    {
        var result = CheckEdited("CP", wb =>
        {
            SampleWorkbooks.FieldCell(wb, S.Entity, "subsidiary_code").SetValue(" sd ");
            SampleWorkbooks.TableCell(wb, S.Sources, 5, "reported_tco2e").SetValue("lots").SetDataType(XLDataType.Text);
        });

        Assert.Null(result.Workbook);
        Assert.NotNull(result.Code);
        Assert.Equal("SD", result.Code.Normalised);
        Assert.Equal("基本信息 Entity!C2", result.Code.At.ToString());
    }
}
