using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using GhgReports.Intake.Workbook;
using GhgReports.Localization;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Streams a workbook once with ExcelDataReader and hands each recognised sheet to the caller: a key-value sheet as
/// one <see cref="FieldReader"/>, a table sheet row by row. Memory stays flat in the number of rows. Sheets are found
/// by name (Chinese, English or both) and columns by header, never by position, so officers may reorder either.
/// </summary>
internal sealed class SheetScanner(ReadLimits limits, List<Problem> problems)
{
    static SheetScanner() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private const int HeaderSearchRows = 6;
    private const int KeyValueValueColumn = 2;

    public HashSet<string> FoundSheets { get; } = new(StringComparer.Ordinal);

    /// <summary>Error cells (t="e") of the recognised sheets, by sheet name, then zero-based (row, column).</summary>
    private Dictionary<string, Dictionary<(int Row, int Column), string>> _errorCells = new(StringComparer.Ordinal);

    /// <summary>Each recognised sheet's declared &lt;dimension&gt;, as (rows, columns).</summary>
    private readonly Dictionary<string, (int Rows, int Columns)> _declaredDimensions = new(StringComparer.Ordinal);

    /// <summary>Returns false when the workbook could not be read at all (a problem says why).</summary>
    public bool Scan(
        Stream stream,
        IReadOnlyList<SheetSpec> specs,
        Action<SheetSpec, FieldReader> onKeyValueSheet,
        Action<SheetSpec, FieldReader, int> onTableRow,
        CancellationToken cancellationToken)
    {
        try
        {
            _errorCells = ReadSheetXml(stream, specs);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            do
            {
                var spec = specs.FirstOrDefault(s => s.Matches(reader.Name ?? ""));
                if (spec is null || spec.Layout == SheetLayout.Text || !FoundSheets.Add(spec.Key))
                {
                    continue;
                }
                if (spec.Layout == SheetLayout.KeyValue)
                {
                    ScanKeyValue(reader, spec, onKeyValueSheet, cancellationToken);
                }
                else
                {
                    ScanTable(reader, spec, onTableRow, cancellationToken);
                }
            }
            while (reader.NextResult());
            return true;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                                      || ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Problems.UnsafeXml.Create());
        }
        catch (Exception ex) when (ex is HeaderException or ExcelReaderException or InvalidDataException or XmlException
                                       or FormatException or InvalidOperationException or NotSupportedException)
        {
            problems.Add(Problems.Unreadable.Create(ex.GetType().Name));
        }
        return false;
    }

    /// <summary>
    /// ExcelDataReader 3.6.0 ignores the sheet's &lt;dimension&gt;: RowCount and FieldCount come from the cells it finds. So
    /// the declared dimension (read in <see cref="ReadSheetXml"/>) counts too: a sheet claiming A1:XFD1048576 is refused.
    /// </summary>
    private bool DimensionWithinLimits(IExcelDataReader reader, string sheetName)
    {
        var declared = _declaredDimensions.GetValueOrDefault(sheetName);
        var rows = Math.Max(reader.RowCount, declared.Rows);
        var columns = Math.Max(reader.FieldCount, declared.Columns);
        if (rows > limits.MaxRowsPerSheet || columns > limits.MaxColumnsPerSheet)
        {
            problems.Add(Problems.DimensionTooLarge.InSheet(sheetName, sheetName, rows, columns,
                limits.MaxRowsPerSheet, limits.MaxColumnsPerSheet));
            return false;
        }
        return true;
    }

    private void ScanKeyValue(IExcelDataReader reader, SheetSpec spec, Action<SheetSpec, FieldReader> onSheet, CancellationToken ct)
    {
        var sheetName = reader.Name;
        var fields = new FieldReader(sheetName, problems);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var row = -1;
        while (reader.Read())
        {
            row++;
            if (row == 0 && !DimensionWithinLimits(reader, sheetName))
            {
                return;
            }
            if (row % 1024 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var field = MatchKeyValueLabel(spec, reader);
            if (field is null || !found.Add(field.Key))
            {
                continue;
            }
            var raw = CellValue(reader, sheetName, row, KeyValueValueColumn);
            var percent = raw is double && IsPercentFormat(reader, KeyValueValueColumn);
            fields.Set(field, raw, CellAddress.Of(sheetName, row, KeyValueValueColumn), percent);
            ReportFormulaError(reader, sheetName, row, KeyValueValueColumn);
        }
        foreach (var missing in spec.Fields.Where(f => f.Required && !found.Contains(f.Key)))
        {
            problems.Add(Problems.FieldMissing.InSheet(sheetName, sheetName, missing.Label.Zh, missing.Label.En));
        }
        ReportMergedCells(reader, sheetName, r => r.FromColumn <= KeyValueValueColumn && r.ToColumn >= KeyValueValueColumn);
        onSheet(spec, fields);
    }

    private static FieldSpec? MatchKeyValueLabel(SheetSpec spec, IExcelDataReader reader)
    {
        for (var c = 0; c < Math.Min(2, reader.FieldCount); c++)
        {
            if (CellValues.Text(reader.GetValue(c)) is { } label)
            {
                var match = spec.Fields.FirstOrDefault(f => LabelMatches(f, label));
                if (match is not null)
                {
                    return match;
                }
            }
        }
        return null;
    }

    private void ScanTable(IExcelDataReader reader, SheetSpec spec, Action<SheetSpec, FieldReader, int> onRow, CancellationToken ct)
    {
        var sheetName = reader.Name;
        var fields = new FieldReader(sheetName, problems);
        Dictionary<int, FieldSpec>? columns = null;
        var lineNumberColumn = -1;
        var headerRow = -1;
        var row = -1;
        var skipTable = false;
        while (reader.Read())
        {
            row++;
            if (row == 0 && !DimensionWithinLimits(reader, sheetName))
            {
                return;
            }
            if (row > limits.MaxRowsPerSheet)
            {
                problems.Add(Problems.DimensionTooLarge.InSheet(sheetName, sheetName, row, reader.FieldCount, limits.MaxRowsPerSheet, limits.MaxColumnsPerSheet));
                return;
            }
            if (row % 1024 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            if (columns is null)
            {
                if (row >= HeaderSearchRows)
                {
                    ReportMissingColumns(spec, sheetName, []);
                    return;
                }
                var map = MatchHeader(spec, reader);
                if (map is null)
                {
                    continue;
                }
                columns = map;
                headerRow = row;
                lineNumberColumn = map.FirstOrDefault(kv => kv.Value.Key == SubsidiaryWorkbookSchema.LineNumber.Key, new(-1, null!)).Key;
                skipTable = ReportMissingColumns(spec, sheetName, map.Values.Select(f => f.Key).ToHashSet());
                continue;
            }
            if (skipTable || (row == headerRow + 1 && MatchHeader(spec, reader) is not null) || IsExampleRow(reader, lineNumberColumn))
            {
                continue;
            }
            fields.Clear();
            var blank = true;
            foreach (var (column, field) in columns)
            {
                var raw = CellValue(reader, sheetName, row, column);
                if (!CellValues.IsBlank(raw) && field.Key != SubsidiaryWorkbookSchema.LineNumber.Key)
                {
                    blank = false;
                }
                var percent = raw is double && field.Kind == FieldKind.Percent && IsPercentFormat(reader, column);
                fields.Set(field, raw, CellAddress.Of(sheetName, row, column), percent);
            }
            if (blank)
            {
                continue;
            }
            foreach (var column in columns.Keys)
            {
                ReportFormulaError(reader, sheetName, row, column);
            }
            onRow(spec, fields, row + 1);
        }
        if (columns is null)
        {
            ReportMissingColumns(spec, sheetName, []);
            return;
        }
        ReportMergedCells(reader, sheetName, r => r.ToRow > headerRow + 1);
    }

    private bool ReportMissingColumns(SheetSpec spec, string sheetName, HashSet<string> present)
    {
        var missing = spec.Fields.Where(f => f.Required && !present.Contains(f.Key)).ToList();
        foreach (var field in missing)
        {
            problems.Add(Problems.HeaderMissing.InSheet(sheetName, sheetName, field.Label.Zh, field.Label.En));
        }
        return missing.Count > 0;
    }

    private static Dictionary<int, FieldSpec>? MatchHeader(SheetSpec spec, IExcelDataReader reader)
    {
        var map = new Dictionary<int, FieldSpec>();
        for (var c = 0; c < reader.FieldCount; c++)
        {
            if (CellValues.Text(reader.GetValue(c)) is not { } text)
            {
                continue;
            }
            var field = spec.Fields.FirstOrDefault(f => LabelMatches(f, text) && !map.ContainsValue(f));
            if (field is not null)
            {
                map[c] = field;
            }
        }
        // A real header names most of the sheet's columns; a data row that happens to say "CO2" does not.
        return map.Count >= Math.Max(2, spec.Fields.Count / 2) ? map : null;
    }

    private static bool LabelMatches(FieldSpec field, string text)
    {
        // The template marks required fields with a trailing asterisk.
        var t = SheetSpec.Normalise(text).TrimEnd('*');
        var zh = SheetSpec.Normalise(field.Label.Zh);
        var en = SheetSpec.Normalise(field.Label.En);
        return t == zh || t == en || t == zh + en || t == SheetSpec.Normalise(field.Key);
    }

    private static readonly string[] ExampleMarkers =
    [
        SheetSpec.Normalise(SubsidiaryWorkbookSchema.ExampleMarker.Zh),
        SheetSpec.Normalise(SubsidiaryWorkbookSchema.ExampleMarker.En),
        SheetSpec.Normalise(SubsidiaryWorkbookSchema.ExampleMarker.Zh + SubsidiaryWorkbookSchema.ExampleMarker.En),
    ];

    private static bool IsExampleRow(IExcelDataReader reader, int lineNumberColumn)
    {
        // A line number is almost always a number, and a number is never the example marker.
        if (lineNumberColumn < 0 || lineNumberColumn >= reader.FieldCount || reader.GetValue(lineNumberColumn) is not string raw
            || CellValues.Text(raw) is not { } text)
        {
            return false;
        }
        return ExampleMarkers.Contains(SheetSpec.Normalise(text));
    }

    private static bool IsPercentFormat(IExcelDataReader reader, int column)
    {
        try
        {
            return reader.GetNumberFormatString(column)?.Contains('%') == true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private void ReportFormulaError(IExcelDataReader reader, string sheetName, int row, int column)
    {
        if (CellValue(reader, sheetName, row, column) is string s && (IsErrorCell(sheetName, row, column) || FormulaErrors.Contains(s.Trim())))
        {
            problems.Add(Problems.FormulaError.At(CellAddress.Of(sheetName, row, column), s, new("数值或文字", "a value"), s.Trim()));
        }
    }

    /// <summary>
    /// The cell's value; for an error cell, its error text ("#DIV/0!"), which ExcelDataReader 3.6.0 turns into null,
    /// so that the cell reads as the error string a "str" formula would give rather than as a blank.
    /// </summary>
    private object? CellValue(IExcelDataReader reader, string sheetName, int row, int column)
    {
        var raw = column < reader.FieldCount ? reader.GetValue(column) : null;
        if (raw is null && _errorCells.TryGetValue(sheetName, out var errors) && errors.TryGetValue((row, column), out var error))
        {
            return error;
        }
        return raw;
    }

    private bool IsErrorCell(string sheetName, int row, int column) =>
        _errorCells.TryGetValue(sheetName, out var errors) && errors.ContainsKey((row, column));

    /// <summary>
    /// ExcelDataReader 3.6.0 reads a cell of type "e" (a formula whose cached result is an error, e.g.
    /// &lt;c t="e"&gt;&lt;f&gt;1/0&lt;/f&gt;&lt;v&gt;#DIV/0!&lt;/v&gt;&lt;/c&gt;) as null, so a broken formula would pass as a blank cell, and it
    /// ignores the declared &lt;dimension&gt;. Both are found here first: the dimension from the head of each recognised
    /// sheet, the error cells by a parse of the sheet only when its raw bytes could hold one (see
    /// <see cref="WorksheetParts.MayHoldErrorCells"/>), which spares a clean 50,000-row sheet a second XML parse. The zip
    /// limits were checked in pre-flight; DTDs throw here as they do in ExcelDataReader.
    /// </summary>
    private Dictionary<string, Dictionary<(int Row, int Column), string>> ReadSheetXml(Stream stream, IReadOnlyList<SheetSpec> specs)
    {
        var found = new Dictionary<string, Dictionary<(int Row, int Column), string>>(StringComparer.Ordinal);
        stream.Position = 0;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var (sheetName, partName) in WorksheetParts.Of(zip))
            {
                if (!specs.Any(s => s.Layout != SheetLayout.Text && s.Matches(sheetName)) || zip.GetEntry(partName) is not { } part)
                {
                    continue;
                }
                if (WorksheetParts.DeclaredDimension(part) is { } declared)
                {
                    _declaredDimensions[sheetName] = declared;
                }
                if (WorksheetParts.MayHoldErrorCells(part))
                {
                    ReadErrorCells(part, sheetName, found);
                }
            }
        }
        stream.Position = 0;
        return found;
    }

    private static void ReadErrorCells(ZipArchiveEntry part, string sheetName, Dictionary<string, Dictionary<(int Row, int Column), string>> found)
    {
        using var reader = WorksheetParts.OpenXml(part);
        var row = -1;
        var column = -1;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "row")
            {
                // r is optional: a row without it follows the previous one.
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r - 1 : row + 1;
                column = -1;
            }
            else if (reader.LocalName == "c")
            {
                (row, column) = WorksheetParts.CellOf(reader.GetAttribute("r")) ?? (row, column + 1);
                if (reader.GetAttribute("t") == "e")
                {
                    var cells = found.TryGetValue(sheetName, out var c) ? c : found[sheetName] = [];
                    cells[(row, column)] = ErrorText(reader);
                }
            }
        }
    }

    private static string ErrorText(XmlReader cell)
    {
        using var subtree = cell.ReadSubtree();
        while (subtree.Read())
        {
            if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "v")
            {
                var text = subtree.ReadElementContentAsString().Trim();
                return text.Length > 0 ? text : "#VALUE!";
            }
        }
        return "#VALUE!";
    }

    private static readonly HashSet<string> FormulaErrors = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA", "#SPILL!", "#CALC!"];

    private void ReportMergedCells(IExcelDataReader reader, string sheetName, Func<CellRange, bool> overData)
    {
        foreach (var range in reader.MergeCells ?? [])
        {
            if (overData(range))
            {
                var from = CellAddress.Of(sheetName, range.FromRow, range.FromColumn);
                var to = CellAddress.Of(sheetName, range.ToRow, range.ToColumn);
                problems.Add(Problems.MergedCells.At(from, null, null, $"{from.Reference}:{to.Reference}"));
            }
        }
    }
}

/// <summary>Finds worksheet parts by sheet name through xl/workbook.xml and its relationships, and reads cell references.</summary>
internal static class WorksheetParts
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Sheet names (as the user sees them) with their zip entry names, in workbook order.</summary>
    public static List<(string SheetName, string PartName)> Of(ZipArchive zip)
    {
        var sheets = new List<(string Name, string RelId)>();
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var reader = OpenXml(workbook);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNs
                    && reader.GetAttribute("name") is { } name && reader.GetAttribute("id", OfficeRelsNs) is { } relId)
                {
                    sheets.Add((name, relId));
                }
            }
        }
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = OpenXml(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        return [.. sheets.Where(s => targets.ContainsKey(s.RelId)).Select(s => (s.Name, targets[s.RelId]))];
    }

    /// <summary>
    /// The sheet's declared &lt;dimension&gt;, which the schema places before &lt;sheetData&gt;: only the head of the part is
    /// parsed. Null when there is none.
    /// </summary>
    public static (int Rows, int Columns)? DeclaredDimension(ZipArchiveEntry part)
    {
        using var reader = OpenXml(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "dimension")
            {
                return LastCellOf(reader.GetAttribute("ref"));
            }
            if (reader.LocalName == "sheetData")
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// False only when the part certainly holds no error cell, judged from its raw bytes without parsing them. An error
    /// cell carries the attribute value e, so its UTF-8 text contains "e" or 'e' in quotes, or a character reference
    /// (&amp;#…;) that spells it; a part in another encoding is not judged. A false alarm (a text cell reading "e") only
    /// costs the full parse.
    /// </summary>
    public static bool MayHoldErrorCells(ZipArchiveEntry part)
    {
        const int Carry = 2; // the longest pattern less one: a pattern split across two reads is still seen
        using var stream = part.Open();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var kept = 0;
            var first = true;
            while (true)
            {
                var read = stream.ReadAtLeast(buffer.AsSpan(kept), buffer.Length - kept, throwOnEndOfStream: false);
                var span = buffer.AsSpan(0, kept + read);
                if (first)
                {
                    first = false;
                    if (!IsUtf8Xml(span))
                    {
                        return true;
                    }
                }
                if (span.IndexOf("\"e\""u8) >= 0 || span.IndexOf("'e'"u8) >= 0 || span.IndexOf("&#"u8) >= 0)
                {
                    return true;
                }
                if (read == 0 || span.Length < buffer.Length)
                {
                    return false;
                }
                span[^Carry..].CopyTo(buffer);
                kept = Carry;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>UTF-8 (with or without its byte-order mark) and, if it has an XML declaration, one naming UTF-8 or nothing.</summary>
    private static bool IsUtf8Xml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        if (!head.StartsWith("<?xml"u8))
        {
            return head.StartsWith("<"u8);
        }
        var end = head.IndexOf("?>"u8);
        if (end < 0)
        {
            return false;
        }
        var declaration = System.Text.Encoding.ASCII.GetString(head[..end]).ToLowerInvariant();
        var encoding = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (encoding < 0)
        {
            return true;
        }
        var value = declaration[(encoding + "encoding".Length)..].TrimStart(' ', '\t', '\r', '\n', '=').TrimStart('"', '\'');
        return value.StartsWith("utf-8\"", StringComparison.Ordinal) || value.StartsWith("utf-8'", StringComparison.Ordinal)
               || value.StartsWith("utf8\"", StringComparison.Ordinal) || value.StartsWith("utf8'", StringComparison.Ordinal);
    }

    /// <summary>Default settings on purpose: DtdProcessing.Prohibit and no resolver, so DTDs and external entities throw.</summary>
    public static XmlReader OpenXml(ZipArchiveEntry entry) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, CloseInput = true });

    /// <summary>"A1:XFD1048576" → (1048576, 16384); "B3" → (3, 2). Null when the text is not a cell reference.</summary>
    public static (int Rows, int Columns)? LastCellOf(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var last = reference[(reference.LastIndexOf(':') + 1)..].Replace("$", "", StringComparison.Ordinal);
        return CellOf(last) is var (row, column) ? (row + 1, column + 1) : null;
    }

    /// <summary>"I4" → zero-based (3, 8). Null when the text is not a cell reference.</summary>
    public static (int Row, int Column)? CellOf(string? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var i = 0;
        long column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == reference.Length
            || !int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            || row < 1)
        {
            return null;
        }
        return (row - 1, (int)column - 1);
    }
}
