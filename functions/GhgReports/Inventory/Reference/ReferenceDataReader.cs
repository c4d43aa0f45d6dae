using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;

namespace GhgReports.Inventory.Reference;

/// <summary>Parsing and the checks that factor files and GWP files share.</summary>
internal static class ReferenceDataReader
{
    public static T Parse<T>(string file, Stream json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new ReferenceDataException(file, null, "the file is JSON null.");
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException(file, null, $"invalid JSON: {e.Message}", e);
        }
    }

    public static string Required(string? value, string file, string? entryId, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ReferenceDataException(file, entryId, $"'{field}' is missing.")
            : value;

    public static Bilingual Bilingual(BilingualDocument? text, string file, string? entryId, string field) =>
        text is null
            ? throw new ReferenceDataException(file, entryId, $"'{field}' is missing.")
            : new(Required(text.Zh, file, entryId, field + ".zh"), Required(text.En, file, entryId, field + ".en"));

    /// <summary>A source must at least say who published what: a pack that prints a factor prints this.</summary>
    public static FactorSource Source(SourceDocument? source, string file, string? entryId, string field)
    {
        if (source is null)
        {
            throw new ReferenceDataException(file, entryId, $"'{field}' is missing: every value needs a source.");
        }
        if (source.Url is not null && !Uri.TryCreate(source.Url, UriKind.Absolute, out _))
        {
            throw new ReferenceDataException(file, entryId, $"'{field}.url' is not an absolute URL: '{source.Url}'.");
        }
        return new FactorSource(
            Required(source.Publisher, file, entryId, field + ".publisher"),
            Required(source.Title, file, entryId, field + ".title"),
            source.Url,
            source.Published,
            source.Notes);
    }
}
