using System.Text.Json.Serialization;

namespace GhgReports.Reporting;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentsReady))]
[JsonSerializable(typeof(PackRequest))]
[JsonSerializable(typeof(DocumentVersionHistory))]
internal sealed partial class ReportingJson : JsonSerializerContext;

/// <summary>One pack to build: the fan-out unit of pack generation.</summary>
public sealed record PackRequest(int Year, string Subsidiary);
