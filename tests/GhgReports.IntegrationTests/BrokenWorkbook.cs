using ClosedXML.Excel;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;

namespace GhgReports.IntegrationTests;

/// <summary>
/// A real workbook with an officer's slip: text where the first source line's activity amount goes. Its Entity sheet is
/// sound, so intake rejects it for that one cell while still reading the year it declares.
/// </summary>
internal static class BrokenWorkbook
{
    public const string TextInAmount = "about 100k";

    private const int AmountRow = 4;

    private static int AmountColumn => SubsidiaryWorkbookSchema.Sources.Fields.ToList().FindIndex(f => f.Key == "activity") + 1;

    /// <summary>The broken cell as a check report names it: sheet, then A1 address.</summary>
    public static string AmountCell => SubsidiaryWorkbookSchema.Sources.TemplateName + "!" + XLHelper.GetColumnLetterFromNumber(AmountColumn) + AmountRow;

    public static byte[] WithTextInAmount(SubsidiaryWorkbook sample)
    {
        using var workbook = new XLWorkbook(new MemoryStream(TestStorage.Workbook(sample)));
        workbook.Worksheet(SubsidiaryWorkbookSchema.Sources.TemplateName).Cell(AmountRow, AmountColumn).SetValue(TextInAmount).SetDataType(XLDataType.Text);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
