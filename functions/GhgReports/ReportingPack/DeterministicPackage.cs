using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace GhgReports.ReportingPack;

/// <summary>
/// Makes an xlsx byte-for-byte reproducible. Saving through System.IO.Packaging (as ClosedXML 0.95.4 does) leaves three
/// things that change run to run: the core properties go to <c>package/services/metadata/core-properties/&lt;guid&gt;.psmdcp</c>
/// with the time of saving inside, the package relationships get random ids (<c>R66de15511f02408a</c>), and every zip
/// entry carries its write time. Here the core properties move to <c>docProps/core.xml</c> (where Excel itself puts
/// them) with the snapshot date, package relationships are numbered in document order (nothing refers to them by id),
/// and the parts are copied, in the order they were written, at one compression level with the snapshot time.
/// </summary>
internal static class DeterministicPackage
{
    private const string PackageRelationships = "_rels/.rels";
    private const string ContentTypes = "[Content_Types].xml";
    private const string CorePropertiesPart = "docProps/core.xml";
    private const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <param name="sheetRewrites">
    /// By sheet name, a rewrite of that worksheet part: given its XML, what writes the new part into the zip entry
    /// (see <see cref="StreamedSheetRows"/>).
    /// </param>
    public static void Rewrite(Stream package, Stream output, DateTimeOffset timestamp, IReadOnlyDictionary<string, Func<byte[], Action<Stream>>>? sheetRewrites = null)
    {
        var parts = new List<(string Name, byte[] Content)>();
        var streamed = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal);
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            var rewrites = sheetRewrites is null
                ? []
                : Spreadsheets.SpreadsheetPackage.SheetsOf(source).Where(s => sheetRewrites.ContainsKey(s.Name))
                    .ToDictionary(s => s.PartName, s => sheetRewrites[s.Name], StringComparer.Ordinal);
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var content = buffer.ToArray();
                if (rewrites.TryGetValue(entry.FullName, out var rewrite))
                {
                    streamed[entry.FullName] = rewrite(content);
                }
                parts.Add((entry.FullName, content));
            }
        }

        var relationshipsIndex = parts.FindIndex(p => p.Name == PackageRelationships);
        if (relationshipsIndex < 0)
        {
            throw new InvalidDataException("The workbook package has no package relationships part.");
        }
        var relationships = Load(parts[relationshipsIndex].Content);
        var coreName = NormaliseRelationships(relationships);
        parts[relationshipsIndex] = (PackageRelationships, Save(relationships));

        if (coreName is not null)
        {
            var coreIndex = parts.FindIndex(p => p.Name == coreName);
            if (coreIndex >= 0)
            {
                parts[coreIndex] = (CorePropertiesPart, StampCoreProperties(parts[coreIndex].Content, timestamp));
            }
            var typesIndex = parts.FindIndex(p => p.Name == ContentTypes);
            if (typesIndex >= 0 && coreName != CorePropertiesPart)
            {
                parts[typesIndex] = (ContentTypes, DeclareCoreProperties(parts[typesIndex].Content, coreName));
            }
        }

        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in parts)
        {
            if (streamed.TryGetValue(name, out var write))
            {
                PackZip.Add(target, name, write, timestamp);
            }
            else
            {
                PackZip.Add(target, name, content, timestamp);
            }
        }
    }

    /// <summary>Numbers the package relationships rId1, rId2, … and points the core properties at docProps/core.xml; returns the old core part name.</summary>
    private static string? NormaliseRelationships(XDocument relationships)
    {
        string? coreName = null;
        var number = 1;
        foreach (var relationship in relationships.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            relationship.SetAttributeValue("Id", string.Create(CultureInfo.InvariantCulture, $"rId{number++}"));
            if ((string?)relationship.Attribute("Type") == CorePropertiesRelationship)
            {
                coreName = ((string?)relationship.Attribute("Target") ?? "").TrimStart('/');
                relationship.SetAttributeValue("Target", "/" + CorePropertiesPart);
            }
        }
        return coreName;
    }

    /// <summary>Declares docProps/core.xml by an override (its .xml extension would otherwise default to the workbook's type).</summary>
    private static byte[] DeclareCoreProperties(byte[] content, string oldName)
    {
        var types = Load(content);
        var root = types.Root ?? throw new InvalidDataException("[Content_Types].xml is empty.");
        var extension = Path.GetExtension(oldName).TrimStart('.');
        if (extension != "xml")
        {
            root.Elements(Types + "Default").Where(d => (string?)d.Attribute("Extension") == extension).Remove();
        }
        root.Elements(Types + "Override").Where(o => (string?)o.Attribute("PartName") == "/" + oldName).Remove();
        root.Add(new XElement(Types + "Override", new XAttribute("PartName", "/" + CorePropertiesPart), new XAttribute("ContentType", CorePropertiesType)));
        return Save(types);
    }

    /// <summary>Sets dcterms:created and dcterms:modified (W3CDTF, UTC) to <paramref name="timestamp"/>.</summary>
    internal static byte[] StampCoreProperties(byte[] content, DateTimeOffset timestamp)
    {
        var document = Load(content);
        var stamp = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { DcTerms + "created", DcTerms + "modified" })
        {
            if (document.Root?.Element(name) is { } element)
            {
                element.Value = stamp;
            }
        }
        return Save(document);
    }

    private static XDocument Load(byte[] content)
    {
        using var input = new MemoryStream(content);
        return XDocument.Load(input, LoadOptions.PreserveWhitespace);
    }

    private static byte[] Save(XDocument document)
    {
        using var result = new MemoryStream();
        document.Save(result, SaveOptions.DisableFormatting);
        return result.ToArray();
    }
}

/// <summary>Zip entries written the same way every time: fixed time, one compression level, no extra fields.</summary>
internal static class PackZip
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Add(ZipArchive archive, string name, ReadOnlySpan<byte> content, DateTimeOffset timestamp)
    {
        using var stream = Open(archive, name, timestamp);
        stream.Write(content);
    }

    public static void Add(ZipArchive archive, string name, Action<Stream> write, DateTimeOffset timestamp)
    {
        using var stream = Open(archive, name, timestamp);
        write(stream);
    }

    /// <summary>
    /// Copies a source into a new entry in pieces, hashing it on the way: the entry's SHA-256 and length without the
    /// whole content in memory.
    /// </summary>
    public static (string Sha256, long Length) Copy(ZipArchive archive, string name, Func<Stream> open, DateTimeOffset timestamp,
        CancellationToken cancellationToken)
    {
        using var source = open();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var entry = Open(archive, name, timestamp);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        long length = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
                entry.Write(buffer, 0, read);
                length += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    private static Stream Open(ZipArchive archive, string name, DateTimeOffset timestamp)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        // DOS time has no zone and two-second steps; the UTC clock time of the snapshot is what we store.
        var utc = timestamp.ToUniversalTime();
        entry.LastWriteTime = utc < Earliest ? Earliest : new DateTimeOffset(utc.DateTime, TimeSpan.Zero);
        return entry.Open();
    }
}
