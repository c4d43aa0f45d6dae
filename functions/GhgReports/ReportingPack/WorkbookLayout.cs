using ClosedXML.Excel;

namespace GhgReports.ReportingPack;

/// <summary>
/// How the inventory workbook's sheets print and how tall their rows are. Verifiers print the workbook and annotate it:
/// without a print setup the Lines sheet came out as dozens of pages split down the columns, with no headers after the
/// first page.
/// </summary>
internal static class WorkbookLayout
{
    /// <summary>Points per line of 11-pt text, as Excel's default row height.</summary>
    private const double LineHeight = 15;

    /// <summary>A CJK character is about twice as wide as a digit of the default font, which column widths count in.</summary>
    private const double WideCharacter = 2.0;

    /// <summary>Landscape A4, one page wide (as many pages tall as it takes), header rows repeated on every page.</summary>
    /// <param name="firstHeaderRow">0 when the sheet has no header rows to repeat.</param>
    public static void PrintOnePageWide(IXLWorksheet sheet, int firstHeaderRow, int lastHeaderRow)
    {
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
        sheet.PageSetup.Margins.Top = 0.6;
        sheet.PageSetup.Margins.Bottom = 0.6;
        if (firstHeaderRow > 0)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(firstHeaderRow, lastHeaderRow);
        }
    }

    /// <summary>
    /// Gives each row holding wrapped text (or larger type) the height its text needs, as an explicit height: a row left
    /// without one keeps the default height in LibreOffice, and wrapped paragraphs spilled over the rows below. The
    /// estimate is from character counts (no font measuring: Azure's Linux workers have no libgdiplus), on the generous
    /// side, and depends on the text only, so the bytes stay the same run to run.
    /// </summary>
    public static void FitRowHeights(IXLWorksheet sheet)
    {
        foreach (var row in sheet.RowsUsed())
        {
            var height = row.CellsUsed().Select(HeightOf).DefaultIfEmpty(LineHeight).Max();
            if (height > LineHeight)
            {
                row.Height = height;
            }
        }
    }

    /// <summary>The lines a text takes in a column this many characters wide, wrapping on its own line breaks too.</summary>
    internal static int LinesNeeded(string text, double columnWidth)
    {
        // Words wrap whole, so a line holds somewhat less than the full width.
        var usable = Math.Max(1, columnWidth * 0.9);
        return text.Split('\n').Sum(segment => Math.Max(1, (int)Math.Ceiling(Width(segment) / usable)));
    }

    private static double HeightOf(IXLCell cell)
    {
        var font = cell.Style.Font.FontSize / 11d;
        if (!cell.Style.Alignment.WrapText)
        {
            return LineHeight * font;
        }
        var width = cell.IsMerged()
            ? cell.MergedRange().Columns().Sum(c => cell.Worksheet.Column(c.ColumnNumber()).Width)
            : cell.WorksheetColumn().Width;
        var lines = LinesNeeded(cell.GetString(), width / font);
        return lines == 1 ? LineHeight * font : (lines * LineHeight * font) + 3;
    }

    private static double Width(string text)
    {
        var width = 0d;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value >= 0x2E80 ? WideCharacter : 1d;
        }
        return width;
    }
}
