namespace GhgReports.Storage;

/// <summary>
/// The settings that name the app's containers, tables and queue (the same names the Functions bindings read as
/// %UploadsContainer% etc.). Bound once at start, checked against Azure's naming rules by
/// <see cref="StorageNameValidation"/>, and turned into the <see cref="StorageNames"/> every service uses.
/// </summary>
internal sealed class StorageNameOptions
{
    public string UploadsContainer { get; set; } = "uploads";
    public string ResultsContainer { get; set; } = "results";
    public string ArchiveContainer { get; set; } = "archive";
    public string EvidenceContainer { get; set; } = "evidence";
    public string ReportsContainer { get; set; } = "reports";
    public string BackupsContainer { get; set; } = "backups";
    public string TablePrefix { get; set; } = "Ghg";
    /// <summary>Empty means the default, so a deployment can leave it blank.</summary>
    public string? NotificationsQueue { get; set; } = "notifications";

    public StorageNames ToNames() => new()
    {
        Uploads = UploadsContainer,
        Results = ResultsContainer,
        Archive = ArchiveContainer,
        Evidence = EvidenceContainer,
        Reports = ReportsContainer,
        Backups = BackupsContainer,
        TablePrefix = TablePrefix,
        NotificationsQueue = NotificationsQueue is { Length: > 0 } queue ? queue : "notifications",
    };
}
