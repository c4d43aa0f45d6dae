using System.Xml;
using GhgReports.Intake.Workbook;
using GhgReports.Localization;
using GhgReports.Spreadsheets;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Streams a workbook once (<see cref="SpreadsheetPackage"/>) and hands each recognised sheet to the caller: a key-value
/// sheet as one <see cref="FieldReader"/>, a table sheet row by row as it is read. Memory stays flat in the number of
/// rows. Sheets are found by name (Chinese, English or both) and columns by header, never by position, so officers may
/// reorder either.
/// </summary>
internal sealed class SheetScanner(ReadLimits limits, List<Problem> problems)
{
    private const int HeaderSearchRows = 6;
    private const int KeyValueValueColumn = 2;

    public HashSet<string> FoundSheets { get; } = new(StringComparer.Ordinal);

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
            stream.Position = 0;
            using var package = SpreadsheetPackage.Open(stream, limits.MaxSharedStrings);
            foreach (var sheet in package.Sheets)
            {
                var spec = specs.FirstOrDefault(s => s.Matches(sheet.Name));
                if (spec is null || spec.Layout == SheetLayout.Text || !FoundSheets.Add(spec.Key))
                {
                    continue;
                }
                // Cells past the column limit are counted, not kept: a too-wide row is refused without being held.
                using var rows = package.OpenSheet(sheet, limits.MaxColumnsPerSheet)
                                 ?? throw new InvalidDataException($"The part of sheet '{sheet.Name}' is missing.");
                if (!DeclaredDimensionWithinLimits(rows))
                {
                    continue;
                }
                if (spec.Layout == SheetLayout.KeyValue)
                {
                    ScanKeyValue(rows, spec, onKeyValueSheet, cancellationToken);
                }
                else
                {
                    ScanTable(rows, spec, onTableRow, cancellationToken);
                }
            }
            return true;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                                      || ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Problems.UnsafeXml.Create());
        }
        catch (SpreadsheetLimitException ex)
        {
            problems.Add(Problems.ZipLimits.Create(ex.Message));
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FormatException or InvalidOperationException
                                       or NotSupportedException)
        {
            problems.Add(Problems.Unreadable.Create(ex.GetType().Name));
        }
        return false;
    }

    /// <summary>A sheet declaring A1:XFD1048576 is refused before a row of it is read.</summary>
    private bool DeclaredDimensionWithinLimits(SheetRows rows) =>
        rows.DeclaredDimension is not var (declaredRows, declaredColumns) || WithinLimits(rows.Name, declaredRows, declaredColumns);

    /// <summary>The declared dimension may be honest while the cells are not: every row read is held to the limits too.</summary>
    private bool RowWithinLimits(SheetRows rows) => WithinLimits(rows.Name, rows.RowIndex + 1, rows.FieldCount);

    private bool WithinLimits(string sheetName, int rows, int columns)
    {
        if (rows > limits.MaxRowsPerSheet || columns > limits.MaxColumnsPerSheet)
        {
            problems.Add(Problems.DimensionTooLarge.InSheet(sheetName, sheetName, rows, columns,
                limits.MaxRowsPerSheet, limits.MaxColumnsPerSheet));
            return false;
        }
        return true;
    }

    private void ScanKeyValue(SheetRows rows, SheetSpec spec, Action<SheetSpec, FieldReader> onSheet, CancellationToken ct)
    {
        var sheetName = rows.Name;
        var fields = new FieldReader(sheetName, problems);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        while (rows.Read())
        {
            if (!RowWithinLimits(rows))
            {
                return;
            }
            if (++count % 1024 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var field = MatchKeyValueLabel(spec, rows);
            if (field is null || !found.Add(field.Key))
            {
                continue;
            }
            var raw = rows.GetValue(KeyValueValueColumn);
            var percent = raw is double && IsPercentFormat(rows, KeyValueValueColumn);
            fields.Set(field, raw, CellAddress.Of(sheetName, rows.RowIndex, KeyValueValueColumn), percent);
            ReportFormulaError(rows, KeyValueValueColumn);
        }
        foreach (var missing in spec.Fields.Where(f => f.Required && !found.Contains(f.Key)))
        {
            problems.Add(Problems.FieldMissing.InSheet(sheetName, sheetName, missing.Label.Zh, missing.Label.En));
        }
        ReportMergedCells(rows, r => r.FromColumn <= KeyValueValueColumn && r.ToColumn >= KeyValueValueColumn);
        onSheet(spec, fields);
    }

    private static FieldSpec? MatchKeyValueLabel(SheetSpec spec, SheetRows rows)
    {
        for (var c = 0; c < Math.Min(2, rows.FieldCount); c++)
        {
            if (CellValues.Text(rows.GetValue(c)) is { } label)
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

    private void ScanTable(SheetRows rows, SheetSpec spec, Action<SheetSpec, FieldReader, int> onRow, CancellationToken ct)
    {
        var sheetName = rows.Name;
        var fields = new FieldReader(sheetName, problems);
        Dictionary<int, FieldSpec>? columns = null;
        var lineNumberColumn = -1;
        var headerRow = -1;
        var skipTable = false;
        var count = 0;
        while (rows.Read())
        {
            if (!RowWithinLimits(rows))
            {
                return;
            }
            if (++count % 1024 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var row = rows.RowIndex;
            if (columns is null)
            {
                if (row >= HeaderSearchRows)
                {
                    ReportMissingColumns(spec, sheetName, []);
                    return;
                }
                var map = MatchHeader(spec, rows);
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
            if (skipTable || (row == headerRow + 1 && MatchHeader(spec, rows) is not null) || IsExampleRow(rows, lineNumberColumn))
            {
                continue;
            }
            fields.Clear();
            var blank = true;
            foreach (var (column, field) in columns)
            {
                var raw = rows.GetValue(column);
                if (!CellValues.IsBlank(raw) && field.Key != SubsidiaryWorkbookSchema.LineNumber.Key)
                {
                    blank = false;
                }
                var percent = raw is double && field.Kind == FieldKind.Percent && IsPercentFormat(rows, column);
                fields.Set(field, raw, CellAddress.Of(sheetName, row, column), percent);
            }
            if (blank)
            {
                continue;
            }
            foreach (var column in columns.Keys)
            {
                ReportFormulaError(rows, column);
            }
            onRow(spec, fields, row + 1);
        }
        if (columns is null)
        {
            ReportMissingColumns(spec, sheetName, []);
            return;
        }
        ReportMergedCells(rows, r => r.ToRow > headerRow + 1);
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

    private static Dictionary<int, FieldSpec>? MatchHeader(SheetSpec spec, SheetRows rows)
    {
        var map = new Dictionary<int, FieldSpec>();
        for (var c = 0; c < rows.FieldCount; c++)
        {
            if (CellValues.Text(rows.GetValue(c)) is not { } text)
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

    private static bool IsExampleRow(SheetRows rows, int lineNumberColumn)
    {
        // A line number is almost always a number, and a number is never the example marker.
        if (rows.GetValue(lineNumberColumn) is not string raw || CellValues.Text(raw) is not { } text)
        {
            return false;
        }
        return ExampleMarkers.Contains(SheetSpec.Normalise(text));
    }

    private static bool IsPercentFormat(SheetRows rows, int column) => rows.NumberFormat(column).Contains('%');

    /// <summary>
    /// An error cell (t="e", a formula whose cached result is an error), or text that reads like one: either would pass
    /// for a value if not refused here.
    /// </summary>
    private void ReportFormulaError(SheetRows rows, int column)
    {
        if (rows.GetValue(column) is string s && (rows.IsError(column) || FormulaErrors.Contains(s.Trim())))
        {
            problems.Add(Problems.FormulaError.At(CellAddress.Of(rows.Name, rows.RowIndex, column), s, new("数值或文字", "a value"), s.Trim()));
        }
    }

    private static readonly HashSet<string> FormulaErrors = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA", "#SPILL!", "#CALC!"];

    private void ReportMergedCells(SheetRows rows, Func<MergedRange, bool> overData)
    {
        foreach (var range in rows.ReadMergedRanges())
        {
            if (overData(range))
            {
                var from = CellAddress.Of(rows.Name, range.FromRow, range.FromColumn);
                var to = CellAddress.Of(rows.Name, range.ToRow, range.ToColumn);
                problems.Add(Problems.MergedCells.At(from, null, null, $"{from.Reference}:{to.Reference}"));
            }
        }
    }
}
