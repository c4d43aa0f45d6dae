using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Every workbook intake publishes (the template, blank and pre-filled, the group template, the samples) is written
/// through the one package writer: the same inputs give the same bytes, and the file reads as it did when ClosedXML
/// saved it directly.
/// </summary>
public sealed class ReproducibleWorkbookTests
{
    /// <summary>The 2023 seed samples and the synthetic later year's, by year and code.</summary>
    public static TheoryData<int, string> Samples => new()
    {
        { 2023, "CP" }, { 2023, "LW" }, { 2023, "YN" }, { 2023, "NM" },
        { 2024, "CP" }, { 2024, "LW" }, { 2024, "YN" }, { 2024, "NM" },
    };

    private static readonly DateTimeOffset ZipEarliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_Template_SameFactorsGiveSameBytesAndNoDate()
    {
        var first = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors));
        var second = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors));
        var fewerFactors = Bytes(s => SubsidiaryWorkbookWriter.Write(s, [.. SampleWorkbooks.Factors.All.Skip(1).Select(f => f.Id)]));

        Assert.Equal(Hash(first), Hash(second));
        Assert.NotEqual(Hash(first), Hash(fewerFactors));
        AssertDated(first, null);
        var check = new WorkbookCheck(SampleWorkbooks.Factors);
        Assert.Equal(Json(check.Check(ClosedXmlSave(first)).Problems), Json(check.Check(new MemoryStream(first)).Problems));
    }

    [Fact]
    public void Write_PrefilledTemplate_SamePrefillGivesSameBytes()
    {
        var prefill = new TemplatePrefill("LW", 2024, "内蒙古创新轻量化科技有限公司");

        var first = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, prefill));
        var second = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, prefill));
        var otherYear = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, prefill with { ReportingYear = 2025 }));

        Assert.Equal(Hash(first), Hash(second));
        Assert.NotEqual(Hash(first), Hash(otherYear));
        AssertDated(first, null);
        using var workbook = new XLWorkbook(new MemoryStream(first));
        Assert.Equal(2024, PrefilledTemplateTests.EntityValue(workbook, "reporting_year").GetValue<int>());
        var check = new WorkbookCheck(SampleWorkbooks.Factors);
        var read = check.Check(new MemoryStream(first));
        Assert.Equal((2024, "LW"), (read.DeclaredYear, read.Code?.Normalised));
        Assert.Equal(Json(check.Check(ClosedXmlSave(first)).Problems), Json(read.Problems));
    }

    [Fact]
    public void Write_GroupTemplateAndSample_SameDeclarationsGiveSameBytes()
    {
        string[] ids = [.. SampleWorkbooks.Factors.All.Select(f => f.Id)];

        var template = Bytes(s => GroupWorkbookWriter.Write(s, ids));
        var sample = Bytes(s => GroupWorkbookWriter.Write(s, ids, SeedGroup.Workbook));

        Assert.Equal(Hash(template), Hash(Bytes(s => GroupWorkbookWriter.Write(s, ids))));
        Assert.Equal(Hash(sample), Hash(Bytes(s => GroupWorkbookWriter.Write(s, ids, SeedGroup.Workbook))));
        Assert.NotEqual(Hash(template), Hash(sample));
        AssertDated(sample, null);
        var reader = new GroupWorkbookReader(SampleWorkbooks.Factors);
        var read = reader.Check(new MemoryStream(sample));
        Assert.True(read.Accepted);
        Assert.Empty(read.Problems);
        Assert.Equal(SeedGroup.Workbook.Register.Select(r => r.Code), read.Workbook!.Register.Select(r => r.Code));
        Assert.Equal(Json(reader.Check(ClosedXmlSave(sample)).Workbook), Json(read.Workbook));
        Assert.Equal(Json(reader.Check(ClosedXmlSave(template)).Problems), Json(reader.Check(new MemoryStream(template)).Problems));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_SameDataGivesSameBytesDatedByItsPeriod(int year, string code)
    {
        var data = Sample(year, code);

        var first = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, data));
        var second = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, data));

        Assert.Equal(Hash(first), Hash(second));
        AssertDated(first, new DateTimeOffset(data.Entity.PeriodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }

    /// <summary>Decimals (0.424, 8.0256), dates and years in a culture that writes a decimal comma and other date orders.</summary>
    [Fact]
    public void Write_LaterYearSample_SameBytesUnderAnyCulture()
    {
        var data = Sample(2024, "CP");
        var ambient = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, data));
        var culture = CultureInfo.CurrentCulture;
        byte[] german;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            german = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, data));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Hash(ambient), Hash(german));
    }

    /// <summary>
    /// What intake reads from our file is what it read from ClosedXML's own save of the same workbook: the same
    /// problems (none that are errors), the same declared data, every line of it, and the same category totals.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_Sample_ReadsAsClosedXmlsOwnSave(int year, string code)
    {
        var data = Sample(year, code);
        var ours = Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors, data));

        var settings = new CalculationSettings { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };
        var check = new WorkbookCheck(SampleWorkbooks.Factors, calculator: new InventoryCalculator(SampleWorkbooks.Factors, GwpCatalog.LoadEmbedded()), settings: settings);
        var fromOurs = check.Check(new MemoryStream(ours));
        var fromClosedXml = check.Check(ClosedXmlSave(ours));

        Assert.True(fromOurs.Accepted);
        Assert.Equal(Json(fromClosedXml.Problems), Json(fromOurs.Problems));
        Assert.Equal(Json(fromClosedXml.Workbook), Json(fromOurs.Workbook));
        Assert.Contains(data.Entity.SubsidiaryName, Json(fromOurs.Workbook), StringComparison.Ordinal);
        Assert.Equal(data.Sources.Count, fromOurs.Workbook!.Sources.Count);
        Assert.Equal(Json(fromClosedXml.Inventory!.Categories), Json(fromOurs.Inventory!.Categories));
        Assert.True(fromOurs.Inventory.TotalScope12(Scope2Method.MarketBased) > 0);
    }

    /// <summary>
    /// The published template opened back as a spreadsheet: what an officer relies on (dropdowns and their messages,
    /// header and input styles, number formats, widths, frozen headers, hint comments, the hidden lists) survived the
    /// package writer.
    /// </summary>
    [Fact]
    public void Write_Template_ReopenedKeepsValidationsStylesAndLayout()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Bytes(s => SubsidiaryWorkbookWriter.Write(s, SampleWorkbooks.Factors))));
        var sources = workbook.Worksheet(S.Sources.TemplateName);
        int Column(string key) => S.Sources.Fields.ToList().FindIndex(f => f.Key == key) + 1;
        IXLDataValidation ValidationOf(int column) => sources.DataValidations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == column));

        var gas = ValidationOf(Column("gas"));
        Assert.Equal(XLAllowedValues.List, gas.AllowedValues);
        Assert.Contains(S.ListsSheetName, gas.Value, StringComparison.Ordinal);
        Assert.Equal(XLErrorStyle.Warning, gas.ErrorStyle);
        Assert.Equal("请从列表选择 / Pick from the list", gas.ErrorTitle);
        var validated = gas.Ranges.Single().RangeAddress;
        Assert.Equal(3, validated.FirstAddress.RowNumber);
        Assert.True(validated.LastAddress.RowNumber >= 503);
        var factor = ValidationOf(Column("factor_id"));
        Assert.Contains(FactorsSheet.Name, factor.Value, StringComparison.Ordinal);
        Assert.Contains(TemplateTexts.FactorPick.En, factor.InputMessage, StringComparison.Ordinal);
        var year = workbook.Worksheet(S.Targets.TemplateName).DataValidations
            .Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == S.Targets.Fields.ToList().FindIndex(f => f.Key == "base_year") + 1));
        Assert.Equal(XLAllowedValues.WholeNumber, year.AllowedValues);
        Assert.Equal(("2000", "2100"), (year.MinValue, year.MaxValue));

        var header = sources.Cell(1, Column("gas"));
        Assert.Equal(XLColor.FromHtml("#1F4E79").Color.ToArgb(), header.Style.Fill.BackgroundColor.Color.ToArgb());
        Assert.Equal(XLColor.White.Color.ToArgb(), header.Style.Font.FontColor.Color.ToArgb());
        Assert.True(header.Style.Font.Bold);
        Assert.True(header.Style.Alignment.WrapText);
        Assert.Equal(XLColor.FromHtml("#DDEBF7").Color.ToArgb(), sources.Cell(2, Column("gas")).Style.Fill.BackgroundColor.Color.ToArgb());
        var input = sources.Cell(100, Column("activity"));
        Assert.Equal(XLColor.FromHtml("#FFF8DC").Color.ToArgb(), input.Style.Fill.BackgroundColor.Color.ToArgb());
        Assert.Equal("#,##0.######", input.Style.NumberFormat.Format);
        Assert.True(sources.Cell(3, 1).Style.Font.Italic);
        Assert.Equal(34, sources.Column(Column("factor_id")).Width);
        Assert.Equal((2, 1), (sources.SheetView.SplitRow, sources.SheetView.SplitColumn));
        var hinted = S.Sources.Fields.First(f => f.Hint is not null);
        var comment = sources.Cell(1, Column(hinted.Key)).Comment.Text;
        Assert.Contains(hinted.Hint!.Zh, comment, StringComparison.Ordinal);
        Assert.Contains(hinted.Hint.En, comment, StringComparison.Ordinal);
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet(S.ListsSheetName).Visibility);
        Assert.Equal(1, workbook.Worksheets.Single(w => w.TabActive).Position);
        var entity = workbook.Worksheet(S.Entity.TemplateName);
        Assert.Equal((26d, 36d), (entity.Column(1).Width, entity.Column(2).Width));
        Assert.Equal(1, entity.SheetView.SplitRow);
        Assert.Equal("yyyy-mm-dd", entity.Cell(S.Entity.Fields.ToList().FindIndex(f => f.Key == "period_start") + 2, 3).Style.DateFormat.Format);
    }

    private static SubsidiaryWorkbook Sample(int year, string code) =>
        (year == 2023 ? SeedSamples.All : LaterYearSamples.For(year)).Single(w => w.Entity.SubsidiaryCode == code);

    /// <summary>Every entry at the date's time (the earliest a zip holds when undated); the core properties' dates the date or absent.</summary>
    private static void AssertDated(byte[] workbook, DateTimeOffset? date)
    {
        using (var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        {
            Assert.All(archive.Entries, e => Assert.Equal((date ?? ZipEarliest).UtcDateTime, e.LastWriteTime.DateTime));
        }
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        Assert.Equal(date?.UtcDateTime, document.PackageProperties.Created?.ToUniversalTime());
        Assert.Equal(date?.UtcDateTime, document.PackageProperties.Modified?.ToUniversalTime());
        Assert.Equal("GhgReports", document.PackageProperties.Creator);
    }

    /// <summary>The same workbook as ClosedXML saves it by itself, which is how these files were written before.</summary>
    private static MemoryStream ClosedXmlSave(byte[] workbook)
    {
        using var reopened = new XLWorkbook(new MemoryStream(workbook));
        var saved = new MemoryStream();
        reopened.SaveAs(saved);
        saved.Position = 0;
        return saved;
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
