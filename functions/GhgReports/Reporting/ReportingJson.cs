using System.Text.Json.Serialization;

namespace GhgReports.Reporting;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentsReady))]
[JsonSerializable(typeof(PackRequest))]
[JsonSerializable(typeof(DocumentVersionHistory))]
[JsonSerializable(typeof(List<PublishedDocument>))]
internal sealed partial class ReportingJson : JsonSerializerContext;

/// <summary>
/// One piece of a generation run, as the pack-requests queue carries it: a subsidiary's pack (the fan-out unit), the
/// run's group pack, or a plan. <paramref name="RunId"/> names the run to report to; a message without one (from
/// before runs) builds its subsidiary's pack and reports nowhere. One queue for all three keeps one poison queue to
/// watch and one place where generation is sized (host.json).
/// </summary>
public sealed record PackRequest(int Year, string Subsidiary, string? RunId = null, string? Document = null)
{
    public const string GroupPack = "group-pack";
    public const string Plan = "plan";
}
