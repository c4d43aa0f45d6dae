namespace GhgReports.ReportingPack;

/// <summary>
/// Text for workbook cells, which hold at most 32,767 characters: a group of 2,000 members names more than that in one
/// fact (its members, the submissions cited), so such a fact runs on over the rows below.
/// </summary>
internal static class CellText
{
    /// <summary>What one cell holds at most (Excel's limit, enforced by ClosedXML).</summary>
    internal const int MaxCellText = 32_767;

    /// <summary>A text in pieces that fit a cell each, cut after a line break or list separator where there is one.</summary>
    internal static List<string> Split(string? text)
    {
        var pieces = new List<string>();
        var rest = text ?? "";
        while (rest.Length > MaxCellText)
        {
            var cut = rest.AsSpan(0, MaxCellText).LastIndexOfAny("\n、,") + 1;
            cut = cut > 0 ? cut : MaxCellText;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        pieces.Add(rest);
        return pieces;
    }

    /// <summary>Lines joined by line breaks into as few texts as fit a cell each; at least one (maybe empty).</summary>
    internal static List<string> Chunks(IEnumerable<string> lines)
    {
        var chunks = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > MaxCellText)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }
            current.Append(current.Length > 0 ? "\n" : "").Append(line);
        }
        chunks.Add(current.ToString());
        return chunks;
    }
}
