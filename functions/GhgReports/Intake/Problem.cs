using GhgReports.Localization;

namespace GhgReports.Intake;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One thing wrong with an uploaded workbook, located as precisely as we can, told in both languages.
/// Reading and validation collect these instead of throwing: a data officer gets every problem at once.
/// </summary>
public sealed record Problem(
    string Code,
    Severity Severity,
    Bilingual Message,
    string? Sheet = null,
    string? Cell = null,
    int? Row = null,
    string? Column = null,
    string? ValueSeen = null,
    Bilingual? Expected = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>"排放源!H12" style reference, or just the sheet, or nothing.</summary>
    public string Location => (Sheet, Cell) switch
    {
        (null, _) => "",
        (_, null) when Row is not null => $"{Sheet} · row {Row}",
        (_, null) => Sheet,
        _ => $"{Sheet}!{Cell}",
    };
}
