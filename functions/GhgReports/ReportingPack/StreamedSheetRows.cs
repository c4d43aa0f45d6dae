using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using GhgReports.Spreadsheets;

namespace GhgReports.ReportingPack;

/// <summary>
/// A formula that multiplies cells of its own row (zero-based <paramref name="Columns"/>), with the value it gives,
/// which is written as the cell's cached value so a reader that does not calculate still sees our figure.
/// </summary>
internal sealed record RowProduct(IReadOnlyList<int> Columns, decimal Value);

/// <summary>
/// A sheet's data rows written by OpenXml's streaming writer straight into the package's entry for the sheet (see
/// <see cref="WorkbookPackage"/>), not through ClosedXML, which holds every cell as an object (about 29 KB per line of
/// the Lines sheet, so a 10,000-line group pack needed over 500 MB) and writes formulas without their cached values.
/// ClosedXML renders the sheet's frame: header, widths, panes, print setup and two prototype rows whose cells register
/// each column's number style (and, past the last column, the quote-prefix text style) in the workbook's one stylesheet.
/// <see cref="Fill"/> writes the part once from that frame, the prototypes replaced by the real rows cell by cell with
/// the same styles, so the workbook reads exactly as if ClosedXML had written every cell, and every formula carries the
/// value we calculated.
/// </summary>
internal static class StreamedSheetRows
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <param name="firstRow">The first data row: prototypes go here and on the next row, and are replaced.</param>
    /// <param name="decimalFormats">Per column, the number format a decimal value or a formula takes.</param>
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
    /// The worksheet part from its frame <paramref name="sheetXml"/>: the prototype rows out, <paramref name="rows"/> in
    /// (<paramref name="rowCount"/> of them, from <paramref name="firstRow"/>), the declared dimension updated.
    /// Values: null (no cell), decimal or int (a number in its column's style), a <see cref="RowProduct"/> (a formula
    /// with its cached value, in the column's decimal style), anything else as text. The result writes the part to a
    /// stream (the zip entry), so the rows never sit in memory as a whole.
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
            .ToDictionary(c => (string?)c.Attribute("r") ?? "", c => (uint?)c.Attribute("s") ?? 0u, StringComparer.Ordinal);
        var columns = new ColumnStyles(
            [.. Enumerable.Range(0, columnCount).Select(c => styles[Reference(c, firstRow)])],
            [.. Enumerable.Range(0, columnCount).Select(c => styles[Reference(c, firstRow + 1)])],
            styles[Reference(columnCount, firstRow)],
            [.. Enumerable.Range(0, columnCount).Select(Intake.CellAddress.ColumnLetters)]);
        prototypes.ForEach(r => r.Remove());
        var lastRow = Math.Max(firstRow - 1, firstRow - 1 + rowCount);
        root.Element(x + "dimension")?.SetAttributeValue("ref", $"A1:{Reference(columnCount - 1, lastRow)}");
        // Everything but the data rows is small: hold it as OpenXml elements and stream the rows between them.
        var worksheet = new Worksheet(root.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        return output =>
        {
            using var writer = OpenXmlWriter.Create(new KeepOpen(output), new UTF8Encoding(false));
            var tags = new Tags();
            writer.WriteStartDocument();
            writer.WriteStartElement(worksheet, worksheet.GetAttributes(), worksheet.NamespaceDeclarations);
            foreach (var child in worksheet.ChildElements)
            {
                if (child is not SheetData data)
                {
                    writer.WriteElement(child);
                    continue;
                }
                writer.WriteStartElement(new SheetData());
                foreach (var row in data.Elements<Row>())
                {
                    writer.WriteElement(row);
                }
                var rowNumber = firstRow;
                foreach (var values in rows)
                {
                    var r = rowNumber.ToString(CultureInfo.InvariantCulture);
                    writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", r)]);
                    for (var c = 0; c < Math.Min(columnCount, values.Count); c++)
                    {
                        WriteCell(writer, tags, columns, c, r, values[c]);
                    }
                    writer.WriteEndElement();
                    rowNumber++;
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.Close();
        };
    }

    /// <summary>Per column, the style ids of the prototypes; and the column letters formulas refer to.</summary>
    private sealed record ColumnStyles(uint[] Decimal, uint[] Integer, uint Quoted, string[] Letters);

    /// <summary>
    /// The elements cells are made of, written by name only: an element object per cell cost four times the CPU of the
    /// text writer this replaced; with these, only each cell's attributes are allocated.
    /// </summary>
    private sealed class Tags
    {
        public readonly Cell Cell = new();
        public readonly CellValue Value = new();
        public readonly CellFormula Formula = new();
        public readonly InlineString Inline = new();
        public readonly Text Text = new();
    }

    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    private static void WriteCell(OpenXmlWriter writer, Tags tags, ColumnStyles columns, int column, string row, object? value)
    {
        var reference = new OpenXmlAttribute("r", "", columns.Letters[column] + row);
        switch (value)
        {
            case null:
                return;
            case decimal d:
                writer.WriteStartElement(tags.Cell, [reference, Style(columns.Decimal[column])]);
                Element(writer, tags.Value, Number(d));
                writer.WriteEndElement();
                return;
            case int i:
                writer.WriteStartElement(tags.Cell, [reference, Style(columns.Integer[column])]);
                Element(writer, tags.Value, i.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                return;
            case RowProduct product:
                // t="n" said outright (it is the default): ClosedXML reads a formula cell without it as text.
                writer.WriteStartElement(tags.Cell, [reference, Style(columns.Decimal[column]), new OpenXmlAttribute("t", "", "n")]);
                Element(writer, tags.Formula, string.Join("*", product.Columns.Select(c => columns.Letters[c] + row)));
                Element(writer, tags.Value, Number(product.Value));
                writer.WriteEndElement();
                return;
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        // Text always as text (an inline string), with the quote prefix where a spreadsheet would read a formula.
        writer.WriteStartElement(tags.Cell, InventoryWorkbookWriter.LooksLikeFormula(text)
            ? [reference, Style(columns.Quoted), new OpenXmlAttribute("t", "", "inlineStr")]
            : [reference, new OpenXmlAttribute("t", "", "inlineStr")]);
        writer.WriteStartElement(tags.Inline);
        writer.WriteStartElement(tags.Text, [new OpenXmlAttribute("xml", "space", XmlNs, "preserve")]);
        writer.WriteString(Escaped(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static OpenXmlAttribute Style(uint style) => new("s", "", style.ToString(CultureInfo.InvariantCulture));

    private static void Element(OpenXmlWriter writer, OpenXmlElement tag, string text)
    {
        writer.WriteStartElement(tag);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>Decimals as a spreadsheet reads them: invariant, no exponent, no trailing zeros beyond the value's own.</summary>
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// What a spreadsheet's string type needs beyond XML escaping (which the writer does): characters XML cannot carry
    /// become _xHHHH_, and a literal _xHHHH_ is itself escaped (ECMA-376 ST_Xstring), so every string reads back as it was.
    /// </summary>
    private static string Escaped(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                // A raw CR would be read back as LF; spreadsheets read _x000D_ as CR.
                case '\r': escaped.Append("_x000D_"); break;
                case '_' when IsEscapeSequence(text, i): escaped.Append("_x005F_"); break;
                default:
                    if (char.IsSurrogatePair(text, i))
                    {
                        escaped.Append(ch);
                        escaped.Append(text[++i]);
                    }
                    else if (ch is '\t' or '\n' || (ch >= 0x20 && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF')))
                    {
                        escaped.Append(ch);
                    }
                    else
                    {
                        escaped.Append(string.Create(CultureInfo.InvariantCulture, $"_x{(int)ch:X4}_"));
                    }
                    break;
            }
        }
        return escaped.ToString();
    }

    private static bool IsEscapeSequence(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && text.AsSpan(at + 2, 4).IndexOfAnyExcept(HexDigits) < 0;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    private static string Reference(int column, int row) => Intake.CellAddress.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The zip entry stays open for the caller to close: the OpenXml writer closes whatever it is given.</summary>
    private sealed class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
