using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Builds hostile and damaged workbooks for the intake tests: real files, made by writing a valid sample workbook
/// and then editing its zip parts, or by writing the bytes of other formats (compound files, PDF headers) directly.
/// </summary>
internal static class BrokenWorkbooks
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace OfficeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly Lazy<FactorCatalog> LazyFactors = new(FactorCatalog.LoadEmbedded);
    private static readonly Lazy<byte[]> LazyValid = new(() => Write(SeedSamples.ByCode("CP")));

    public static FactorCatalog Factors => LazyFactors.Value;

    /// <summary>The CP sample workbook: accepted as it is.</summary>
    public static byte[] Valid() => (byte[])LazyValid.Value.Clone();

    /// <summary>Writes any workbook data with the template writer.</summary>
    public static byte[] Write(SubsidiaryWorkbook data)
    {
        using var output = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(output, [.. Factors.All.Select(f => f.Id)], data);
        return output.ToArray();
    }

    /// <summary>Copies the valid workbook and lets <paramref name="edit"/> change its zip entries.</summary>
    public static byte[] Mutate(Action<ZipArchive> edit) => Mutate(Valid(), edit);

    public static byte[] Mutate(byte[] workbook, Action<ZipArchive> edit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            edit(zip);
        }
        return buffer.ToArray();
    }

    public static string ReadText(ZipArchive zip, string entryName)
    {
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"No entry {entryName}.");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static void WriteText(ZipArchive zip, string entryName, string text)
    {
        zip.GetEntry(entryName)?.Delete();
        var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }

    public static void WriteBytes(ZipArchive zip, string entryName, byte[] bytes)
    {
        zip.GetEntry(entryName)?.Delete();
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        stream.Write(bytes);
    }

    public static void EditText(ZipArchive zip, string entryName, Func<string, string> edit) =>
        WriteText(zip, entryName, edit(ReadText(zip, entryName)));

    public static void EditXml(ZipArchive zip, string entryName, Action<XDocument> edit)
    {
        var doc = XDocument.Parse(ReadText(zip, entryName));
        edit(doc);
        WriteText(zip, entryName, doc.Declaration + doc.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>The zip entry name of a sheet's part, found through workbook.xml and its relationships.</summary>
    public static string SheetPart(ZipArchive zip, SheetSpec sheet)
    {
        var workbook = XDocument.Parse(ReadText(zip, "xl/workbook.xml"));
        var relId = workbook.Descendants(Main + "sheet")
            .First(s => (string?)s.Attribute("name") == sheet.TemplateName)
            .Attribute(OfficeRels + "id")!.Value;
        var rels = XDocument.Parse(ReadText(zip, "xl/_rels/workbook.xml.rels"));
        var target = rels.Descendants(PackageRels + "Relationship").First(r => (string?)r.Attribute("Id") == relId).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    public static string SourcesPart(ZipArchive zip) => SheetPart(zip, S.Sources);

    /// <summary>Replaces the cell at <paramref name="reference"/> (e.g. "I4") of the sources sheet.</summary>
    public static byte[] WithSourcesCell(string reference, Func<XNamespace, XElement> cell) =>
        Mutate(zip => EditXml(zip, SourcesPart(zip), doc =>
            doc.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference).ReplaceWith(cell(Main))));

    /// <summary>&lt;c r="I4" t="inlineStr"&gt;&lt;is&gt;&lt;t&gt;abc&lt;/t&gt;&lt;/is&gt;&lt;/c&gt;: text typed into a cell.</summary>
    public static byte[] WithSourcesText(string reference, string text) =>
        WithSourcesCell(reference, x => new XElement(x + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
            new XElement(x + "is", new XElement(x + "t", text))));

    public static byte[] WithSourcesNumber(string reference, double value) =>
        WithSourcesCell(reference, x => new XElement(x + "c", new XAttribute("r", reference), new XElement(x + "v", value)));

    /// <summary>Adds a DOCTYPE (after the XML declaration) and a cell that uses <paramref name="entity"/> to a part.</summary>
    public static byte[] WithDoctype(Func<ZipArchive, string> partName, string doctype) =>
        Mutate(zip => EditText(zip, partName(zip), text =>
        {
            var afterDeclaration = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
            return text[..afterDeclaration] + doctype + text[afterDeclaration..];
        }));

    /// <summary>
    /// Adds an entry of <paramref name="bytes"/> zeros, deflated at the smallest size: about a thousand to one.
    /// (The fastest level squeezes zeros only about a hundred to one, under the ratio limit.)
    /// </summary>
    public static void AddZeros(ZipArchive zip, string entryName, long bytes)
    {
        var zeros = new byte[1024 * 1024];
        using var stream = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
        for (var left = bytes; left > 0; left -= zeros.Length)
        {
            stream.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
    }

    public static void AddEntry(ZipArchive zip, string entryName, string text)
    {
        using var stream = zip.CreateEntry(entryName, CompressionLevel.NoCompression).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// Overwrites the middle of one entry's compressed data, leaving the central directory intact: the zip opens, the
    /// part does not inflate. The entry is found by walking the central directory (System.IO.Compression hides offsets).
    /// </summary>
    public static byte[] WithCorruptEntry(byte[] workbook, string entryName)
    {
        var bytes = (byte[])workbook.Clone();
        var span = bytes.AsSpan();
        var endOfDirectory = span.LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x05, (byte)0x06]);
        var count = BitConverter.ToUInt16(bytes, endOfDirectory + 10);
        var at = (int)BitConverter.ToUInt32(bytes, endOfDirectory + 16);
        for (var i = 0; i < count; i++)
        {
            var compressedSize = (int)BitConverter.ToUInt32(bytes, at + 20);
            var nameLength = BitConverter.ToUInt16(bytes, at + 28);
            var extraLength = BitConverter.ToUInt16(bytes, at + 30);
            var commentLength = BitConverter.ToUInt16(bytes, at + 32);
            var localHeader = (int)BitConverter.ToUInt32(bytes, at + 42);
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            if (name == entryName)
            {
                var data = localHeader + 30 + BitConverter.ToUInt16(bytes, localHeader + 26) + BitConverter.ToUInt16(bytes, localHeader + 28);
                span.Slice(data + compressedSize / 3, Math.Min(256, compressedSize / 3)).Fill(0xFF);
                return bytes;
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        throw new InvalidOperationException($"No entry {entryName}.");
    }

    /// <summary>An Excel 97-2003 file: a compound file holding a "Workbook" stream that starts with a BIFF8 BOF record.</summary>
    public static byte[] LegacyXls()
    {
        var biff = new byte[4096];
        // BOF: type 0x0809, length 16, BIFF8 (0x0600), workbook globals (0x0005), build, year; then EOF (0x000A).
        byte[] bof = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xD3, 0x10, 0xCC, 0x07, 0x41, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00];
        bof.CopyTo(biff, 0);
        byte[] eof = [0x0A, 0x00, 0x00, 0x00];
        eof.CopyTo(biff, bof.Length);
        return CompoundFile(("Workbook", biff));
    }

    /// <summary>What Office writes for a password-protected .xlsx: a compound file with EncryptionInfo and EncryptedPackage.</summary>
    public static byte[] EncryptedXlsx()
    {
        var info = new byte[4096];
        // Agile encryption: version 4.4, reserved 0x40, then the XML descriptor.
        byte[] version = [0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00];
        version.CopyTo(info, 0);
        Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"/>")
            .CopyTo(info, version.Length);
        var package = new byte[8192];
        BitConverter.GetBytes((long)package.Length - 8).CopyTo(package, 0);
        new Random(7).NextBytes(package.AsSpan(8));
        return CompoundFile(("EncryptionInfo", info), ("EncryptedPackage", package));
    }

    /// <summary>
    /// A minimal version 3 compound file (512-byte sectors): header, one FAT sector, one directory sector (root entry plus
    /// up to three streams), then each stream's sectors. Streams must be at least 4,096 bytes so none lives in the mini stream.
    /// </summary>
    private static byte[] CompoundFile(params (string Name, byte[] Data)[] streams)
    {
        const int Sector = 512;
        const uint EndOfChain = 0xFFFFFFFE;
        const uint FreeSector = 0xFFFFFFFF;
        const uint FatSector = 0xFFFFFFFD;
        const uint NoStream = 0xFFFFFFFF;
        var sectorsOf = streams.Select(s => (s.Data.Length + Sector - 1) / Sector).ToArray();
        var file = new byte[Sector * (3 + sectorsOf.Sum())];
        var header = file.AsSpan(0, Sector);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BitConverter.TryWriteBytes(header[0x18..], (ushort)0x003E);
        BitConverter.TryWriteBytes(header[0x1A..], (ushort)0x0003);
        BitConverter.TryWriteBytes(header[0x1C..], (ushort)0xFFFE);
        BitConverter.TryWriteBytes(header[0x1E..], (ushort)9);
        BitConverter.TryWriteBytes(header[0x20..], (ushort)6);
        BitConverter.TryWriteBytes(header[0x2C..], 1u);
        BitConverter.TryWriteBytes(header[0x30..], 1u);
        BitConverter.TryWriteBytes(header[0x38..], 4096u);
        BitConverter.TryWriteBytes(header[0x3C..], EndOfChain);
        BitConverter.TryWriteBytes(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BitConverter.TryWriteBytes(header[(0x4C + 4 * i)..], i == 0 ? 0u : FreeSector);
        }

        // File sector n sits at byte (n + 1) * 512: sector 0 is the FAT, sector 1 the directory, streams follow.
        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++)
        {
            BitConverter.TryWriteBytes(fat[(4 * i)..], FreeSector);
        }
        BitConverter.TryWriteBytes(fat, FatSector);
        BitConverter.TryWriteBytes(fat[4..], EndOfChain);
        var directory = file.AsSpan(2 * Sector, Sector);
        WriteDirectoryEntry(directory[..128], "Root Entry", 5, streams.Length > 0 ? 1u : NoStream, NoStream, EndOfChain, 0);
        var next = 2u;
        for (var s = 0; s < streams.Length; s++)
        {
            var first = next;
            for (var k = 0; k < sectorsOf[s]; k++, next++)
            {
                BitConverter.TryWriteBytes(fat[(int)(4 * next)..], k == sectorsOf[s] - 1 ? EndOfChain : next + 1);
            }
            streams[s].Data.CopyTo(file, (int)(first + 1) * Sector);
            var rightSibling = s + 1 < streams.Length ? (uint)(s + 2) : NoStream;
            WriteDirectoryEntry(directory.Slice(128 * (s + 1), 128), streams[s].Name, 2, NoStream, rightSibling, first, (uint)streams[s].Data.Length);
        }
        return file;
    }

    private static void WriteDirectoryEntry(Span<byte> entry, string name, byte type, uint child, uint rightSibling, uint start, uint size)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BitConverter.TryWriteBytes(entry[0x40..], (ushort)nameBytes.Length);
        entry[0x42] = type;
        entry[0x43] = 1; // black
        BitConverter.TryWriteBytes(entry[0x44..], 0xFFFFFFFFu);
        BitConverter.TryWriteBytes(entry[0x48..], rightSibling);
        BitConverter.TryWriteBytes(entry[0x4C..], child);
        BitConverter.TryWriteBytes(entry[0x74..], start);
        BitConverter.TryWriteBytes(entry[0x78..], size);
    }
}
