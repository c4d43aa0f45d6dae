using System.Text.Json.Serialization;

namespace GhgReports.Access;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DevelopmentTokenPayload))]
[JsonSerializable(typeof(AppServicePrincipalDocument))]
[JsonSerializable(typeof(CallerView))]
[JsonSerializable(typeof(IReadOnlyList<PackEntry>))]
[JsonSerializable(typeof(IReadOnlyList<PlanEntry>))]
[JsonSerializable(typeof(DownloadLink))]
[JsonSerializable(typeof(UploadLink))]
[JsonSerializable(typeof(SubmissionsView))]
[JsonSerializable(typeof(ErrorView))]
[JsonSerializable(typeof(LockView))]
[JsonSerializable(typeof(EvidenceLink))]
[JsonSerializable(typeof(EvidenceCheckView))]
[JsonSerializable(typeof(IReadOnlyList<EvidenceFileView>))]
[JsonSerializable(typeof(GhgReports.Tracker.TrackerView))]
[JsonSerializable(typeof(GhgReports.Tracker.ManagementView))]
[JsonSerializable(typeof(GhgReports.Reporting.Runs.RunView))]
internal sealed partial class AccessJson : JsonSerializerContext;

/// <summary>The signed part of a development token.</summary>
internal sealed record DevelopmentTokenPayload(string Name, string[] Roles, string[] Subsidiaries, int[] Years, long Expires);

/// <summary>The JSON inside X-MS-CLIENT-PRINCIPAL.</summary>
internal sealed record AppServicePrincipalDocument(
    [property: JsonPropertyName("auth_typ")] string? AuthType,
    [property: JsonPropertyName("name_typ")] string? NameType,
    [property: JsonPropertyName("role_typ")] string? RoleType,
    [property: JsonPropertyName("claims")] AppServiceClaim[]? Claims);

internal sealed record AppServiceClaim([property: JsonPropertyName("typ")] string? Type, [property: JsonPropertyName("val")] string? Value);

/// <summary>GET /api/me.</summary>
internal sealed record CallerView(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Subsidiaries, IReadOnlyList<int> SharedYears);

internal sealed record ErrorView(string Error, string Zh, string En);

/// <summary>A period's lock as it now stands, and who set it (the signed-in caller, never a name the request claims).</summary>
internal sealed record LockView(string Subsidiary, int Year, bool Locked, string? Verifier, string? Statement, string By);
