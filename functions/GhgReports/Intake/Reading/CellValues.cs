using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Turns raw cell values (double, string, DateTime, bool) into what we mean, tolerating how officers really type:
/// "11,678", full-width digits, trailing spaces, "2023.9", "2023年9月", Excel serial dates.
/// Every parse is culture-invariant: the same workbook reads the same on every server.
/// </summary>
internal static partial class CellValues
{
    public static string? Text(object? raw) => raw switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(raw, CultureInfo.InvariantCulture)?.Trim(),
    };

    public static bool IsBlank(object? raw) => raw is null || raw is string s && string.IsNullOrWhiteSpace(s);

    /// <summary>Reads a number. <paramref name="percent"/> accepts a trailing % and Excel's percent-formatted fractions.</summary>
    public static bool TryNumber(object? raw, out decimal value, bool percent = false, bool percentFormatted = false)
    {
        value = 0;
        switch (raw)
        {
            case double d:
                if (!double.IsFinite(d) || Math.Abs(d) > 7.9e27)
                {
                    return false;
                }
                // Excel stores doubles; 17 significant digits round-trip, then decimal keeps what the officer typed.
                Span<char> digits = stackalloc char[32];
                value = d.TryFormat(digits, out var length, "R", CultureInfo.InvariantCulture)
                    ? decimal.Parse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture)
                    : decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (percent && percentFormatted)
                {
                    value *= 100m;
                }
                return true;
            case string s:
                return TryParseNumberText(s, percent, out value);
            default:
                return false;
        }
    }

    /// <summary>True when the text names a non-finite value, so the message can say so rather than "not a number".</summary>
    public static bool LooksNonFinite(object? raw) =>
        raw is double d && !double.IsFinite(d)
        || raw is string s && s.Trim().ToUpperInvariant() is "NAN" or "INF" or "-INF" or "INFINITY" or "-INFINITY" or "∞" or "-∞";

    private static bool TryParseNumberText(string text, bool percent, out decimal value)
    {
        value = 0;
        var s = text.Normalize(NormalizationForm.FormKC).Trim();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                // Thousands separators and the spaces some officers use between digit groups.
                case ',' or '，' or '、' or '\'' or '_' or ' ' or '\u00A0' or '\u202F':
                    continue;
                case '−' or '–' or '－':
                    sb.Append('-');
                    break;
                case '。':
                    sb.Append('.');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        var cleaned = sb.ToString();
        if (percent && cleaned.EndsWith('%'))
        {
            cleaned = cleaned[..^1];
        }
        if (cleaned.Length == 0)
        {
            return false;
        }
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    public static bool TryYear(object? raw, out int year)
    {
        year = 0;
        if (raw is DateTime dt)
        {
            year = dt.Year;
            return true;
        }
        var text = raw is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Text(raw)?.Normalize(NormalizationForm.FormKC);
        if (text is null)
        {
            return false;
        }
        text = text.TrimEnd('年').Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100;
    }

    /// <summary>
    /// Reads a date. Month-only forms (2023.9, 2023-09, 2023年9月) mean the first day of the month, or its last day
    /// when <paramref name="endOfPeriod"/> is set, so "2023.9–2024.8" spans whole months.
    /// </summary>
    public static bool TryDate(object? raw, out DateOnly date, bool endOfPeriod = false)
    {
        date = default;
        switch (raw)
        {
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double d:
                return TryNumericDate(d, endOfPeriod, out date);
            case string s:
                return TryTextDate(s, endOfPeriod, out date);
            default:
                return false;
        }
    }

    private static bool TryNumericDate(double d, bool endOfPeriod, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(d))
        {
            return false;
        }
        // 2023.9 typed into a number cell: year.month. (2023.10 arrives as 2023.1 and reads as January: the
        // period-length and year checks catch that slip.)
        if (d is >= 2000 and < 2101)
        {
            var year = (int)Math.Floor(d);
            var fraction = Math.Round((d - year) * 100);
            var month = fraction == 0 ? 0 : fraction % 10 == 0 ? (int)(fraction / 10) : (int)fraction;
            if (month is >= 1 and <= 12)
            {
                date = MonthDate(year, month, endOfPeriod);
                return true;
            }
            return false;
        }
        // Excel serial dates between 2000-01-01 (36526) and 2100-12-31 (73415).
        if (d is >= 36526 and <= 73415 && d == Math.Floor(d))
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(d));
            return true;
        }
        return false;
    }

    private static bool TryTextDate(string s, bool endOfPeriod, out DateOnly date)
    {
        date = default;
        var text = s.Normalize(NormalizationForm.FormKC).Trim();
        var full = FullDate().Match(text);
        if (full.Success)
        {
            var y = int.Parse(full.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(full.Groups["m"].Value, CultureInfo.InvariantCulture);
            var dd = int.Parse(full.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(y, m))
            {
                date = new DateOnly(y, m, dd);
                return true;
            }
            return false;
        }
        var month = YearMonth().Match(text);
        if (month.Success)
        {
            var y = int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (y is >= 2000 and <= 2100 && m is >= 1 and <= 12)
            {
                date = MonthDate(y, m, endOfPeriod);
                return true;
            }
            return false;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return TryNumericDate(serial, endOfPeriod, out date);
        }
        return false;
    }

    private static DateOnly MonthDate(int year, int month, bool endOfPeriod) =>
        endOfPeriod ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*月?$")]
    private static partial Regex YearMonth();
}
