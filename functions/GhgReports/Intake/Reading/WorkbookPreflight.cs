using System.IO.Compression;
using GhgReports.Localization;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Looks at an untrusted upload before any spreadsheet parser does: size, signature (legacy .xls and encrypted files
/// are both OLE compound files), and the zip's central directory (entry count, declared sizes, compression ratio,
/// path traversal, macros). Costs well under a millisecond on a normal workbook; never inflates anything.
/// </summary>
internal static class WorkbookPreflight
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
        return [];
    }

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
