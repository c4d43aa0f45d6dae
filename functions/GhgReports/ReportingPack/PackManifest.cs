using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace GhgReports.ReportingPack;

/// <summary>
/// manifest.json: every other file of the pack with its SHA-256 and size, and what the figures were computed from
/// (the current pointers read, the factor and GWP versions, the generator). The manifest cannot list its own hash.
/// </summary>
public sealed record PackManifest
{
    public const string CurrentSchema = "ghgreports/iso14064-pack/1";

    public string Schema { get; init; } = CurrentSchema;
    /// <summary>"subsidiary" or "group".</summary>
    public required string Kind { get; init; }
    public required string Code { get; init; }
    public required int ReportingYear { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required ManifestSnapshot Snapshot { get; init; }
    /// <summary>The factor catalog version the inventory was calculated with.</summary>
    public required string FactorVersion { get; init; }
    /// <summary>The factor sets whose factors the lines used, each with its version.</summary>
    public required IReadOnlyList<ManifestVersion> FactorSets { get; init; }
    public required ManifestVersion GwpSet { get; init; }
    public required string GeneratorVersion { get; init; }
    public required IReadOnlyList<ManifestFile> Files { get; init; }
}

public sealed record ManifestSnapshot(DateTimeOffset Date, IReadOnlyList<ManifestPointer> Pointers);

/// <summary>A current pointer as read: the submission in force for a subsidiary and year, and the pointer's ETag.</summary>
public sealed record ManifestPointer(string Subsidiary, int Year, string SubmissionId, string ETag);

public sealed record ManifestVersion(string Id, string Version);

/// <summary>A file of the pack: path inside the zip, lower-case hex SHA-256 of its bytes, and its size in bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Bytes);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PackManifest))]
internal sealed partial class PackManifestJsonContext : JsonSerializerContext
{
    /// <summary>Indented, with Chinese left readable (not \u-escaped).</summary>
    public static PackManifestJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
