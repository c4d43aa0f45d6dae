using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ClosedXML.Excel;

namespace GhgReports.Spreadsheets;

/// <summary>
/// A sheet whose part is written by OpenXml's streaming writer instead of ClosedXML: given the frame ClosedXML rendered
/// for it (header, widths, panes, print setup, the cells that carry its column styles), what writes the whole part into
/// its zip entry (see <see cref="StreamedSheetRows.Fill"/>).
/// </summary>
internal sealed record StreamedSheet(string Name, Func<byte[], Action<Stream>> Write);

/// <summary>
/// The one way every workbook we write becomes xlsx bytes (the templates, the samples, the group workbook, the packs'
/// inventory workbooks), and the only place their bytes are made reproducible: the same workbook and date always give
/// the same file. The package is written once, here, entry by entry:
/// <list type="bullet">
/// <item>the package's own parts are ours: <c>[Content_Types].xml</c>, the package relationships numbered rId1, rId2, …
/// and the core properties at <c>docProps/core.xml</c> (where Excel puts them) dated with the caller's date, or undated.
/// System.IO.Packaging, through which ClosedXML 0.95.4 saves, would name the core part by a random GUID, date it with the
/// time of saving and give the package relationships random ids, so those three parts are never taken from it;</item>
/// <item>the workbook's parts (workbook, styles, shared strings, theme, small sheets, app properties) are ClosedXML's
/// rendering, copied as they are, in the order it wrote them: their XML depends on the content only;</item>
/// <item>each <see cref="StreamedSheet"/> is written by OpenXml's <c>OpenXmlWriter</c> straight into its entry;</item>
/// <item>every entry through <see cref="ReproducibleZip"/>: the caller's date as its time, one compression level.</item>
/// </list>
/// ClosedXML stays for the formatted sheets because they are small whatever the group's size (the templates, the README, totals,
/// factors and GWP tables: a few hundred cells; runs of text over 32,767 characters already split into rows), and they
/// need what it does well: a shared stylesheet (fills, fonts, wrapping, number formats, quote prefixes), merged cells,
/// frozen panes, print titles and row heights read back from the styles. The sheet that grows with the group, one row per
/// line and gas, is streamed; it takes its column styles from the same stylesheet.
/// </summary>
internal static class WorkbookPackage
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string PackageRelationshipsPart = "_rels/.rels";
    private const string CorePropertiesPart = "docProps/core.xml";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string PackageRelationshipNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>
    /// Writes <paramref name="workbook"/> to <paramref name="output"/>, which stays open. Once per workbook: ClosedXML
    /// 0.95.4 saves a second time from the stream it saved to first, which is gone by then.
    /// </summary>
    /// <param name="timestamp">
    /// The workbook's created and modified dates and every entry's time, from the caller: a snapshot or the data's own
    /// date, never the clock. Null for a workbook of no date (a template): no created or modified date, and every entry at
    /// the earliest time a zip holds.
    /// </param>
    public static void Write(XLWorkbook workbook, Stream output, DateTimeOffset? timestamp, IReadOnlyList<StreamedSheet>? streamedSheets = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);
        using var rendered = new MemoryStream();
        workbook.SaveAs(rendered);
        rendered.Position = 0;
        using var source = new ZipArchive(rendered, ZipArchiveMode.Read);
        var types = RenderedContentTypes.Read(source);
        var relationships = PackageRelationships(source);
        var streamed = StreamedParts(source, streamedSheets ?? []);
        var coreTarget = relationships.FirstOrDefault(r => r.Type == CoreProperties).Target;
        var parts = source.Entries.Select(e => e.FullName)
            .Where(name => name is not (ContentTypesPart or PackageRelationshipsPart) && name != coreTarget).ToList();

        var entryTime = timestamp ?? ReproducibleZip.Earliest;
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        ReproducibleZip.Add(target, ContentTypesPart, stream => WriteContentTypes(stream, parts.Select(p => (p, types.Of(p)))), entryTime);
        ReproducibleZip.Add(target, PackageRelationshipsPart, stream => WritePackageRelationships(stream, relationships), entryTime);
        ReproducibleZip.Add(target, CorePropertiesPart, stream => WriteCoreProperties(stream, workbook.Properties, timestamp), entryTime);
        foreach (var name in parts)
        {
            var content = Content(source.GetEntry(name)!);
            if (streamed.TryGetValue(name, out var write))
            {
                ReproducibleZip.Add(target, name, write(content), entryTime);
            }
            else
            {
                ReproducibleZip.Add(target, name, content, entryTime);
            }
        }
    }

    /// <summary>The package relationships we keep (the workbook and its app properties) and the core properties, which we replace.</summary>
    private static List<(string Type, string Target)> PackageRelationships(ZipArchive source)
    {
        var entry = source.GetEntry(PackageRelationshipsPart) ?? throw new InvalidDataException("The rendered workbook has no package relationships.");
        var relationships = new List<(string Type, string Target)>();
        using var reader = XmlReader.Create(entry.Open());
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" })
            {
                var type = reader.GetAttribute("Type") ?? "";
                // A part we did not expect would be copied without knowing what it holds: refuse rather than guess.
                if (type is not (OfficeDocument or ExtendedProperties or CoreProperties))
                {
                    throw new InvalidDataException($"The rendered workbook has a package relationship of an unexpected type: {type}.");
                }
                relationships.Add((type, (reader.GetAttribute("Target") ?? "").TrimStart('/')));
            }
        }
        return relationships;
    }

    private static Dictionary<string, Func<byte[], Action<Stream>>> StreamedParts(ZipArchive source, IReadOnlyList<StreamedSheet> sheets)
    {
        var parts = SpreadsheetPackage.SheetsOf(source).ToDictionary(s => s.Name, s => s.PartName, StringComparer.Ordinal);
        return sheets.ToDictionary(
            s => parts.TryGetValue(s.Name, out var part) ? part : throw new ArgumentException($"The workbook has no sheet '{s.Name}' to stream.", nameof(sheets)),
            s => s.Write, StringComparer.Ordinal);
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Relationship parts by their default; every other part by an override naming its type.</summary>
    private static void WriteContentTypes(Stream stream, IEnumerable<(string Part, string Type)> parts)
    {
        using var xml = Xml(stream);
        xml.WriteStartElement("Types", ContentTypesNs);
        xml.WriteStartElement("Default", ContentTypesNs);
        xml.WriteAttributeString("Extension", "rels");
        xml.WriteAttributeString("ContentType", RelationshipsType);
        xml.WriteEndElement();
        foreach (var (part, type) in parts.Prepend((CorePropertiesPart, CorePropertiesType)).Where(p => p.Item2 != RelationshipsType))
        {
            xml.WriteStartElement("Override", ContentTypesNs);
            xml.WriteAttributeString("PartName", "/" + part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Numbered in a fixed order: nothing refers to package relationships by id, but random ids change the bytes.</summary>
    private static void WritePackageRelationships(Stream stream, List<(string Type, string Target)> rendered)
    {
        var kept = rendered.Where(r => r.Type != CoreProperties).OrderBy(r => r.Type == OfficeDocument ? 0 : 1)
            .Append((Type: CoreProperties, Target: CorePropertiesPart));
        using var xml = Xml(stream);
        xml.WriteStartElement("Relationships", PackageRelationshipNs);
        var number = 1;
        foreach (var (type, target) in kept)
        {
            xml.WriteStartElement("Relationship", PackageRelationshipNs);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", "/" + target);
            xml.WriteAttributeString("Id", string.Create(CultureInfo.InvariantCulture, $"rId{number++}"));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The workbook's title and authors as ClosedXML holds them; created and modified (W3CDTF, UTC) are the timestamp,
    /// left out when there is none (both are optional in the package's core properties).
    /// </summary>
    private static void WriteCoreProperties(Stream stream, XLWorkbookProperties properties, DateTimeOffset? timestamp)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var xml = Xml(stream);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        Optional(xml, "dc", "title", dc, properties.Title);
        Optional(xml, "dc", "subject", dc, properties.Subject);
        Optional(xml, "dc", "creator", dc, properties.Author);
        Optional(xml, "cp", "keywords", cp, properties.Keywords);
        Optional(xml, "dc", "description", dc, properties.Comments);
        Optional(xml, "cp", "lastModifiedBy", cp, properties.LastModifiedBy);
        Optional(xml, "cp", "category", cp, properties.Category);
        var stamp = timestamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in stamp is null ? [] : new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(stamp);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteElementString(prefix, name, ns, value);
        }
    }

    private static XmlWriter Xml(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });

    /// <summary>What ClosedXML's rendering declares each part to be: by part name, else by extension.</summary>
    private sealed class RenderedContentTypes(Dictionary<string, string> overrides, Dictionary<string, string> defaults)
    {
        public static RenderedContentTypes Read(ZipArchive source)
        {
            var entry = source.GetEntry(ContentTypesPart) ?? throw new InvalidDataException("The rendered workbook has no content types.");
            var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            using var reader = XmlReader.Create(entry.Open());
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type)
                {
                    continue;
                }
                if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
                {
                    overrides[part.TrimStart('/')] = type;
                }
                else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
                {
                    defaults[extension] = type;
                }
            }
            return new RenderedContentTypes(overrides, defaults);
        }

        public string Of(string part) =>
            overrides.TryGetValue(part, out var type) || defaults.TryGetValue(Path.GetExtension(part).TrimStart('.'), out type)
                ? type
                : throw new InvalidDataException($"The rendered workbook does not say what its part {part} holds.");
    }
}
