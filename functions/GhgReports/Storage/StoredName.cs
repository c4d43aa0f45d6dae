using System.Reflection;
using System.Text.Json.Serialization;

namespace GhgReports.Storage;

/// <summary>
/// The spelling a state has in tables, blobs and the web API, declared once on each enum member with
/// <see cref="JsonStringEnumMemberNameAttribute"/>, so JSON (through <see cref="JsonStringEnumConverter{TEnum}"/>) and
/// table columns write the same word. Code works with the enum; only storage and the wire see the word.
/// </summary>
public static class StoredName
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Spellings<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no stored name for this value.");

    public static TEnum Parse<TEnum>(string stored) where TEnum : struct, Enum =>
        Spellings<TEnum>.ByName.TryGetValue(stored, out var value)
            ? value
            : throw new InvalidDataException($"'{stored}' is not a stored {typeof(TEnum).Name}.");

    private static class Spellings<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(v => v, NameOf);
        public static readonly IReadOnlyDictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        private static string NameOf(TEnum value) =>
            typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} declares no stored name.");
    }
}
