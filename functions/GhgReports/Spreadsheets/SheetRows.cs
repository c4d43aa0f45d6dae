using System.Globalization;
using System.Xml;

namespace GhgReports.Spreadsheets;

/// <summary>
/// One worksheet read forward, a row at a time, in one pass over its XML. Values come typed as officers' cells mean
/// them: <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>, <see cref="DateTime"/> for a number in a
/// date format, the error text ("#DIV/0!") for an error cell (see <see cref="IsError"/>), null for an empty cell.
/// A formula cell gives its cached value. Rows the sheet leaves out are skipped: <see cref="RowIndex"/> says where
/// each row is.
/// </summary>
internal sealed class SheetRows : IDisposable
{
    private readonly SpreadsheetPackage _package;
    private readonly XmlReader _xml;
    private readonly string _row, _cell, _value, _inlineString, _sheetData, _mergeCell, _dimension;
    private readonly string _reference, _type, _style;

    /// <summary>Cells at or beyond this column are counted in <see cref="FieldCount"/> but not kept.</summary>
    private readonly int _maxColumns;

    // The current row's cells by column, reused from row to row; _kept of them are in use.
    private object?[] _values = new object?[32];
    private int[] _styles = new int[32];
    private bool[] _errors = new bool[32];
    private int _kept;

    private bool _inSheetData;
    private bool _pastSheetData;

    internal SheetRows(SpreadsheetPackage package, string name, Func<XmlNameTable, XmlReader> open, int maxColumns)
    {
        _package = package;
        Name = name;
        _maxColumns = maxColumns;
        var names = new NameTable();
        _row = names.Add("row");
        _cell = names.Add("c");
        _value = names.Add("v");
        _inlineString = names.Add("is");
        _sheetData = names.Add("sheetData");
        _mergeCell = names.Add("mergeCell");
        _dimension = names.Add("dimension");
        _reference = names.Add("r");
        _type = names.Add("t");
        _style = names.Add("s");
        _xml = open(names);
        try
        {
            ReadHead();
        }
        catch
        {
            _xml.Dispose();
            throw;
        }
    }

    public string Name { get; }

    /// <summary>The sheet's declared &lt;dimension&gt; as (rows, columns), which a hostile file may set to anything.</summary>
    public (int Rows, int Columns)? DeclaredDimension { get; private set; }

    /// <summary>Zero-based index of the current row.</summary>
    public int RowIndex { get; private set; } = -1;

    /// <summary>
    /// One more than the current row's last cell's zero-based column, also when that is beyond the columns kept: a row
    /// of a million cells is seen as that wide without being held.
    /// </summary>
    public int FieldCount { get; private set; }

    public object? GetValue(int column) => column >= 0 && column < _kept ? _values[column] : null;

    /// <summary>The cell holds an error value (t="e"), e.g. a formula whose cached result is #DIV/0!.</summary>
    public bool IsError(int column) => column >= 0 && column < _kept && _errors[column];

    /// <summary>The cell's number format code ("0.0%", "General").</summary>
    public string NumberFormat(int column) =>
        _package.FormatOf(column >= 0 && column < _kept ? _styles[column] : 0).Code;

    /// <summary>Moves to the next row that the sheet holds; false after the last one.</summary>
    public bool Read()
    {
        Array.Clear(_values, 0, _kept);
        Array.Clear(_styles, 0, _kept);
        Array.Clear(_errors, 0, _kept);
        FieldCount = 0;
        _kept = 0;
        if (!_inSheetData)
        {
            return false;
        }
        while (!_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _row))
            {
                ReadRow();
                return true;
            }
            if (_xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(_xml.LocalName, _sheetData))
            {
                _xml.Read();
                break;
            }
            _xml.Read();
        }
        _inSheetData = false;
        _pastSheetData = true;
        return false;
    }

    /// <summary>Merged ranges as zero-based (first row, first column, last row, last column). Reads past any rows left.</summary>
    public List<MergedRange> ReadMergedRanges()
    {
        while (Read())
        {
        }
        var ranges = new List<MergedRange>();
        if (!_pastSheetData)
        {
            return ranges;
        }
        while (!_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _mergeCell)
                && MergedRange.Parse(_xml.GetAttribute("ref")) is { } range)
            {
                ranges.Add(range);
            }
            _xml.Read();
        }
        return ranges;
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>Reads up to the first row: the declared dimension lies before &lt;sheetData&gt;.</summary>
    private void ReadHead()
    {
        while (_xml.Read())
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (ReferenceEquals(_xml.LocalName, _dimension))
            {
                DeclaredDimension = CellReferences.LastCellOf(_xml.GetAttribute("ref"));
            }
            else if (ReferenceEquals(_xml.LocalName, _sheetData))
            {
                _inSheetData = !_xml.IsEmptyElement;
                _pastSheetData = !_inSheetData;
                _xml.Read();
                return;
            }
        }
    }

    private void ReadRow()
    {
        // r is optional: a row without it follows the previous one.
        RowIndex = int.TryParse(_xml.GetAttribute(_reference), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r - 1 : RowIndex + 1;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return;
        }
        var depth = _xml.Depth;
        var column = -1;
        _xml.Read();
        while (_xml.Depth > depth)
        {
            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _cell))
            {
                column = ReadCell(column);
                continue;
            }
            _xml.Read();
        }
        _xml.Read(); // past </row>
    }

    /// <summary>Reads one &lt;c&gt; and leaves the reader after it; returns its column.</summary>
    private int ReadCell(int previousColumn)
    {
        var column = previousColumn + 1;
        string? type = null;
        var style = 0;
        for (var more = _xml.MoveToFirstAttribute(); more; more = _xml.MoveToNextAttribute())
        {
            var name = _xml.LocalName;
            if (ReferenceEquals(name, _reference))
            {
                column = CellReferences.ColumnOf(_xml.Value) ?? column;
            }
            else if (ReferenceEquals(name, _type))
            {
                type = _xml.Value;
            }
            else if (ReferenceEquals(name, _style))
            {
                style = int.TryParse(_xml.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            }
        }
        _xml.MoveToElement();

        string? raw = null;
        string? inline = null;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
        }
        else
        {
            var depth = _xml.Depth;
            _xml.Read();
            while (_xml.Depth > depth)
            {
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    _xml.Read();
                }
                else if (ReferenceEquals(_xml.LocalName, _value))
                {
                    raw = _xml.ReadElementContentAsString();
                }
                else if (ReferenceEquals(_xml.LocalName, _inlineString))
                {
                    inline = SpreadsheetPackage.ReadText(_xml);
                }
                else
                {
                    _xml.Skip(); // <f>, <extLst>
                }
            }
            _xml.Read(); // past </c>
        }

        Place(column, style, type, raw, inline);
        return column;
    }

    private void Place(int column, int style, string? type, string? raw, string? inline)
    {
        FieldCount = Math.Max(FieldCount, column + 1);
        if (column >= _maxColumns)
        {
            return;
        }
        if (column >= _values.Length)
        {
            var size = Math.Min(_maxColumns, Math.Max(column + 1, _values.Length * 2));
            Array.Resize(ref _values, size);
            Array.Resize(ref _styles, size);
            Array.Resize(ref _errors, size);
        }
        _kept = Math.Max(_kept, column + 1);
        _styles[column] = style;
        _errors[column] = type == "e";
        _values[column] = type switch
        {
            "s" => raw is null ? null : _package.SharedString(raw),
            "str" => raw ?? "",
            "inlineStr" => inline ?? raw,
            "b" => raw is null ? null : raw.Trim() is "1" or "true",
            "e" => string.IsNullOrWhiteSpace(raw) ? "#VALUE!" : raw.Trim(),
            "d" => raw is null ? null : DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d : raw,
            _ => Number(raw, style),
        };
    }

    private object? Number(string? raw, int style)
    {
        if (raw is null)
        {
            return null;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }
        return _package.FormatOf(style).IsDate && AsDate(number) is { } date ? date : number;
    }

    /// <summary>Excel's serial date (1900 or 1904 system); null when out of the range a date can have.</summary>
    private object? AsDate(double serial)
    {
        var days = _package.Date1904 ? serial + 1462 : serial;
        return days is >= -657435.0 and < 2958466.0 ? DateTime.FromOADate(days) : null;
    }
}

/// <summary>A merged range, zero-based and inclusive.</summary>
internal sealed record MergedRange(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    /// <summary>"B2:D3" → (1, 1, 2, 3); null when the text is not a range.</summary>
    public static MergedRange? Parse(string? reference)
    {
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 } || CellReferences.CellOf(parts[0]) is not var (r1, c1) || CellReferences.CellOf(parts[1]) is not var (r2, c2))
        {
            return null;
        }
        return new(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
    }
}
