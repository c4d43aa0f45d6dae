using System.Text;
using SkiaSharp;

namespace GhgReports.Plan.Layout;

/// <summary>
/// Widths and line breaks with the real font. Skia draws text glyph by glyph without kerning, so the width of a string
/// is the sum of its characters' advances: measured once per character and cached. The subset font keeps the same
/// advances, so measuring with the full font is exact.
/// </summary>
internal sealed class TextMeasure(SKTypeface regular, SKTypeface bold)
{
    private const float Unit = 1000f;
    private readonly Dictionary<int, float> regularAdvances = [];
    private readonly Dictionary<int, float> boldAdvances = [];
    private readonly SKFont regularFont = new(regular, Unit) { LinearMetrics = true, Hinting = SKFontHinting.None };
    private readonly SKFont boldFont = new(bold, Unit) { LinearMetrics = true, Hinting = SKFontHinting.None };

    public float Width(string text, float size, bool isBold)
    {
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Advance(rune, isBold);
        }
        return width * size;
    }

    private float Advance(Rune rune, bool isBold)
    {
        var cache = isBold ? boldAdvances : regularAdvances;
        if (!cache.TryGetValue(rune.Value, out var advance))
        {
            advance = (isBold ? boldFont : regularFont).MeasureText(rune.ToString()) / Unit;
            cache[rune.Value] = advance;
        }
        return advance;
    }

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="maxWidth"/>. Chinese may break between any two characters,
    /// Latin text at spaces; closing punctuation never starts a line and opening punctuation never ends one (the usual
    /// Chinese typesetting rules), and a word longer than the line is broken where it must.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float maxWidth, float size, bool isBold)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, maxWidth, size, isBold, lines);
        }
        return lines;
    }

    private void WrapParagraph(string text, float maxWidth, float size, bool isBold, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0f;
        foreach (var atom in Atoms(text))
        {
            var isSpace = atom == " ";
            if (isSpace && line.Length == 0)
            {
                continue;
            }
            var width = Width(atom, size, isBold);
            if (lineWidth + width <= maxWidth || isSpace)
            {
                line.Append(atom);
                lineWidth += width;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineWidth = 0f;
            }
            if (width <= maxWidth)
            {
                line.Append(atom);
                lineWidth = width;
                continue;
            }
            // Longer than a whole line (a factor id, a list of versions): break it after its separators, and only a
            // piece without any (a hash) by character.
            foreach (var piece in SeparatedPieces(atom))
            {
                var pieceWidth = Width(piece, size, isBold);
                if (lineWidth + pieceWidth <= maxWidth)
                {
                    line.Append(piece);
                    lineWidth += pieceWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0f;
                }
                if (pieceWidth <= maxWidth)
                {
                    line.Append(piece);
                    lineWidth = pieceWidth;
                    continue;
                }
                BreakByCharacter(piece, maxWidth, size, isBold, lines, line, ref lineWidth);
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }
    }

    /// <summary>Where a long token may break: after / - _ . @ : ; , = and ·, never inside a run of letters and digits.</summary>
    private static List<string> SeparatedPieces(string atom)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < atom.Length; i++)
        {
            if ("/-_.@:;,=·".Contains(atom[i], StringComparison.Ordinal) && i + 1 < atom.Length)
            {
                pieces.Add(atom[start..(i + 1)]);
                start = i + 1;
            }
        }
        pieces.Add(atom[start..]);
        return pieces;
    }

    private void BreakByCharacter(string piece, float maxWidth, float size, bool isBold, List<string> lines, StringBuilder line, ref float lineWidth)
    {
        foreach (var rune in piece.EnumerateRunes())
        {
            var w = Advance(rune, isBold) * size;
            if (lineWidth + w > maxWidth && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0f;
            }
            line.Append(rune.ToString());
            lineWidth += w;
        }
    }

    private static List<string> Atoms(string text)
    {
        var atoms = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                atoms.Add(word.ToString());
                word.Clear();
            }
        }
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                Flush();
                atoms.Add(" ");
            }
            else if (IsWide(rune))
            {
                Flush();
                atoms.Add(rune.ToString());
            }
            else
            {
                word.Append(rune.ToString());
            }
        }
        Flush();

        // Keep closing punctuation with what precedes it and opening punctuation with what follows.
        var merged = new List<string>(atoms.Count);
        var pendingOpen = "";
        foreach (var atom in atoms)
        {
            if (atom != " " && merged.Count > 0 && merged[^1] != " " && IsClosing(atom))
            {
                merged[^1] += pendingOpen + atom;
                pendingOpen = "";
                continue;
            }
            if (atom != " " && IsOpening(atom))
            {
                pendingOpen += atom;
                continue;
            }
            merged.Add(pendingOpen + atom);
            pendingOpen = "";
        }
        if (pendingOpen.Length > 0)
        {
            merged.Add(pendingOpen);
        }
        return merged;
    }

    private static bool IsWide(Rune rune) =>
        rune.Value is (>= 0x2E80 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x2FFFF)
        || rune.Value is 0x2014 or 0x2026 or 0x201C or 0x201D or 0x2018 or 0x2019;

    private static bool IsClosing(string atom) => atom.Length > 0 && "，。、；：！？）》」』】〕”’%,.;:!?)]".Contains(atom[0], StringComparison.Ordinal);

    private static bool IsOpening(string atom) => atom.Length == 1 && "（《「『【〔“‘([".Contains(atom[0], StringComparison.Ordinal);
}
