using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;
using GhgReports.Localization;
using GhgReports.Spreadsheets;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Template;

/// <summary>
/// Lays out our workbooks (subsidiary and group alike) from their <see cref="SheetSpec"/>s: bilingual headers,
/// key-value and table sheets, dropdowns from a hidden lists sheet, input styling, frozen headers. All wording comes
/// from the specs and <see cref="Localization"/>; this class only decides how it looks.
/// </summary>
internal sealed class SheetLayoutWriter : IDisposable
{
    private readonly XLWorkbook _workbook = new();
    private Lists _lists;
    private IXLWorksheet? _factorsSheet;

    public SheetLayoutWriter(string title, IReadOnlyList<string> factorIds)
    {
        _workbook.Properties.Title = title;
        _workbook.Properties.Author = "GhgReports";
        _lists = WriteLists(_workbook, factorIds);
    }

    /// <summary>
    /// Writes the visible factor sheet and makes it the factor dropdown's source. Call before the table sheets; the
    /// sheet is placed after them when saved.
    /// </summary>
    public void Factors(IReadOnlyList<Inventory.Factors.EmissionFactor> factors)
    {
        var ids = FactorsSheet.Write(_workbook, factors);
        _factorsSheet = ids.Worksheet;
        _lists = _lists with { FactorIds = ids };
    }

    public void Instructions(string sheetName, Bilingual title, IReadOnlyList<Bilingual> paragraphs, string? reference = null)
    {
        var sheet = _workbook.Worksheets.Add(sheetName);
        sheet.Column(1).Width = 120;
        var cell = sheet.Cell(1, 1);
        cell.SetValue($"{title.Zh}  {title.En}");
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 14;
        var row = 3;
        foreach (var paragraph in paragraphs)
        {
            var heading = paragraph.Zh.Length < 12;
            WriteParagraph(sheet.Cell(row++, 1), paragraph.Zh, heading);
            WriteParagraph(sheet.Cell(row++, 1), paragraph.En, heading);
            row++;
        }
        if (reference is not null)
        {
            WriteParagraph(sheet.Cell(row, 1), reference, false);
        }
    }

    public void KeyValue(SheetSpec spec, IReadOnlyDictionary<string, object?>? values) =>
        WriteKeyValue(_workbook.Worksheets.Add(spec.TemplateName), spec, _lists, values);

    /// <param name="examples">Rows written, greyed, in the blank template only: each starts with the example marker.</param>
    public void Table(SheetSpec spec, IEnumerable<object?[]>? rows, params object?[][] examples) =>
        WriteTable(_workbook.Worksheets.Add(spec.TemplateName), spec, _lists, rows, examples);

    /// <param name="dated">The data's own date, written as the workbook's dates; null for a template, which has none.</param>
    public void Save(Stream output, DateTimeOffset? dated)
    {
        // The factor sheet follows the data sheets; the lists sheet goes last and hidden: officers pick from dropdowns, not from it.
        if (_factorsSheet is not null)
        {
            _factorsSheet.Position = _workbook.Worksheets.Count;
        }
        _lists.Sheet.Position = _workbook.Worksheets.Count;
        _lists.Sheet.Visibility = XLWorksheetVisibility.Hidden;
        _workbook.Worksheet(1).SetTabActive();
        WorkbookPackage.Write(_workbook, output, dated);
    }

    public void Dispose() => _workbook.Dispose();

    public static string Display(ChoiceList list, string key) => list[key].Display;

    private const int FirstDataRow = 3;
    private const int ValidatedRows = 500;
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF8DC");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E79");
    private static readonly XLColor SubHeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor ExampleFont = XLColor.FromHtml("#7F7F7F");

    private sealed record Lists(IXLWorksheet Sheet, Dictionary<string, IXLRange> Ranges, IXLRange? FactorIds, IXLRange Units);

    private static Lists WriteLists(XLWorkbook workbook, IReadOnlyList<string> factorIds)
    {
        var sheet = workbook.Worksheets.Add(S.ListsSheetName);
        var ranges = new Dictionary<string, IXLRange>();
        var column = 1;
        foreach (var list in ChoiceLists.All)
        {
            for (var i = 0; i < list.Options.Count; i++)
            {
                sheet.Cell(i + 1, column).SetValue(list.Options[i].Display).SetDataType(XLDataType.Text);
            }
            ranges[list.Name] = sheet.Range(1, column, list.Options.Count, column);
            column++;
        }
        // Units as the reader knows them; the dropdown only suggests (other spellings such as 度 or 吨 are read too).
        var units = Inventory.Units.Unit.All;
        for (var i = 0; i < units.Count; i++)
        {
            sheet.Cell(i + 1, column).SetValue(units[i].Symbol).SetDataType(XLDataType.Text);
        }
        var unitRange = sheet.Range(1, column, units.Count, column);
        column++;
        IXLRange? factors = null;
        if (factorIds.Count > 0)
        {
            for (var i = 0; i < factorIds.Count; i++)
            {
                sheet.Cell(i + 1, column).SetValue(factorIds[i]).SetDataType(XLDataType.Text);
            }
            factors = sheet.Range(1, column, factorIds.Count, column);
        }
        return new(sheet, ranges, factors, unitRange);
    }

    private static void WriteParagraph(IXLCell cell, string text, bool heading)
    {
        cell.SetValue(text).SetDataType(XLDataType.Text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cell.Style.Font.Bold = heading;
    }

    private static void WriteKeyValue(IXLWorksheet sheet, SheetSpec spec, Lists lists, IReadOnlyDictionary<string, object?>? values)
    {
        string[] headers = [TemplateTexts.KeyValueHeaderField.Zh, TemplateTexts.KeyValueHeaderField.En, $"{TemplateTexts.KeyValueHeaderValue.Zh} {TemplateTexts.KeyValueHeaderValue.En}", $"{TemplateTexts.KeyValueHeaderHint.Zh} {TemplateTexts.KeyValueHeaderHint.En}"];
        for (var c = 0; c < headers.Length; c++)
        {
            StyleHeader(sheet.Cell(1, c + 1).SetValue(headers[c]), HeaderFill, XLColor.White);
        }
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 36;
        sheet.Column(3).Width = spec.Fields.Any(f => f.Kind == FieldKind.LongText) ? 70 : 30;
        sheet.Column(4).Width = 60;
        var row = 2;
        foreach (var field in spec.Fields)
        {
            sheet.Cell(row, 1).SetValue(field.Label.Zh + (field.Required ? " *" : "")).Style.Font.Bold = field.Required;
            sheet.Cell(row, 2).SetValue(field.Label.En + (field.Required ? " *" : ""));
            var valueCell = sheet.Cell(row, 3);
            StyleInput(valueCell, field);
            if (values is not null && values.TryGetValue(field.Key, out var value))
            {
                WriteValue(valueCell, value);
            }
            AddValidation(sheet.Range(row, 3, row, 3), field, lists);
            if (field.Hint is { } hint)
            {
                var hintCell = sheet.Cell(row, 4).SetValue($"{hint.Zh} / {hint.En}");
                hintCell.Style.Alignment.WrapText = true;
                hintCell.Style.Font.FontColor = ExampleFont;
            }
            row++;
        }
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteTable(IXLWorksheet sheet, SheetSpec spec, Lists lists, IEnumerable<object?[]>? rows, object?[][] examples)
    {
        for (var c = 0; c < spec.Fields.Count; c++)
        {
            var field = spec.Fields[c];
            var zh = sheet.Cell(1, c + 1).SetValue(field.Label.Zh + (field.Required ? " *" : ""));
            StyleHeader(zh, HeaderFill, XLColor.White);
            var en = sheet.Cell(2, c + 1).SetValue(field.Label.En);
            StyleHeader(en, SubHeaderFill, XLColor.Black);
            if (field.Hint is { } hint)
            {
                zh.Comment.AddText($"{hint.Zh}\n{hint.En}");
            }
            sheet.Column(c + 1).Width = field.Width;
        }
        var row = FirstDataRow;
        if (rows is null)
        {
            foreach (var example in examples)
            {
                WriteRow(sheet, row, example);
                sheet.Row(row).Style.Font.FontColor = ExampleFont;
                sheet.Row(row).Style.Font.Italic = true;
                row++;
            }
        }
        else
        {
            foreach (var values in rows)
            {
                WriteRow(sheet, row++, values);
            }
        }
        var lastRow = Math.Max(row + ValidatedRows, FirstDataRow + ValidatedRows);
        for (var c = 0; c < spec.Fields.Count; c++)
        {
            var range = sheet.Range(FirstDataRow, c + 1, lastRow, c + 1);
            range.Style.Fill.BackgroundColor = InputFill;
            ApplyNumberFormat(range, spec.Fields[c]);
            AddValidation(range, spec.Fields[c], lists);
        }
        sheet.SheetView.FreezeRows(2);
        sheet.SheetView.FreezeColumns(1);
    }

    private static void WriteRow(IXLWorksheet sheet, int row, object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            WriteValue(sheet.Cell(row, c + 1), values[c]);
        }
    }

    /// <summary>Numbers and dates as such; every text as explicit text, so nothing an officer wrote can become a formula.</summary>
    private static void WriteValue(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case decimal d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture)).SetDataType(XLDataType.Text);
                break;
        }
    }

    private static void StyleHeader(IXLCell cell, XLColor fill, XLColor font)
    {
        cell.Style.Fill.BackgroundColor = fill;
        cell.Style.Font.FontColor = font;
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    private static void StyleInput(IXLCell cell, FieldSpec field)
    {
        cell.Style.Fill.BackgroundColor = InputFill;
        cell.Style.Alignment.WrapText = field.Kind == FieldKind.LongText;
        ApplyNumberFormat(cell.AsRange(), field);
    }

    private static void ApplyNumberFormat(IXLRange range, FieldSpec field)
    {
        switch (field.Kind)
        {
            case FieldKind.Number:
                range.Style.NumberFormat.Format = "#,##0.######";
                break;
            case FieldKind.Date:
                range.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case FieldKind.Year:
                range.Style.NumberFormat.Format = "0";
                break;
        }
    }

    private static void AddValidation(IXLRange range, FieldSpec field, Lists lists)
    {
        if (field.List is { } list && lists.Ranges.TryGetValue(list.Name, out var listRange))
        {
            var validation = range.SetDataValidation();
            validation.List(listRange, true);
            validation.IgnoreBlanks = true;
            validation.ErrorStyle = XLErrorStyle.Warning;
            validation.ErrorTitle = "请从列表选择 / Pick from the list";
            validation.ErrorMessage = list.Describe();
        }
        else if (field.Kind == FieldKind.FactorId && lists.FactorIds is { } factors)
        {
            var validation = range.SetDataValidation();
            validation.List(factors, true);
            validation.IgnoreBlanks = true;
            // A warning, not a stop: the validator names unknown ids precisely, and a custom factor may leave it blank.
            validation.ErrorStyle = XLErrorStyle.Warning;
            validation.InputTitle = $"{TemplateTexts.FactorsSheet.Zh} {TemplateTexts.FactorsSheet.En}";
            validation.InputMessage = $"{TemplateTexts.FactorPick.Zh}\n{TemplateTexts.FactorPick.En}";
        }
        else if (field.Kind == FieldKind.Unit)
        {
            var validation = range.SetDataValidation();
            validation.List(lists.Units, true);
            validation.IgnoreBlanks = true;
            validation.ErrorStyle = XLErrorStyle.Warning;
            validation.ErrorTitle = $"{TemplateTexts.UnitPick.Zh} / {TemplateTexts.UnitPick.En}";
            validation.ErrorMessage = string.Join(", ", Inventory.Units.Unit.All.Select(u => u.Symbol));
        }
        else if (field.Kind == FieldKind.Year)
        {
            var validation = range.SetDataValidation();
            validation.WholeNumber.Between(2000, 2100);
            validation.IgnoreBlanks = true;
            validation.ErrorStyle = XLErrorStyle.Warning;
        }
    }

}
