using GhgReports.Localization;
using GhgReports.Spreadsheets;

namespace GhgReports.Intake;

/// <summary>A kind of problem: its stable code, severity and bilingual message template.</summary>
public sealed record ProblemKind(string Code, Severity Severity, Bilingual Message)
{
    public Problem Create(params object?[] args) => new(Code, Severity, Message.Format(args));

    public Problem At(CellAddress at, string? valueSeen, Bilingual? expected, params object?[] args) =>
        new(Code, Severity, Message.Format(args), at.Sheet, at.Reference, at.Row, at.Column, valueSeen, expected);

    public Problem InSheet(string sheet, params object?[] args) =>
        new(Code, Severity, Message.Format(args), sheet);

    public Problem AtRow(string sheet, int row, params object?[] args) =>
        new(Code, Severity, Message.Format(args), sheet, Row: row);
}

/// <summary>Where a value sits in a workbook: the sheet's name as the user sees it, 1-based row, column letter.</summary>
public readonly record struct CellAddress(string Sheet, int Row, string Column)
{
    public string Reference => $"{Column}{Row}";

    public static CellAddress Of(string sheet, int zeroBasedRow, int zeroBasedColumn) =>
        new(sheet, zeroBasedRow + 1, ColumnLetters(zeroBasedColumn));

    public static string ColumnLetters(int zeroBasedColumn) => CellReferences.ColumnLetters(zeroBasedColumn);

    public override string ToString() => $"{Sheet}!{Reference}";
}
