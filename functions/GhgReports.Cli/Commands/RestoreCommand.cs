using System.ComponentModel;
using Azure;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Rebuilds the tables from a table export (the daily BackupTables timer, or `ghg backup`) under --table-prefix of
/// --connection. The export is read from the backups container of --source-connection (by default the same account), or
/// from a folder it was downloaded to. Tables that already hold data are refused unless --overwrite.
/// </summary>
internal sealed class RestoreCommand(IAnsiConsole console) : AsyncCommand<RestoreCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--from <EXPORT>")]
        [Description("Export id (folder under backups/tables/, e.g. 20261202T023000Z-Ghg), or a folder holding a downloaded export.")]
        public string? From { get; init; }

        [CommandOption("--source-connection <CONNECTION_STRING>")]
        [Description("Storage account holding the export. Default: --connection.")]
        public string? SourceConnection { get; init; }

        [CommandOption("--backups-container <NAME>")]
        [Description("Container holding the exports. Default: backups")]
        public string BackupsContainer { get; init; } = new StorageNames().Backups;

        [CommandOption("--overwrite")]
        [Description("Restore into tables that already hold data: exported entities replace those with the same keys; others stay.")]
        public bool Overwrite { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(From) ? Usage.Error(CliTexts.RestoreFromRequired) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        await using var sourceServices = settings.SourceConnection is { Length: > 0 } other ? settings.ServicesOver(other) : null;
        var sourceBlobs = (sourceServices ?? services).GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>();
        BackupSource source = Directory.Exists(settings.From)
            ? new BackupSource.InFolder(settings.From!)
            : new BackupSource.InContainer(sourceBlobs.GetBlobContainerClient(settings.BackupsContainer), settings.From!);
        var restore = services.GetRequiredService<TableRestore>();
        try
        {
            var manifest = await restore.ReadManifestAsync(source, cancellationToken).ConfigureAwait(false);
            var restored = await restore.RestoreAsync(source, settings.Overwrite, cancellationToken).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("表 Table").AddColumn("实体 Entities");
            foreach (var entry in restored)
            {
                table.AddRow(entry.Table, entry.Entities.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(table);
            Say(CliTexts.Restored.Format(manifest.Id, restored.Count, restored.Sum(r => r.Entities)));
            return GhgApp.Ok;
        }
        catch (Exception ex) when (ex is RequestFailedException { Status: 404 } or FileNotFoundException)
        {
            CliErrors.Print(console, CliTexts.ExportNotFound.Format(settings.From));
            return GhgApp.UsageOrIo;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            // Another format, a truncated file, counts that disagree with the manifest: nothing to guess at.
            CliErrors.Print(console, CliTexts.ExportUnreadable.Format(settings.From, ex.Message));
            return GhgApp.UsageOrIo;
        }
        catch (RestoreTargetNotEmptyException ex)
        {
            CliErrors.Print(console, CliTexts.RestoreTargetNotEmpty.Format(string.Join(", ", ex.Tables)));
            return GhgApp.Rejected;
        }
    }

    private void Say(Bilingual message) => console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
}
