using ClosedXML.Excel;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Gwp;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>The template as published (with the factor library beside it), and workbooks of the earlier template beside it.</summary>
public sealed class PublishedTemplateTests
{
    private static MemoryStream Published(GhgReports.Submissions.SubsidiaryWorkbook? data = null)
    {
        var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, SampleWorkbooks.Factors, data);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_PublishedTemplate_HasAFactorsSheetThatFeedsTheFactorDropdown()
    {
        using var stream = Published();
        using var workbook = new XLWorkbook(stream);

        Assert.Equal(["说明 Instructions", .. S.DataSheets.Select(s => s.TemplateName), "因子 Factors", S.ListsSheetName], workbook.Worksheets.Select(w => w.Name));
        var factors = workbook.Worksheet("因子 Factors");
        var grid = factors.RowsUsed().Skip(1).Single(r => r.Cell(1).GetString() == "cn-grid/2022/national-carbon-market");
        Assert.Equal("MWh", grid.Cell(4).GetString());
        Assert.Equal("CO2 0.5703", grid.Cell(5).GetString());
        Assert.Contains("Ministry of Ecology and Environment", grid.Cell(6).GetString(), StringComparison.Ordinal);
        Assert.Equal("2023–2025", grid.Cell(7).GetString());
        Assert.False(string.IsNullOrWhiteSpace(grid.Cell(2).GetString()));
        Assert.False(string.IsNullOrWhiteSpace(grid.Cell(3).GetString()));
        Assert.Equal(SampleWorkbooks.Factors.All.Count, factors.RowsUsed().Count() - 1);
        var sources = workbook.Worksheet(S.Sources.TemplateName);
        var factorColumn = S.Sources.Fields.ToList().FindIndex(f => f.Key == "factor_id") + 1;
        Assert.Contains(sources.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == factorColumn) && v.Value.Contains("Factors", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_PublishedTemplate_HasTransportFactorsAndUnitDropdowns()
    {
        using var stream = Published();
        using var workbook = new XLWorkbook(stream);

        var ids = workbook.Worksheet("因子 Factors").Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("ipcc2006/road/diesel", ids);
        Assert.Contains("ipcc2006/road/natural-gas", ids);
        foreach (var (spec, key) in new[] { (S.Sources, "activity_unit"), (S.EnergyAndProduction, "unit"), (S.Measures, "capacity_unit") })
        {
            var column = spec.Fields.ToList().FindIndex(f => f.Key == key) + 1;
            Assert.Contains(workbook.Worksheet(spec.TemplateName).DataValidations,
                v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == column) && v.Value.Contains(S.ListsSheetName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_PublishedTemplate_ShowsARefrigerantReleaseAndADirectlyReportedPurchaseAsExamples()
    {
        using var stream = Published();
        using var workbook = new XLWorkbook(stream);

        var sources = workbook.Worksheet(S.Sources.TemplateName);
        var refrigerant = sources.Row(4);
        Assert.StartsWith("示例", refrigerant.Cell(1).GetString(), StringComparison.Ordinal);
        Assert.Equal("HFC-134a", SampleWorkbooks.TableCell(workbook, S.Sources, 4, "gas").GetString());
        Assert.Equal("kg", SampleWorkbooks.TableCell(workbook, S.Sources, 4, "activity_unit").GetString());
        Assert.Equal("kg/kg", SampleWorkbooks.TableCell(workbook, S.Sources, 4, "custom_factor_unit").GetString());
        Assert.Equal(164_000d, SampleWorkbooks.TableCell(workbook, S.Sources, 5, "reported_tco2e").GetDouble());
        var instructions = string.Join("\n", workbook.Worksheet("说明 Instructions").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("web page", instructions, StringComparison.Ordinal);
        Assert.Contains("网页", instructions, StringComparison.Ordinal);
        Assert.Contains("uploads/", instructions, StringComparison.Ordinal);
        Assert.Contains("Refrigerants and SF6", instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PublishedBlankTemplate_SkipsTheExamplesAndAsksOnlyForRequiredValues()
    {
        using var stream = Published();

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        Assert.All(result.Problems, p => Assert.Equal("required", p.Code));
    }

    [Fact]
    public void Example_RefrigerantRowFilledIn_IsAcceptedWithTheGwpApplied()
    {
        // The example row made real: 12.5 kg HFC-134a × 1 kg/kg = 0.0125 t; × AR5 GWP 1,300 = 16.25 tCO2e.
        using var stream = SampleWorkbooks.Edited("CP", wb =>
        {
            var sheet = SampleWorkbooks.Sheet(wb, S.Sources);
            sheet.Row(7).Clear();
            string[] keys = ["category", "subcategory", "source", "gas", "activity", "activity_unit", "custom_factor", "custom_factor_unit", "custom_factor_source", "evidence"];
            object[] values = ["1", "1.4", "空调制冷剂补充 Refrigerant top-up", "HFC-134a", 12.5, "kg", 1, "kg/kg", "逸散气体质量 Mass released", "维修充注记录 Top-up records"];
            for (var i = 0; i < keys.Length; i++)
            {
                var cell = SampleWorkbooks.TableCell(wb, S.Sources, 7, keys[i]);
                if (values[i] is string text)
                {
                    cell.SetValue(text).SetDataType(XLDataType.Text);
                }
                else
                {
                    cell.SetValue(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        });
        var settings = new CalculationSettings { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };

        var result = new WorkbookCheck(SampleWorkbooks.Factors, calculator: new InventoryCalculator(SampleWorkbooks.Factors, GwpCatalog.LoadEmbedded()), settings: settings)
            .Check(stream);

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Where(p => p.IsError).Select(p => $"{p.Code} {p.Location}")));
        var line = result.Inventory!.Lines.Single(l => l.Row == 7);
        Assert.Equal(16.25m, line.Tco2e);
    }

    [Theory]
    [InlineData("CP")]
    [InlineData("YN")]
    public void Check_SameDataInTheEarlierAndThePublishedTemplate_CalculatesToTheSameFigures(string code)
    {
        var settings = new CalculationSettings { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };
        var check = new WorkbookCheck(SampleWorkbooks.Factors, calculator: new InventoryCalculator(SampleWorkbooks.Factors, GwpCatalog.LoadEmbedded()), settings: settings);
        using var earlier = SampleWorkbooks.Write(code);
        using var published = Published(SeedSamples.ByCode(code));

        var before = check.Check(earlier);
        var after = check.Check(published);

        Assert.True(before.Accepted);
        Assert.True(after.Accepted);
        var was = SubmissionFiguresFactory.From(before.Workbook!, before.Inventory!, settings);
        var now = SubmissionFiguresFactory.From(after.Workbook!, after.Inventory!, settings);
        Assert.Equal(was.CategoryTotalsTco2e.OrderBy(c => c.Key), now.CategoryTotalsTco2e.OrderBy(c => c.Key));
        Assert.Equal((was.Scope12Tco2e, was.Scope12Intensity, was.PurchasedAluminiumIntensity, was.FactorVersion),
            (now.Scope12Tco2e, now.Scope12Intensity, now.PurchasedAluminiumIntensity, now.FactorVersion));
        Assert.Equal(before.Inventory!.Lines.Select(l => (l.Row, l.Tco2e)), after.Inventory!.Lines.Select(l => (l.Row, l.Tco2e)));
    }
}
