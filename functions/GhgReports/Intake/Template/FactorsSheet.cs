using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;

namespace GhgReports.Intake.Template;

/// <summary>
/// The factor library as the officer sees it, one row per factor: id, names, unit, value, source and validity. Its id
/// column feeds the factor dropdown, so what is picked can be looked up beside it. Written, never read back.
/// </summary>
internal static class FactorsSheet
{
    public static string Name => $"{TemplateTexts.FactorsSheet.Zh} {TemplateTexts.FactorsSheet.En}";

    /// <summary>Writes the sheet and returns the range of ids, for the dropdown.</summary>
    public static IXLRange Write(XLWorkbook workbook, IReadOnlyList<EmissionFactor> factors)
    {
        var sheet = workbook.Worksheets.Add(Name);
        double[] widths = [38, 28, 36, 12, 34, 60, 12];
        for (var c = 0; c < TemplateTexts.FactorsHeaders.Count; c++)
        {
            var header = TemplateTexts.FactorsHeaders[c];
            var cell = sheet.Cell(1, c + 1).SetValue($"{header.Zh}\n{header.En}");
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            sheet.Column(c + 1).Width = widths[c];
        }
        var row = 2;
        foreach (var factor in factors)
        {
            string[] values =
            [
                factor.Id,
                factor.Description.Zh,
                factor.Description.En,
                factor.ActivityUnit.Symbol,
                string.Join("; ", factor.TonnesPerUnit.Select(g => $"{g.Key} {g.Value.ToString(CultureInfo.InvariantCulture)}")),
                $"{factor.Source.Publisher}: {factor.Source.Title}",
                $"{factor.ValidFrom}–{factor.ValidTo?.ToString(CultureInfo.InvariantCulture) ?? ""}",
            ];
            for (var c = 0; c < values.Length; c++)
            {
                // Text, never a number or formula: ids look like paths, values keep their published digits.
                sheet.Cell(row, c + 1).SetValue(values[c]).SetDataType(XLDataType.Text);
            }
            row++;
        }
        sheet.SheetView.FreezeRows(1);
        return sheet.Range(2, 1, Math.Max(2, row - 1), 1);
    }
}
