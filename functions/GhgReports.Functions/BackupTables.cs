using GhgReports.Storage.Backups;
using GhgReports.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// Table Storage keeps no earlier versions and has no soft delete: a wrong delete or overwrite of the audit trail,
/// pointers or submissions would be final. Daily, this exports every table to the create-only, WORM backups container.
/// </summary>
public sealed class BackupTables(TableExport export)
{
    [Function(AppTriggers.BackupTables)]
    public Task Run([TimerTrigger(AppTriggers.BackupSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        export.ExportAsync(cancellationToken);
}
