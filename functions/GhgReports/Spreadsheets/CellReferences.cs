using System.Globalization;

namespace GhgReports.Spreadsheets;

/// <summary>A1-style cell references as a worksheet's XML spells them ("I4", "A1:XFD1048576"), read and written.</summary>
internal static class CellReferences
{
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
        if (reference is null || Letters(reference) is not var (column, length) || length == reference.Length
            || !int.TryParse(reference.AsSpan(length), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return null;
        }
        return (row - 1, column);
    }

    /// <summary>The zero-based column of "I4" (8), from its letters alone; null when it does not start with one to three letters.</summary>
    public static int? ColumnOf(string reference) => Letters(reference)?.Column;

    /// <summary>The letters of a zero-based column: 0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string ColumnLetters(int zeroBasedColumn)
    {
        var n = zeroBasedColumn + 1;
        var letters = "";
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            letters = (char)('A' + rem) + letters;
            n = (n - 1) / 26;
        }
        return letters;
    }

    private static (int Column, int Length)? Letters(string reference)
    {
        var i = 0;
        var column = 0;
        while (i < reference.Length && i < 3 && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        return i == 0 ? null : (column - 1, i);
    }
}
