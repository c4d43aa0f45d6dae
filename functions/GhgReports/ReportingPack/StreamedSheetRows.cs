using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace GhgReports.ReportingPack;

/// <summary>
/// A sheet's data rows written into the saved package as XML text instead of through ClosedXML, which holds every
/// cell as an object: about 29 KB per line of the Lines sheet, so a 10,000-line group pack needed over 500 MB. ClosedXML
/// writes the sheet's header and two prototype rows carrying each column's number style (and, past the last column,
/// the quote-prefix text style); <see cref="Fill"/> then swaps the prototypes for the real rows, cell by cell with the
/// same styles, so the workbook reads exactly as if ClosedXML had written every cell.
/// </summary>
internal static class StreamedSheetRows
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Marker = "streamed-rows";

    /// <param name="firstRow">The first data row: prototypes go here and on the next row, and are replaced.</param>
    /// <param name="decimalFormats">Per column, the number format a decimal value takes.</param>
    /// <param name="integerFormats">Per column, the number format an integer value takes.</param>
    public static void WritePrototypes(IXLWorksheet sheet, int firstRow, IReadOnlyList<string> decimalFormats, IReadOnlyList<string> integerFormats)
    {
        for (var c = 0; c < decimalFormats.Count; c++)
        {
            sheet.Cell(firstRow, c + 1).SetValue(0m).Style.NumberFormat.Format = decimalFormats[c];
            sheet.Cell(firstRow + 1, c + 1).SetValue(0).Style.NumberFormat.Format = integerFormats[c];
        }
        var quoted = sheet.Cell(firstRow, decimalFormats.Count + 1);
        quoted.SetValue("=").SetDataType(XLDataType.Text);
        quoted.Style.IncludeQuotePrefix = true;
    }

    /// <summary>
    /// Rewrites the worksheet part <paramref name="sheetXml"/>: the prototype rows out, <paramref name="rows"/> in
    /// (<paramref name="rowCount"/> of them, from <paramref name="firstRow"/>), the declared dimension updated.
    /// Values: null (no cell), decimal or int (a number in its column's style), anything else as text. The result writes
    /// the part to a stream (the zip entry), so the rows never sit in memory as a whole.
    /// </summary>
    public static Action<Stream> Fill(byte[] sheetXml, int firstRow, int columnCount, int rowCount, IEnumerable<IReadOnlyList<object?>> rows)
    {
        XDocument document;
        using (var input = new MemoryStream(sheetXml))
        {
            document = XDocument.Load(input);
        }
        XNamespace x = MainNs;
        var root = document.Root ?? throw new InvalidDataException("The worksheet part is empty.");
        var sheetData = root.Element(x + "sheetData") ?? throw new InvalidDataException("The worksheet has no sheetData.");
        var prototypes = sheetData.Elements(x + "row").Where(r => (int?)r.Attribute("r") is { } n && n >= firstRow).ToList();
        var styles = prototypes.SelectMany(r => r.Elements(x + "c"))
            .ToDictionary(c => (string?)c.Attribute("r") ?? "", c => (string?)c.Attribute("s") ?? "0", StringComparer.Ordinal);
        var decimalStyles = Enumerable.Range(0, columnCount).Select(c => styles[Reference(c, firstRow)]).ToArray();
        var integerStyles = Enumerable.Range(0, columnCount).Select(c => styles[Reference(c, firstRow + 1)]).ToArray();
        var quoteStyle = styles[Reference(columnCount, firstRow)];
        prototypes.ForEach(r => r.Remove());
        var lastRow = Math.Max(firstRow - 1, firstRow - 1 + rowCount);
        root.Element(x + "dimension")?.SetAttributeValue("ref", $"A1:{Reference(columnCount - 1, lastRow)}");
        sheetData.Add(new XComment(Marker));

        var prefix = sheetData.GetPrefixOfNamespace(x) is { Length: > 0 } p ? p + ":" : "";
        var text = (document.Declaration?.ToString() ?? "") + document.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var split = text.IndexOf("<!--" + Marker + "-->", StringComparison.Ordinal);
        return output =>
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(text.AsSpan(0, split));
            var letters = Enumerable.Range(0, columnCount).Select(Intake.CellAddress.ColumnLetters).ToArray();
            var rowNumber = firstRow;
            foreach (var row in rows)
            {
                var r = rowNumber.ToString(CultureInfo.InvariantCulture);
                writer.Write($"<{prefix}row r=\"{r}\">");
                for (var c = 0; c < Math.Min(columnCount, row.Count); c++)
                {
                    WriteCell(writer, prefix, letters[c] + r, row[c], decimalStyles[c], integerStyles[c], quoteStyle);
                }
                writer.Write($"</{prefix}row>");
                rowNumber++;
            }
            writer.Write(text.AsSpan(split + Marker.Length + 7));
        };
    }

    private static void WriteCell(StreamWriter writer, string p, string reference, object? value, string decimalStyle, string integerStyle, string quoteStyle)
    {
        switch (value)
        {
            case null:
                return;
            case decimal d:
                writer.Write($"<{p}c r=\"{reference}\" s=\"{decimalStyle}\"><{p}v>{d.ToString(CultureInfo.InvariantCulture)}</{p}v></{p}c>");
                return;
            case int i:
                writer.Write($"<{p}c r=\"{reference}\" s=\"{integerStyle}\"><{p}v>{i.ToString(CultureInfo.InvariantCulture)}</{p}v></{p}c>");
                return;
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        // Text always as text (an inline string), with the quote prefix where a spreadsheet would read a formula.
        var style = InventoryWorkbookWriter.LooksLikeFormula(text) ? $" s=\"{quoteStyle}\"" : "";
        writer.Write($"<{p}c r=\"{reference}\"{style} t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">");
        WriteEscaped(writer, text);
        writer.Write($"</{p}t></{p}is></{p}c>");
    }

    /// <summary>
    /// XML text escaping, plus what a spreadsheet's string type needs: characters XML cannot carry become _xHHHH_, and
    /// a literal _xHHHH_ is itself escaped (ECMA-376 ST_Xstring), so every string reads back as it was.
    /// </summary>
    private static void WriteEscaped(StreamWriter writer, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '&': writer.Write("&amp;"); break;
                case '<': writer.Write("&lt;"); break;
                case '>': writer.Write("&gt;"); break;
                // A raw CR would be read back as LF; spreadsheets read _x000D_ as CR.
                case '\r': writer.Write("_x000D_"); break;
                case '_' when IsEscapeSequence(text, i): writer.Write("_x005F_"); break;
                default:
                    if (char.IsSurrogatePair(text, i))
                    {
                        writer.Write(ch);
                        writer.Write(text[++i]);
                    }
                    else if (ch is '\t' or '\n' || (ch >= 0x20 && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF')))
                    {
                        writer.Write(ch);
                    }
                    else
                    {
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"_x{(int)ch:X4}_"));
                    }
                    break;
            }
        }
    }

    private static bool IsEscapeSequence(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && text.AsSpan(at + 2, 4).IndexOfAnyExcept(HexDigits) < 0;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    private static string Reference(int column, int row) => Intake.CellAddress.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);
}
