namespace GhgReports.Storage;

/// <summary>
/// Azure Table Storage key rules, enforced here because Azurite accepts keys Azure rejects ('/' gives a 500 in the
/// emulator, a 400 in Azure). Keys are at most 1 KiB; '/', '\', '#', '?' and control characters are not allowed.
/// </summary>
internal static class TableKeys
{
    public const int MaxLength = 512;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    public static string Require(string key, string what) =>
        IsValid(key) ? key : throw new ArgumentException($"'{key}' is not a valid table {what}: it must be 1–{MaxLength} characters without / \\ # ? or control characters.", nameof(key));

    /// <summary>Zero-padded so that row keys sort as numbers.</summary>
    public static string Row(int row) => row.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sorts newest first, for history partitions.</summary>
    public static string Descending(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
