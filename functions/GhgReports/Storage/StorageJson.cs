using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GhgReports.Intake;
using GhgReports.Inventory.Units;
using GhgReports.Submissions;

namespace GhgReports.Storage;

/// <summary>
/// JSON for what we store: detail rows and results. Source-generated (no reflection), decimals as JSON numbers (exact
/// in System.Text.Json, unlike Table Storage's double), units by symbol, Chinese kept readable.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UnitJsonConverter)], UseStringEnumConverter = true)]
[JsonSerializable(typeof(EntityDeclaration))]
[JsonSerializable(typeof(EmissionSourceLine))]
[JsonSerializable(typeof(EnergyProductionRecord))]
[JsonSerializable(typeof(TargetDeclaration))]
[JsonSerializable(typeof(GoalsStatement))]
[JsonSerializable(typeof(DeclaredPathwayPoint))]
[JsonSerializable(typeof(ReductionMeasure))]
[JsonSerializable(typeof(GroupInfo))]
[JsonSerializable(typeof(RegisteredSubsidiary))]
[JsonSerializable(typeof(PlanNarrative))]
[JsonSerializable(typeof(GroupSignificance))]
[JsonSerializable(typeof(GroupRecalculationPolicy))]
[JsonSerializable(typeof(GroupEconomics))]
[JsonSerializable(typeof(SubmissionDeadline))]
[JsonSerializable(typeof(GroupReviewSetting))]
[JsonSerializable(typeof(IntakeResult))]
[JsonSerializable(typeof(GhgReports.Inventory.Calculation.InventoryTotals))]
[JsonSerializable(typeof(GhgReports.Inventory.Calculation.Recalculation))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
    public static StorageJsonContext Readable { get; } = new(CreateOptions(indented: false));

    public static StorageJsonContext Indented { get; } = new(CreateOptions(indented: true));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new UnitJsonConverter(), new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = indented,
    };
}

internal sealed class UnitJsonConverter : JsonConverter<Unit>
{
    public override Unit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnitParser.TryParse(reader.GetString(), out var unit) ? unit : throw new JsonException($"Unknown unit '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, Unit value, JsonSerializerOptions options) => writer.WriteStringValue(value.Symbol);
}

/// <summary>results/…result.json, read and written the one way.</summary>
public static class IntakeResultJson
{
    public static byte[] Write(IntakeResult result) => JsonSerializer.SerializeToUtf8Bytes(result, StorageJsonContext.Indented.IntakeResult);

    public static IntakeResult Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Indented.IntakeResult) ?? throw new InvalidDataException("Empty intake result.");
}
