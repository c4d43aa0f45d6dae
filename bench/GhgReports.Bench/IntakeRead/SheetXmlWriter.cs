using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GhgReports.Bench.IntakeRead;

/// <summary>What one cell holds when the benchmark workbook is written.</summary>
internal readonly record struct CellContent(CellContentKind Kind, string? Text, double Number, string? Formula, uint Style)
{
    public static CellContent Of(string text, uint style = 0) => new(CellContentKind.SharedText, text, 0, null, style);

    public static CellContent Of(double number, uint style = 0) => new(CellContentKind.Number, null, number, null, style);

    /// <summary>A formula with the value Excel cached for it, as a real workbook carries.</summary>
    public static CellContent Computed(string formula, double cached, uint style = 0) => new(CellContentKind.Number, null, cached, formula, style);

    /// <summary>A formatted cell without a value, as template rows are.</summary>
    public static CellContent Blank(uint style) => new(CellContentKind.Blank, null, 0, null, style);
}

internal enum CellContentKind
{
    Blank,
    SharedText,
    Number,
}

/// <summary>
/// Writes the cells of one worksheet with OpenXml's SAX writer: no DOM, so a million cells take seconds. Text goes to
/// the workbook's shared string table, as Excel stores it.
/// </summary>
internal sealed class SheetXmlWriter(OpenXmlWriter writer, SharedStringTableBuilder sharedStrings)
{
    private static readonly string[] ColumnNames = Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()).ToArray();

    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly CellFormula _formula = new();
    private readonly List<OpenXmlAttribute> _rowAttributes = new(1);
    private readonly List<OpenXmlAttribute> _cellAttributes = new(3);

    public void Begin()
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
    }

    public void End()
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Writes row <paramref name="rowNumber"/> (1-based) with cells from column A on.</summary>
    public void WriteRow(int rowNumber, ReadOnlySpan<CellContent> cells)
    {
        var rowText = rowNumber.ToString(CultureInfo.InvariantCulture);
        _rowAttributes.Clear();
        _rowAttributes.Add(new OpenXmlAttribute("r", "", rowText));
        writer.WriteStartElement(_row, _rowAttributes);
        for (var c = 0; c < cells.Length; c++)
        {
            WriteCell(ColumnNames[c] + rowText, cells[c]);
        }
        writer.WriteEndElement();
    }

    private void WriteCell(string reference, CellContent cell)
    {
        _cellAttributes.Clear();
        _cellAttributes.Add(new OpenXmlAttribute("r", "", reference));
        if (cell.Style != 0)
        {
            _cellAttributes.Add(new OpenXmlAttribute("s", "", cell.Style.ToString(CultureInfo.InvariantCulture)));
        }
        if (cell.Kind == CellContentKind.SharedText)
        {
            _cellAttributes.Add(new OpenXmlAttribute("t", "", "s"));
        }
        writer.WriteStartElement(_cell, _cellAttributes);
        if (cell.Formula is not null)
        {
            writer.WriteStartElement(_formula);
            writer.WriteString(cell.Formula);
            writer.WriteEndElement();
        }
        switch (cell.Kind)
        {
            case CellContentKind.SharedText:
                WriteValue(sharedStrings.IndexOf(cell.Text!).ToString(CultureInfo.InvariantCulture));
                break;
            case CellContentKind.Number:
                WriteValue(cell.Number.ToString("R", CultureInfo.InvariantCulture));
                break;
        }
        writer.WriteEndElement();
    }

    private void WriteValue(string text)
    {
        writer.WriteStartElement(_value);
        writer.WriteString(text);
        writer.WriteEndElement();
    }
}

/// <summary>Collects the workbook's distinct strings in first-use order and writes them as the shared string part.</summary>
internal sealed class SharedStringTableBuilder
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _references;

    public int Count => _strings.Count;

    public int IndexOf(string text)
    {
        _references++;
        if (!_index.TryGetValue(text, out var i))
        {
            i = _strings.Count;
            _index.Add(text, i);
            _strings.Add(text);
        }
        return i;
    }

    public void WriteTo(OpenXmlWriter writer)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new SharedStringTable(), [
            new OpenXmlAttribute("count", "", _references.ToString(CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", "", _strings.Count.ToString(CultureInfo.InvariantCulture)),
        ]);
        foreach (var s in _strings)
        {
            writer.WriteStartElement(new SharedStringItem());
            writer.WriteElement(new Text(s) { Space = s.Trim() != s ? SpaceProcessingModeValues.Preserve : null });
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
