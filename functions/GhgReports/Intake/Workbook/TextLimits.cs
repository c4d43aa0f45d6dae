using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GhgReports.Intake.Workbook;

/// <summary>
/// How long a text cell may be. A row is stored as one JSON property, which Table Storage caps at 32,767 characters, and
/// a batch of 100 rows at 4 MiB; the limits are set so that the longest row any sheet can have fits both (proved by
/// <c>TextLimitsTests</c> over the schema), so a workbook within them never fails in storage.
/// </summary>
internal static class TextLimits
{
    /// <summary>Notes, descriptions, wordings, goals and narratives.</summary>
    public const int LongText = 2_000;

    /// <summary>Every other text cell: names, codes, units, factor ids, choices.</summary>
    public const int ShortText = 200;

    /// <summary>What storage escapes is counted as stored (e.g. "&lt;" becomes six characters), as the same encoder writes it.</summary>
    private static readonly JavaScriptEncoder Stored = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static int Of(FieldSpec field) => field.Kind == FieldKind.LongText ? LongText : ShortText;

    /// <summary>
    /// Whether <paramref name="text"/> fits <paramref name="limit"/> once stored; <paramref name="stored"/> is its stored
    /// length. Escaping at most multiplies a length by six, so short texts skip the encoder.
    /// </summary>
    public static bool Fits(string text, int limit, out int stored)
    {
        stored = text.Length * 6 <= limit ? text.Length : Stored.Encode(text).Length;
        return stored <= limit;
    }
}
