using System.Text.Json.Serialization;

namespace GhgReports.Storage.Backups;

/// <summary>One table in an export: its name without the prefix (so it restores under any prefix), its file, how many entities.</summary>
public sealed record BackupTable(string Table, string File, long Entities);

/// <summary>
/// What an export holds, written last: an export without its manifest did not finish and is never restored from.
/// <paramref name="Format"/> names the line format (<see cref="BackupLines"/>) so a later reader can tell it apart.
/// </summary>
public sealed record BackupManifest(string Id, string Format, string TablePrefix, DateTimeOffset StartedAt, DateTimeOffset CompletedAt,
    IReadOnlyList<BackupTable> Tables)
{
    public const string CurrentFormat = "ghg-table-export/1";
    public const string FileName = "manifest.json";
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(BackupManifest))]
internal sealed partial class BackupJsonContext : JsonSerializerContext;
