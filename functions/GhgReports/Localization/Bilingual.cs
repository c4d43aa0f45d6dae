using System.Globalization;

namespace GhgReports.Localization;

/// <summary>A text in Chinese and English. Chinese comes first: most of our readers read it first.</summary>
public sealed record Bilingual(string Zh, string En)
{
    /// <summary>
    /// Fills <c>{0}</c>-style placeholders in both languages, formatting numbers invariantly. A <see cref="Bilingual"/>
    /// argument contributes its Chinese text to the Chinese message and its English text to the English one.
    /// </summary>
    public Bilingual Format(params object?[] args) =>
        new(string.Format(CultureInfo.InvariantCulture, Zh, Pick(args, Language.Zh)),
            string.Format(CultureInfo.InvariantCulture, En, Pick(args, Language.En)));

    private static object?[] Pick(object?[] args, Language language) =>
        Array.ConvertAll(args, a => a is Bilingual b ? b.In(language) : a);

    public string In(Language language) => language == Language.Zh ? Zh : En;

    public override string ToString() => $"{Zh} / {En}";
}

public enum Language
{
    Zh,
    En,
}
