using System.Globalization;
using System.Text.RegularExpressions;

namespace GhgReports.Submissions;

/// <summary>
/// The day by which every subsidiary's workbook for a reporting year is due, declared once in the group workbook as a
/// month and day of the year after the reporting year (HQ types "03-31": the 2024 workbooks are due on 31 March 2025).
/// One declaration serves every year, so the workbook in force need not change each January.
/// </summary>
public sealed partial record SubmissionDeadline(int Month, int Day)
{
    /// <summary>The due date for <paramref name="reportingYear"/>'s workbooks; 29 February falls on the 28th in a common year.</summary>
    public DateOnly For(int reportingYear)
    {
        var year = reportingYear + 1;
        return new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
    }

    /// <summary>Whether a subsidiary without data in force for the year is late on <paramref name="today"/>.</summary>
    public bool IsPast(int reportingYear, DateOnly today) => today > For(reportingYear);

    /// <summary>As the group workbook writes it back: "03-31".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:D2}-{Day:D2}");

    /// <summary>
    /// "03-31", "3-31", "3/31", "3.31" or "3月31日"; null when the text is none of these or names no real day (29
    /// February is accepted: due on the 28th in a common year).
    /// </summary>
    public static SubmissionDeadline? Parse(string? text)
    {
        var match = text is null ? null : MonthDay().Match(text.Trim());
        if (match is not { Success: true }
            || !int.TryParse(match.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month) ? new SubmissionDeadline(month, day) : null;
    }

    /// <summary>
    /// Excel turns "3-31" typed into an unformatted cell into a date of the current year: the month and day are what
    /// HQ meant, the year is Excel's.
    /// </summary>
    public static SubmissionDeadline FromDate(DateOnly date) => new(date.Month, date.Day);

    [GeneratedRegex(@"^(?<month>\d{1,2})\s*(?:-|/|\.|月)\s*(?<day>\d{1,2})\s*日?$")]
    private static partial Regex MonthDay();
}
