using System.Text;
using System.Text.Json;
using GhgReports.Localization;

namespace GhgReports.Web;

/// <summary>
/// The one web page (static HTML and a little JavaScript, embedded in the library). Its bilingual wording comes from
/// <see cref="WebTexts"/>, written into the page as JSON where the HTML has the <c>__TEXTS__</c> marker; the upload size
/// limits likewise at <c>__MAX_UPLOAD_BYTES__</c> and <c>__MAX_EVIDENCE_BYTES__</c>.
/// </summary>
internal static class WebPage
{
    private static readonly Lazy<byte[]> LazyHtml = new(() =>
        Encoding.UTF8.GetBytes(Read("index.html").Replace("__TEXTS__", TextsJson(), StringComparison.Ordinal)
            .Replace("__MAX_UPLOAD_BYTES__", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__MAX_EVIDENCE_BYTES__", Evidence.EvidenceFileCheck.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    /// <summary>The page refuses a larger file before asking for a link: the same limit intake applies.</summary>
    public static long MaxUploadBytes => Intake.Reading.ReadLimits.Default.MaxFileBytes;

    /// <summary>
    /// The page's script: app.js, the charts (charts.js), then group HQ's and management's parts and review, queries
    /// and sign-off (review.js), which use app.js's helpers. One file each, one request.
    /// </summary>
    private static readonly Lazy<byte[]> LazyScript = new(() => Encoding.UTF8.GetBytes(
        string.Join("\n", new[] { "app.js", "charts.js", "hq.js", "management.js", "review.js" }.Select(Read))));

    /// <summary>The page's own style sheet (app.css), served like the script.</summary>
    private static readonly Lazy<byte[]> LazyStyles = new(() => Encoding.UTF8.GetBytes(Read("app.css")));

    public static byte[] Html() => LazyHtml.Value;

    public static byte[] Styles() => LazyStyles.Value;

    public static byte[] Script() => LazyScript.Value;

    /// <summary>Every text the page and its scripts ask for, by key: one set, a key in two of its parts is an error.</summary>
    public static IReadOnlyDictionary<string, Bilingual> Texts { get; } =
        WebTexts.All.Concat(WebTexts.HqHome).Concat(WebTexts.Views).Concat(WebTexts.Review).ToDictionary(t => t.Key, t => t.Value);

    private static string TextsJson()
    {
        var texts = Texts.ToDictionary(t => t.Key, t => new[] { t.Value.Zh, t.Value.En });
        // Escaped so that no text can close the script element it is written into.
        return JsonSerializer.Serialize(texts, WebPageJson.Default.DictionaryStringStringArray).Replace("</", "<\\/", StringComparison.Ordinal);
    }

    private static string Read(string name)
    {
        using var stream = typeof(WebPage).Assembly.GetManifestResourceStream("GhgReports.Web." + name)
            ?? throw new InvalidOperationException($"Embedded page resource '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class WebPageJson : System.Text.Json.Serialization.JsonSerializerContext;
