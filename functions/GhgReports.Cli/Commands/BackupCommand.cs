using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>The daily table export on demand, e.g. before a risky change: the same service as the BackupTables timer.</summary>
internal sealed class BackupCommand(IAnsiConsole console) : AsyncCommand<BackupCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--backups-container <NAME>")]
        [Description("Container the export is written to. Default: backups")]
        public string BackupsContainer { get; init; } = new StorageNames().Backups;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services(new Dictionary<string, string?> { ["BackupsContainer"] = settings.BackupsContainer });
        await services.GetRequiredService<GhgStorage>().Backups.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var manifest = await services.GetRequiredService<TableExport>().ExportAsync(cancellationToken).ConfigureAwait(false);
        var message = CliTexts.Exported.Format(manifest.Id, manifest.Tables.Count, manifest.Tables.Sum(t => t.Entities));
        console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
        return GhgApp.Ok;
    }
}
