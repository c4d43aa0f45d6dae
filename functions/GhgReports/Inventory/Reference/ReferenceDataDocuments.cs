using System.Text.Json.Serialization;

namespace GhgReports.Inventory.Reference;

// The shapes of the JSON files as written. Everything is nullable so that a missing field is reported by our own
// validation, which names the file and the entry, instead of a bare serializer message.

internal sealed record BilingualDocument
{
    public string? Zh { get; init; }
    public string? En { get; init; }
}

internal sealed record SourceDocument
{
    public string? Publisher { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Notes { get; init; }
}

internal sealed record FactorSetDocument
{
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
    public string? SetId { get; init; }
    public string? SetVersion { get; init; }
    public BilingualDocument? Title { get; init; }
    /// <summary>Sources keyed by a short reference that factors name in their "source" field.</summary>
    public Dictionary<string, SourceDocument>? Sources { get; init; }
    public List<FactorDocument>? Factors { get; init; }
}

internal sealed record FactorDocument
{
    public string? Id { get; init; }
    public BilingualDocument? Description { get; init; }
    public string? Kind { get; init; }
    public string? ActivityUnit { get; init; }
    public Dictionary<string, decimal>? Gases { get; init; }
    public string? Co2eGwpBasis { get; init; }
    public decimal? DensityTonnesPerCubicMetre { get; init; }
    public string? Region { get; init; }
    public int? ValidFrom { get; init; }
    public int? ValidTo { get; init; }
    public string? Source { get; init; }
    public CombustionDocument? Combustion { get; init; }
    public string? Derivation { get; init; }
    public string? Notes { get; init; }
}

internal sealed record CombustionDocument
{
    public decimal? NetCalorificValueGJPerUnit { get; init; }
    public decimal? CarbonContentTonnesCarbonPerTJ { get; init; }
    public decimal? OxidationFraction { get; init; }
}

internal sealed record GwpSetDocument
{
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
    public string? SetId { get; init; }
    public string? SetVersion { get; init; }
    public BilingualDocument? Title { get; init; }
    public int? HorizonYears { get; init; }
    public SourceDocument? Source { get; init; }
    public List<GwpValueDocument>? Gases { get; init; }
}

internal sealed record GwpValueDocument
{
    public string? Gas { get; init; }
    public decimal? Gwp { get; init; }
    public List<string>? Aliases { get; init; }
    public string? Notes { get; init; }
}

/// <summary>
/// Source-generated (no reflection). Strict on purpose: an unknown or duplicated property in reference data is a typo
/// that would otherwise silently drop or overwrite a value.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(FactorSetDocument))]
[JsonSerializable(typeof(GwpSetDocument))]
[JsonSerializable(typeof(GhgReports.Pathways.PathwayCurveSetDocument))]
internal sealed partial class ReferenceDataJsonContext : JsonSerializerContext;
