using ClosedXML.Excel;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;
using GhgReports.Submissions;

namespace GhgReports.Tests.Intake;

/// <summary>Real workbook files for tests: the samples as written by our writer, optionally edited with ClosedXML.</summary>
internal static class SampleWorkbooks
{
    public static IFactorCatalog Factors { get; } = FactorCatalog.LoadEmbedded();

    public static MemoryStream Write(SubsidiaryWorkbook? data)
    {
        var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, [.. Factors.All.Select(f => f.Id)], data);
        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Write(string code) => Write(SeedSamples.ByCode(code));

    /// <summary>The sample of <paramref name="code"/>, with <paramref name="edit"/> applied the way an officer would in Excel.</summary>
    public static MemoryStream Edited(string code, Action<XLWorkbook> edit)
    {
        using var original = Write(code);
        using var workbook = new XLWorkbook(original);
        edit(workbook);
        var edited = new MemoryStream();
        workbook.SaveAs(edited);
        edited.Position = 0;
        return edited;
    }

    public static IXLWorksheet Sheet(XLWorkbook workbook, SheetSpec spec) => workbook.Worksheet(spec.TemplateName);

    /// <summary>The cell of <paramref name="fieldKey"/> in the table row <paramref name="row"/> (1-based sheet row).</summary>
    public static IXLCell TableCell(XLWorkbook workbook, SheetSpec spec, int row, string fieldKey) =>
        Sheet(workbook, spec).Cell(row, spec.Fields.ToList().FindIndex(f => f.Key == fieldKey) + 1);

    /// <summary>The value cell of a key-value field.</summary>
    public static IXLCell FieldCell(XLWorkbook workbook, SheetSpec spec, string fieldKey) =>
        Sheet(workbook, spec).Cell(spec.Fields.ToList().FindIndex(f => f.Key == fieldKey) + 2, 3);
}
