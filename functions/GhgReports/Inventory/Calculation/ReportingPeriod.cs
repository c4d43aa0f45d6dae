using System.Globalization;

namespace GhgReports.Inventory.Calculation;

/// <summary>The dates an inventory covers. A year label alone hides periods such as 2023-09-01..2024-08-31.</summary>
public readonly record struct ReportingPeriod(DateOnly Start, DateOnly End)
{
    public bool IsCalendarYear(int year) => Start == new DateOnly(year, 1, 1) && End == new DateOnly(year, 12, 31);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}
