using System.ComponentModel;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>Drops a workbook into uploads/&lt;subsidiary&gt;/ as an officer would; the trigger does the rest.</summary>
internal sealed class UploadCommand(IAnsiConsole console) : AsyncCommand<UploadCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("-s|--subsidiary <CODE>")]
        [Description("Upload folder: the subsidiary code, or _group for the group workbook.")]
        public string Subsidiary { get; init; } = "";

        [CommandOption("--uploader <WHO>")]
        public string Uploader { get; init; } = Environment.UserName;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            console.MarkupLineInterpolated($"[red]找不到文件 File not found: {settings.File}[/]");
            return GhgApp.UsageOrIo;
        }
        if (settings.Subsidiary != GhgReports.Intake.Group.GroupWorkbookSchema.GroupCode && !SubsidiaryCode.IsValid(settings.Subsidiary))
        {
            console.MarkupLineInterpolated($"[red]--subsidiary must be a subsidiary code or _group; got '{settings.Subsidiary}'.[/]");
            return GhgApp.UsageOrIo;
        }
        var storage = settings.Open();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var name = $"{settings.Subsidiary}/{Path.GetFileName(settings.File)}";
        await using var content = System.IO.File.OpenRead(settings.File);
        await storage.Uploads.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [SubmissionIntake.UploaderMetadata] = Uri.EscapeDataString(settings.Uploader) },
        }, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"已上传 Uploaded {storage.Names.Uploads}/{name}; the result will appear as {storage.Names.Results}/{name}.result.json");
        return GhgApp.Ok;
    }
}
