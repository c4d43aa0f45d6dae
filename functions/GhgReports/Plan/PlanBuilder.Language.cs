using System.Text;
using GhgReports.Localization;

namespace GhgReports.Plan;

/// <summary>
/// Keeping each edition in its own language: English short names for the subsidiaries, and workbook prose in English
/// where the workbook gives it, else quoted as written.
/// </summary>
internal static partial class PlanBuilder
{
    private static readonly string[] LegalSuffixes = [" Co., Ltd.", " Co., Ltd", " Co. Ltd.", " Company Limited", " Ltd.", " Ltd"];

    /// <summary>The register's English name without its legal form: "Yunnan Innovation Alloy" for "… Co., Ltd.".</summary>
    private static string EnglishShortName(string nameEn)
    {
        var name = nameEn.Trim();
        foreach (var suffix in LegalSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length].TrimEnd(' ', ',');
            }
        }
        return name;
    }

    /// <summary>
    /// Workbook or reference text as the edition prints it. Chinese prints it as written. English prints English as
    /// written; of a bilingual value ("采购铝 Purchased aluminium", "中文 / English") the English part; Chinese alone in
    /// quotation marks, so the reader sees it is quoted, not the plan's own wording.
    /// </summary>
    internal static string WorkbookText(string? text, Language lang)
    {
        if (string.IsNullOrWhiteSpace(text) || lang == Language.Zh || !HasChinese(text))
        {
            return text ?? "";
        }
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0 && !HasChinese(text[(slash + 3)..]) && HasLatinWord(text[(slash + 3)..]))
        {
            return text[(slash + 3)..].Trim();
        }
        // "采购铝（含废铝） Purchased aluminium (incl. scrap)": the Chinese leads and the English follows whole.
        var firstLatin = FirstLatinAfterLeadingChinese(text);
        if (firstLatin > 0 && HasLatinWord(text[firstLatin..]))
        {
            return text[firstLatin..].Trim();
        }
        return "“" + text.Trim() + "”";
    }

    /// <summary>Reference prose that names subsidiaries by their Chinese short names, with the English ones in the English edition.</summary>
    private static string InEnglishNames(Context c, string text) => c.Lang == Language.Zh
        ? text
        : c.Subsidiaries.Where(s => !string.IsNullOrEmpty(s.Registered.ShortName))
            .Aggregate(text, (t, s) => t.Replace(s.Registered.ShortName!, s.Short(Language.En), StringComparison.Ordinal));

    internal static bool HasChinese(string text) => text.EnumerateRunes().Any(IsChinese);

    private static bool IsChinese(Rune r) => r.Value is (>= 0x2E80 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x2FFFF);

    private static bool HasLatinWord(string text)
    {
        var run = 0;
        foreach (var ch in text)
        {
            run = char.IsAsciiLetter(ch) ? run + 1 : 0;
            if (run >= 3)
            {
                return true;
            }
        }
        return false;
    }

    private static int LastChineseIndex(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsSurrogate(text[i]) && IsChinese(new Rune(text[i])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Where the English of a "Chinese then English" value starts: the first Latin letter after the last Chinese character.</summary>
    private static int FirstLatinAfterLeadingChinese(string text)
    {
        var last = LastChineseIndex(text);
        for (var i = last + 1; i < text.Length; i++)
        {
            if (char.IsAsciiLetter(text[i]) || char.IsAsciiDigit(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
