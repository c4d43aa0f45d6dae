using Microsoft.Extensions.Configuration;

namespace GhgReports.Storage;

/// <summary>
/// Names of our containers, tables and queues. They come from settings (the same names the Functions bindings read
/// as %UploadsContainer% etc.), so a test or a second deployment can use its own set in one account.
/// </summary>
public sealed record StorageNames
{
    public string Uploads { get; init; } = "uploads";
    public string Results { get; init; } = "results";
    public string Archive { get; init; } = "archive";
    public string Reports { get; init; } = "reports";
    /// <summary>Prefix of every table name; letters and digits only (Azure table naming).</summary>
    public string TablePrefix { get; init; } = "Ghg";

    public string SubmissionsTable => TablePrefix + "Submissions";
    public string RowsTable => TablePrefix + "Rows";
    public string PointersTable => TablePrefix + "Pointers";
    public string AuditTable => TablePrefix + "Audit";
    public string InventoriesTable => TablePrefix + "Inventories";

    public IEnumerable<string> Containers => [Uploads, Results, Archive, Reports];

    public IEnumerable<string> Tables => [SubmissionsTable, RowsTable, PointersTable, AuditTable, InventoriesTable];

    public static StorageNames FromConfiguration(IConfiguration configuration) => new()
    {
        Uploads = configuration["UploadsContainer"] ?? "uploads",
        Results = configuration["ResultsContainer"] ?? "results",
        Archive = configuration["ArchiveContainer"] ?? "archive",
        Reports = configuration["ReportsContainer"] ?? "reports",
        TablePrefix = configuration["TablePrefix"] ?? "Ghg",
    };

    /// <summary>A set of names no other run uses: for tests sharing one emulator.</summary>
    public static StorageNames Unique(string? tag = null)
    {
        var id = (tag ?? "") + Guid.NewGuid().ToString("N")[..10];
        return new()
        {
            Uploads = $"uploads-{id}",
            Results = $"results-{id}",
            Archive = $"archive-{id}",
            Reports = $"reports-{id}",
            TablePrefix = "T" + id,
        };
    }
}
