using System.IO.Compression;
using System.Xml;
using GhgReports.Localization;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Looks at an untrusted upload before any spreadsheet parser does: size, signature (legacy .xls and encrypted files
/// are both OLE compound files), and the zip's central directory (entry count, declared sizes, compression ratio,
/// path traversal, macros), then the start of each worksheet part up to its declared dimension. Costs about a
/// millisecond on a normal workbook; inflates only workbook.xml, its relationships and the head of each sheet.
/// </summary>
public static class WorkbookPreflight
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Returns the problems that make the file unreadable; empty when it may be parsed. Leaves the stream at 0.</summary>
    public static IReadOnlyList<Problem> Check(Stream stream, ReadLimits limits)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The workbook stream must be seekable; copy it to a MemoryStream or file first.", nameof(stream));
        }
        stream.Position = 0;
        if (stream.Length == 0)
        {
            return [Problems.Empty.Create()];
        }
        if (stream.Length > limits.MaxFileBytes)
        {
            return [Problems.TooLarge.Create(stream.Length, limits.MaxFileBytes)];
        }
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 8 && head.AsSpan().SequenceEqual(CompoundFileSignature))
        {
            var problem = IsEncryptedPackage(stream) ? Problems.Encrypted.Create() : Problems.LegacyXls.Create();
            stream.Position = 0;
            return [problem];
        }
        if (read < 4 || !head.AsSpan(0, 4).SequenceEqual(ZipSignature))
        {
            return [Problems.NotAWorkbook.Create()];
        }
        try
        {
            return CheckZip(stream, limits);
        }
        catch (InvalidDataException)
        {
            return [Problems.Unreadable.Create("zip")];
        }
        catch (XmlException ex)
        {
            return [IsDtdRefusal(ex) ? Problems.UnsafeXml.Create() : Problems.Unreadable.Create("xml")];
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static IReadOnlyList<Problem> CheckZip(Stream stream, ReadLimits limits)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entries = zip.Entries;
        if (entries.Count > limits.MaxZipEntries)
        {
            return [Problems.ZipLimits.Create($"{entries.Count:N0} entries > {limits.MaxZipEntries:N0}")];
        }
        long total = 0;
        var hasWorkbook = false;
        foreach (var entry in entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || name.Split('/').Contains(".."))
            {
                return [Problems.ZipLimits.Create($"entry name '{name}'")];
            }
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return [Problems.MacroEnabled.Create()];
            }
            if (entry.Length > limits.MaxEntryUncompressedBytes)
            {
                return [Problems.ZipLimits.Create($"'{name}' declares {entry.Length:N0} bytes")];
            }
            if (entry.Length > limits.RatioCheckFloorBytes && entry.CompressedLength > 0
                && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
            {
                return [Problems.ZipLimits.Create($"'{name}' compresses {entry.Length / entry.CompressedLength:N0}:1")];
            }
            total += entry.Length;
            if (total > limits.MaxTotalUncompressedBytes)
            {
                return [Problems.ZipLimits.Create($"{total:N0} bytes uncompressed in all")];
            }
            hasWorkbook |= name.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
        }
        if (!hasWorkbook)
        {
            return [Problems.NotAWorkbook.Create()];
        }
        if (zip.GetEntry("[Content_Types].xml") is { } types && ContentTypesDeclareMacros(types))
        {
            return [Problems.MacroEnabled.Create()];
        }
        return CheckDeclaredDimensions(zip, limits);
    }

    /// <summary>
    /// ExcelDataReader 3.6.0 ignores a sheet's &lt;dimension&gt; (its RowCount/FieldCount come from the cells it finds),
    /// so a sheet claiming A1:XFD1048576 would pass the scanner's row/column cap. Read each sheet's head instead: the
    /// dimension comes before sheetData, so this stops within the first few hundred bytes.
    /// </summary>
    private static IReadOnlyList<Problem> CheckDeclaredDimensions(ZipArchive zip, ReadLimits limits)
    {
        foreach (var (sheetName, partName) in WorksheetParts.Of(zip))
        {
            if (zip.GetEntry(partName) is not { } part)
            {
                continue;
            }
            using var reader = WorksheetParts.OpenXml(part);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.LocalName == "sheetData")
                {
                    break;
                }
                if (reader.LocalName == "dimension" && WorksheetParts.LastCellOf(reader.GetAttribute("ref")) is var (rows, columns)
                    && (rows > limits.MaxRowsPerSheet || columns > limits.MaxColumnsPerSheet))
                {
                    return [Problems.DimensionTooLarge.InSheet(sheetName, sheetName, rows, columns, limits.MaxRowsPerSheet, limits.MaxColumnsPerSheet)];
                }
            }
        }
        return [];
    }

    /// <summary>.NET refuses DTDs by default; its message names the DTD. Those files are crafted, not damaged.</summary>
    internal static bool IsDtdRefusal(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase);

    private static bool ContentTypesDeclareMacros(ZipArchiveEntry types)
    {
        // Small part (a few KB); its declared size was checked above.
        using var reader = new StreamReader(types.Open());
        var text = reader.ReadToEnd();
        return text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
               || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Office writes a password-protected .xlsx as a compound file holding EncryptionInfo and EncryptedPackage streams.</summary>
    private static bool IsEncryptedPackage(Stream stream)
    {
        var marker = System.Text.Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[Math.Min(stream.Length, 1024 * 1024)];
        stream.Position = 0;
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, n).IndexOf(marker) >= 0;
    }
}

/// <summary>Finds worksheet parts by sheet name through xl/workbook.xml and its relationships, and reads cell references.</summary>
internal static class WorksheetParts
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Sheet names (as the user sees them) with their zip entry names, in workbook order.</summary>
    public static List<(string SheetName, string PartName)> Of(ZipArchive zip)
    {
        var sheets = new List<(string Name, string RelId)>();
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var reader = OpenXml(workbook);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNs
                    && reader.GetAttribute("name") is { } name && reader.GetAttribute("id", OfficeRelsNs) is { } relId)
                {
                    sheets.Add((name, relId));
                }
            }
        }
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = OpenXml(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        return [.. sheets.Where(s => targets.ContainsKey(s.RelId)).Select(s => (s.Name, targets[s.RelId]))];
    }

    /// <summary>Default settings on purpose: DtdProcessing.Prohibit and no resolver, so DTDs and external entities throw.</summary>
    public static XmlReader OpenXml(ZipArchiveEntry entry) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, CloseInput = true });

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
        if (reference is null)
        {
            return null;
        }
        var i = 0;
        long column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == reference.Length
            || !int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            || row < 1)
        {
            return null;
        }
        return (row - 1, (int)column - 1);
    }
}
