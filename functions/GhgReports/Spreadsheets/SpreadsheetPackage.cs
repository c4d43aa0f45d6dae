using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ExcelNumberFormat;

namespace GhgReports.Spreadsheets;

/// <summary>
/// An .xlsx package opened for reading rows: its sheets in workbook order, shared strings and cell number formats.
/// Worksheets are read by <see cref="SheetRows"/> in a single forward pass, so the first row is available as soon as
/// the part's first bytes are inflated. (ExcelDataReader 3.6.0, which this replaces on the intake path, parses every
/// row of a sheet once for its counts before returning the first; at 50,000 rows that start cost 0.4 s during which
/// storage had nothing to write. See docs/benchmarks.md.)
/// XML is parsed by the BCL's <see cref="XmlReader"/> with its default safety: DTDs and external entities throw.
/// </summary>
internal sealed class SpreadsheetPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly string[] _sharedStrings;
    private readonly CellFormat[] _cellFormats;

    private SpreadsheetPackage(ZipArchive zip, List<SheetPart> sheets, string[] sharedStrings, CellFormat[] cellFormats, bool date1904)
    {
        _zip = zip;
        Sheets = sheets;
        _sharedStrings = sharedStrings;
        _cellFormats = cellFormats;
        Date1904 = date1904;
    }

    /// <summary>Sheets as the user sees them, in workbook order.</summary>
    public IReadOnlyList<SheetPart> Sheets { get; }

    /// <summary>The workbook counts dates from 1904 (old Mac Excel) rather than 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>
    /// Opens the package; the stream stays open. Throws <see cref="InvalidDataException"/> when it is not a workbook, and
    /// <see cref="SpreadsheetLimitException"/> when it holds more than <paramref name="maxSharedStrings"/> shared strings
    /// (all of them are held while the sheets are read).
    /// </summary>
    public static SpreadsheetPackage Open(Stream stream, int maxSharedStrings = int.MaxValue)
    {
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var workbook = zip.GetEntry(WorkbookPartName) ?? throw new InvalidDataException($"The package has no {WorkbookPartName}.");
            var (sheets, date1904) = ReadWorkbook(workbook);
            var relationships = ReadRelationships(zip);
            var parts = Resolve(sheets, relationships);
            var sharedStrings = PartOfType(zip, relationships, "/sharedStrings", "xl/sharedStrings.xml") is { } sst ? ReadSharedStrings(sst, maxSharedStrings) : [];
            var formats = PartOfType(zip, relationships, "/styles", "xl/styles.xml") is { } styles ? ReadCellFormats(styles) : [];
            return new SpreadsheetPackage(zip, parts, sharedStrings, formats, date1904);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Excel's widest sheet: XFD.</summary>
    public const int ExcelMaxColumns = 16_384;

    /// <summary>
    /// Opens a sheet for reading, positioned before its first row; null when its part is absent. Cells beyond
    /// <paramref name="maxColumns"/> are counted, not kept, so that a hostile row cannot make the reader hold it.
    /// </summary>
    public SheetRows? OpenSheet(SheetPart sheet, int maxColumns = ExcelMaxColumns) =>
        _zip.GetEntry(sheet.PartName) is { } entry ? new SheetRows(this, sheet.Name, names => OpenXml(entry, names), maxColumns) : null;

    public void Dispose() => _zip.Dispose();

    internal string? SharedString(string index) =>
        int.TryParse(index, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length ? _sharedStrings[i] : null;

    internal CellFormat FormatOf(int styleIndex) =>
        styleIndex >= 0 && styleIndex < _cellFormats.Length ? _cellFormats[styleIndex] : CellFormat.General;

    private const string WorkbookPartName = "xl/workbook.xml";

    /// <summary>Default settings on purpose: DtdProcessing.Prohibit and no resolver, so DTDs and external entities throw.</summary>
    internal static XmlReader OpenXml(ZipArchiveEntry entry, XmlNameTable? names = null) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings
        {
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
            NameTable = names,
        });

    /// <summary>
    /// Sheet names (as the user sees them) with their parts, in workbook order, found through xl/workbook.xml and its
    /// relationships. Reads nothing else of the package.
    /// </summary>
    public static IReadOnlyList<SheetPart> SheetsOf(ZipArchive zip) =>
        zip.GetEntry(WorkbookPartName) is { } workbook ? Resolve(ReadWorkbook(workbook).Sheets, ReadRelationships(zip)) : [];

    private static List<SheetPart> Resolve(List<(string Name, string RelationshipId)> sheets, Dictionary<string, (string Target, string Type)> relationships) =>
        [.. sheets.Where(s => relationships.ContainsKey(s.RelationshipId)).Select(s => new SheetPart(s.Name, relationships[s.RelationshipId].Target))];

    private static (List<(string Name, string RelationshipId)> Sheets, bool Date1904) ReadWorkbook(ZipArchiveEntry workbook)
    {
        var sheets = new List<(string, string)>();
        var date1904 = false;
        using var reader = OpenXml(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "workbookPr")
            {
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet" && reader.GetAttribute("name") is { } name && RelationshipIdOf(reader) is { } id)
            {
                sheets.Add((name, id));
            }
        }
        return (sheets, date1904);
    }

    /// <summary>r:id in the transitional or the strict relationships namespace.</summary>
    private static string? RelationshipIdOf(XmlReader sheet)
    {
        for (var more = sheet.MoveToFirstAttribute(); more; more = sheet.MoveToNextAttribute())
        {
            if (sheet.LocalName == "id" && sheet.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                var id = sheet.Value;
                sheet.MoveToElement();
                return id;
            }
        }
        sheet.MoveToElement();
        return null;
    }

    private static Dictionary<string, (string Target, string Type)> ReadRelationships(ZipArchive zip)
    {
        var targets = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels)
        {
            return targets;
        }
        using var reader = OpenXml(rels);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                targets[id] = (target.StartsWith('/') ? target[1..] : "xl/" + target, reader.GetAttribute("Type") ?? "");
            }
        }
        return targets;
    }

    private static ZipArchiveEntry? PartOfType(ZipArchive zip, Dictionary<string, (string Target, string Type)> relationships, string typeSuffix, string usualName)
    {
        var named = relationships.Values.FirstOrDefault(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).Target;
        return zip.GetEntry(named ?? usualName) ?? zip.GetEntry(usualName);
    }

    private static string[] ReadSharedStrings(ZipArchiveEntry part, int max)
    {
        var strings = new List<string>();
        using var reader = OpenXml(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (strings.Count == max)
                {
                    throw new SpreadsheetLimitException(string.Create(CultureInfo.InvariantCulture, $"'{part.FullName}' holds more than {max:N0} strings"));
                }
                strings.Add(ReadText(reader)); // leaves the reader on the next node already
                continue;
            }
            reader.Read();
        }
        return [.. strings];
    }

    /// <summary>
    /// The text of an &lt;si&gt; or &lt;is&gt; element, its rich-text runs joined, phonetic runs (&lt;rPh&gt;) left out,
    /// ECMA-376 escapes (_x000D_) undone. Leaves the reader on the node after the element.
    /// </summary>
    internal static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        string? single = null;
        StringBuilder? joined = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "t":
                    var text = reader.ReadElementContentAsString();
                    if (single is null && joined is null)
                    {
                        single = text;
                    }
                    else
                    {
                        joined ??= new StringBuilder(single);
                        joined.Append(text);
                    }
                    break;
                case "r":
                    reader.Read(); // into the run, for its <t>
                    break;
                default:
                    reader.Skip(); // <rPh>, <rPr>, <phoneticPr>
                    break;
            }
        }
        reader.Read();
        return Unescape(joined?.ToString() ?? single ?? "");
    }

    /// <summary>ECMA-376 ST_Xstring escapes: _xHHHH_ stands for the UTF-16 unit HHHH (and _x005F_ for a literal underscore).</summary>
    internal static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var from = 0;
        while (at >= 0 && at + 7 <= text.Length)
        {
            if (text[at + 6] == '_' && ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                result.Append(text, from, at - from).Append((char)unit);
                from = at + 7;
                at = text.IndexOf("_x", from, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }
        return result.Append(text, from, text.Length - from).ToString();
    }

    private static CellFormat[] ReadCellFormats(ZipArchiveEntry part)
    {
        var custom = new Dictionary<int, string>();
        var formatIds = new List<int>();
        using var reader = OpenXml(part);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id):
                    custom[id] = reader.GetAttribute("formatCode") ?? "";
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    formatIds.Add(int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var fmt) ? fmt : 0);
                    break;
            }
        }
        var byId = new Dictionary<int, CellFormat>();
        return [.. formatIds.Select(id => byId.TryGetValue(id, out var f) ? f : byId[id] = CellFormat.For(id, custom))];
    }
}

/// <summary>The package is readable but larger than the reader was allowed to hold; the message says what.</summary>
internal sealed class SpreadsheetLimitException(string message) : Exception(message);

/// <summary>A worksheet as the user names it, with its part in the package.</summary>
internal sealed record SheetPart(string Name, string PartName);

/// <summary>A cell style's number format: its code, and whether Excel shows numbers in it as dates.</summary>
internal sealed record CellFormat(string Code, bool IsDate)
{
    public static CellFormat General { get; } = new("General", false);

    public static CellFormat For(int numFmtId, IReadOnlyDictionary<int, string> custom)
    {
        var code = custom.TryGetValue(numFmtId, out var c) ? c : BuiltInCodes.GetValueOrDefault(numFmtId);
        if (code is null)
        {
            // Ids 27–36 and 50–58 are the East Asian locales' built-in date formats; their codes are not stored.
            return new($"[built-in {numFmtId}]", numFmtId is >= 27 and <= 36 or >= 50 and <= 58);
        }
        var parsed = new NumberFormat(code);
        return new(code, parsed.IsValid && parsed.IsDateTimeFormat);
    }

    /// <summary>ECMA-376 Part 1, 18.8.30: the built-in formats every locale shares.</summary>
    private static readonly Dictionary<int, string> BuiltInCodes = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM",
        [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };
}
