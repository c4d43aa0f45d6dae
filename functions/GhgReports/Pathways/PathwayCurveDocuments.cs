using System.Text.Json.Serialization;
using GhgReports.Inventory.Reference;

namespace GhgReports.Pathways;

// The shape of ReferenceData/pathways/*.json as written. Nullable throughout so that our own validation, which names
// the file and the curve or stage, reports a missing field rather than the serializer.

internal sealed record PathwayCurveSetDocument
{
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
    public string? SetId { get; init; }
    public string? SetVersion { get; init; }
    public BilingualDocument? Title { get; init; }
    public bool? Provisional { get; init; }
    public BilingualDocument? Provenance { get; init; }
    public SourceDocument? Source { get; init; }
    public List<StageCurveDocument>? Curves { get; init; }
    public List<StageAssignmentDocument>? Stages { get; init; }
}

internal sealed record StageCurveDocument
{
    public string? Id { get; init; }
    public string? Pathway { get; init; }
    public string? Unit { get; init; }
    public int? BaseYear { get; init; }
    public int? ConvergenceYear { get; init; }
    public decimal? ConvergenceIntensity { get; init; }
    public List<CurvePointDocument>? Points { get; init; }
    public string? Derivation { get; init; }
}

internal sealed record CurvePointDocument
{
    public int? Year { get; init; }
    public decimal? P { get; init; }
}

internal sealed record StageAssignmentDocument
{
    public string? Stage { get; init; }
    public string? Process { get; init; }
    public string? PurchasedAluminium { get; init; }
}
