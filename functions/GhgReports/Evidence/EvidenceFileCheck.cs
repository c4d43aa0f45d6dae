using System.Text;
using GhgReports.Intake;
using GhgReports.Intake.Reading;
using GhgReports.Localization;

namespace GhgReports.Evidence;

/// <summary>The kinds of evidence file accepted, recognised by their content, never by their name.</summary>
public enum EvidenceKind
{
    Pdf,
    Png,
    Jpeg,
    Workbook,
}

/// <summary>
/// Looks at an evidence file before it is stored, as <see cref="WorkbookPreflight"/> does for workbooks: a usable name,
/// a size under <see cref="MaxBytes"/>, a type recognised from the first bytes (PDF, PNG, JPEG, or an xlsx that passes
/// the workbook preflight, macros refused) and an extension that says the same, and no active content in a PDF
/// (JavaScript, launch actions, embedded files). Never parses more than it must.
/// </summary>
public static class EvidenceFileCheck
{
    /// <summary>25 MB: a scanned multi-page statement at 300 dpi fits; a video does not.</summary>
    public const long MaxBytes = 25L * 1024 * 1024;

    public const int MaxNameLength = 120;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>PDF name objects that run something or carry another file; their presence is enough to refuse.</summary>
    private static readonly string[] PdfActiveNames = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia"];

    private static readonly IReadOnlyDictionary<EvidenceKind, string[]> Extensions = new Dictionary<EvidenceKind, string[]>
    {
        [EvidenceKind.Pdf] = [".pdf"],
        [EvidenceKind.Png] = [".png"],
        [EvidenceKind.Jpeg] = [".jpg", ".jpeg"],
        [EvidenceKind.Workbook] = [".xlsx"],
    };

    /// <summary>Every extension an evidence file may have (lower case, with the dot).</summary>
    public static IReadOnlyList<string> AcceptedExtensions { get; } = [.. Extensions.Values.SelectMany(e => e)];

    /// <summary>What the check found: the kind when accepted, else the problems. Leaves the stream at 0.</summary>
    public sealed record Outcome(EvidenceKind? Kind, IReadOnlyList<Problem> Problems)
    {
        public bool Accepted => Kind is not null && Problems.Count == 0;
    }

    public static Outcome Check(string fileName, Stream content, long maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The evidence stream must be seekable; copy it to a MemoryStream or file first.", nameof(content));
        }
        if (!IsUsableName(fileName))
        {
            return Refused(EvidenceTexts.BadName.Create(fileName, MaxNameLength));
        }
        if (content.Length == 0)
        {
            return Refused(EvidenceTexts.Empty.Create());
        }
        if (content.Length > maxBytes)
        {
            return Refused(EvidenceTexts.TooLarge.Create(content.Length, maxBytes));
        }
        content.Position = 0;
        var head = new byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var kind = Kind(head.AsSpan(0, read));
        if (kind is not { } found)
        {
            return Refused(EvidenceTexts.UnknownType.Create());
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions[found].Contains(extension, StringComparer.Ordinal))
        {
            return Refused(EvidenceTexts.ExtensionMismatch.Create(DisplayName(found), extension, string.Join(", ", Extensions[found])));
        }
        var problems = found switch
        {
            EvidenceKind.Workbook => WorkbookPreflight.Check(content, ReadLimits.Default with { MaxFileBytes = maxBytes }),
            EvidenceKind.Pdf => PdfActiveContent(content),
            _ => [],
        };
        content.Position = 0;
        return problems.Count == 0 ? new Outcome(found, []) : new Outcome(null, problems);
    }

    /// <summary>A name officers would recognise, safe as the last segment of a blob path and of a zip entry.</summary>
    public static bool IsUsableName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxNameLength && name[0] != '.' && name.Trim() == name
        && name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) < 0 && !name.Any(char.IsControl)
        && name != "." && name != "..";

    /// <summary>How officers know the kind, rather than the enum's spelling.</summary>
    public static string DisplayName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "PDF",
        EvidenceKind.Png => "PNG",
        EvidenceKind.Jpeg => "JPEG",
        _ => "Excel (.xlsx)",
    };

    private static EvidenceKind? Kind(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfSignature) ? EvidenceKind.Pdf
        : head.StartsWith(PngSignature) ? EvidenceKind.Png
        : head.StartsWith(JpegSignature) ? EvidenceKind.Jpeg
        : head.StartsWith(ZipSignature) ? EvidenceKind.Workbook
        : null;

    /// <summary>
    /// Scans the PDF's bytes for the names of active content. A name can be hex-escaped (/J#61vaScript), so names are
    /// compared after undoing #xx escapes; a compressed object stream could still hide one, which is why the reader's
    /// viewer settings matter too (see docs/reporting-pack.md).
    /// </summary>
    private static IReadOnlyList<Problem> PdfActiveContent(Stream content)
    {
        content.Position = 0;
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        content.Position = 0;
        var text = Encoding.Latin1.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var name in PdfNames(text))
        {
            if (PdfActiveNames.Contains(name, StringComparer.Ordinal))
            {
                return [EvidenceTexts.ActiveContent.Create(name)];
            }
        }
        return [];
    }

    private static IEnumerable<string> PdfNames(string text)
    {
        for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
        {
            var name = new StringBuilder("/");
            var j = i + 1;
            while (j < text.Length && !IsPdfDelimiter(text[j]))
            {
                if (text[j] == '#' && j + 2 < text.Length && Uri.IsHexDigit(text[j + 1]) && Uri.IsHexDigit(text[j + 2]))
                {
                    name.Append((char)Convert.ToInt32(text.Substring(j + 1, 2), 16));
                    j += 3;
                    continue;
                }
                name.Append(text[j++]);
            }
            yield return name.ToString();
        }
    }

    private static bool IsPdfDelimiter(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\0' or '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%';

    private static Outcome Refused(Problem problem) => new(null, [problem]);
}
