using System.Globalization;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;
using GhgReports.Inventory.Units;
using GhgReports.Localization;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Typed access to the fields of one table row or one key-value sheet, collecting a problem for every value that is
/// missing or malformed. Getters return null on a problem so a mapper can carry on and find the next one.
/// </summary>
internal sealed class FieldReader(string sheetName, List<Problem> problems)
{
    private readonly Dictionary<string, (object? Raw, CellAddress At, bool PercentFormatted)> _cells = new(StringComparer.Ordinal);

    public string SheetName { get; } = sheetName;

    /// <summary>Index into the shared problem list where the current row began; checks look only past it, so a
    /// workbook with thousands of problems does not make every row recount them all.</summary>
    private int _rowStart;

    public void Set(FieldSpec field, object? raw, CellAddress at, bool percentFormatted = false) =>
        _cells[field.Key] = (raw, at, percentFormatted);

    public void Clear()
    {
        _cells.Clear();
        _rowStart = problems.Count;
    }

    public void Report(Problem problem) => problems.Add(problem);

    public bool HasNewErrors
    {
        get
        {
            for (var i = _rowStart; i < problems.Count; i++)
            {
                if (problems[i].IsError)
                {
                    return true;
                }
            }
            return false;
        }
    }

    public CellAddress AddressOf(FieldSpec field) => _cells.TryGetValue(field.Key, out var c) ? c.At : new CellAddress(SheetName, 0, "?");

    /// <summary>The cell's value as read, for a field that accepts more than one shape (a deadline typed as text or made a date by Excel).</summary>
    public object? Raw(FieldSpec field) => Get(field).Raw;

    public bool IsBlank(FieldSpec field) => !_cells.TryGetValue(field.Key, out var c) || CellValues.IsBlank(c.Raw);

    public string? Text(FieldSpec field)
    {
        var (raw, at, _) = Get(field);
        var text = CellValues.Text(raw);
        if (text is null && IsRequiredAndPresent(field))
        {
            problems.Add(Problems.Required.At(at, null, null, Label(field)));
        }
        var limit = TextLimits.Of(field);
        if (text is not null && !TextLimits.Fits(text, limit, out var stored))
        {
            var seen = text.Length > 40 ? text[..40] + "…" : text;
            problems.Add(Problems.TextTooLong.At(at, seen, new($"不超过 {limit.ToString("N0", CultureInfo.InvariantCulture)} 个字符", $"at most {limit.ToString("N0", CultureInfo.InvariantCulture)} characters"), Label(field), stored, limit));
            return null;
        }
        return text;
    }

    public decimal? Number(FieldSpec field, bool allowNegative = false)
    {
        var (raw, at, percentFormatted) = Get(field);
        if (CellValues.IsBlank(raw))
        {
            if (IsRequiredAndPresent(field))
            {
                problems.Add(Problems.Required.At(at, null, null, Label(field)));
            }
            return null;
        }
        var percent = field.Kind == FieldKind.Percent;
        if (!CellValues.TryNumber(raw, out var value, percent, percentFormatted))
        {
            var seen = CellValues.Text(raw);
            problems.Add(CellValues.LooksNonFinite(raw)
                ? Problems.NotFinite.At(at, seen, new("有限数值", "a finite number"), Label(field), seen)
                : Problems.NotANumber.At(at, seen, new("数字，如 11678 或 11,678", "a number, e.g. 11678 or 11,678"), Label(field), seen));
            return null;
        }
        if (value < 0 && !allowNegative)
        {
            problems.Add(Problems.Negative.At(at, CellValues.Text(raw), new("≥ 0", "≥ 0"), Label(field), value));
            return null;
        }
        return value;
    }

    public int? Year(FieldSpec field)
    {
        var (raw, at, _) = Get(field);
        if (CellValues.IsBlank(raw))
        {
            if (IsRequiredAndPresent(field))
            {
                problems.Add(Problems.Required.At(at, null, null, Label(field)));
            }
            return null;
        }
        if (!CellValues.TryYear(raw, out var year))
        {
            var seen = CellValues.Text(raw);
            problems.Add(Problems.NotAYear.At(at, seen, new("如 2023", "e.g. 2023"), Label(field), seen));
            return null;
        }
        return year;
    }

    public DateOnly? Date(FieldSpec field, bool endOfPeriod = false)
    {
        var (raw, at, _) = Get(field);
        if (CellValues.IsBlank(raw))
        {
            if (IsRequiredAndPresent(field))
            {
                problems.Add(Problems.Required.At(at, null, null, Label(field)));
            }
            return null;
        }
        if (!CellValues.TryDate(raw, out var date, endOfPeriod))
        {
            var seen = CellValues.Text(raw);
            problems.Add(Problems.NotADate.At(at, seen, new("日期，如 2023-09-01 或 2023.9", "a date, e.g. 2023-09-01 or 2023.9"), Label(field), seen));
            return null;
        }
        return date;
    }

    public Choice? Choice(FieldSpec field)
    {
        var list = field.List ?? throw new InvalidOperationException($"Field {field.Key} has no list.");
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (!list.TryMatch(text, out var choice))
        {
            problems.Add(Problems.NotInList.At(AddressOf(field), text, new(list.Describe(), list.Describe()), Label(field), text, list.Describe()));
            return null;
        }
        return choice;
    }

    public (Unit? Unit, string? Text) Unit(FieldSpec field)
    {
        var text = Text(field);
        if (text is null)
        {
            return (null, null);
        }
        if (!UnitParser.TryParse(text, out var unit))
        {
            problems.Add(Problems.UnknownUnit.At(AddressOf(field), text, new("如 MWh、万kWh、t、m3、L", "e.g. MWh, 万kWh, t, m3, L"), text));
            return (null, text);
        }
        return (unit, text);
    }

    private (object? Raw, CellAddress At, bool PercentFormatted) Get(FieldSpec field) =>
        _cells.TryGetValue(field.Key, out var c) ? c : (null, new CellAddress(SheetName, 0, "?"), false);

    /// <summary>A field whose row or column is absent was reported once by the scanner; don't repeat it per value.</summary>
    private bool IsRequiredAndPresent(FieldSpec field) => field.Required && _cells.ContainsKey(field.Key);

    private static Bilingual Label(FieldSpec field) => field.Label;
}
