using System.ComponentModel;
using Azure.Storage.Blobs.Models;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>Drops a workbook into uploads/&lt;subsidiary&gt;/ as an officer would; the trigger does the rest.</summary>
internal sealed class UploadCommand(IAnsiConsole console) : AsyncCommand<UploadCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The workbook (.xlsx) to upload.")]
        public string File { get; init; } = "";

        [CommandOption("-s|--subsidiary <CODE>")]
        [Description("Upload folder: the subsidiary code, or _group for the group workbook.")]
        public string Subsidiary { get; init; } = "";

        [CommandOption("--uploader <WHO>")]
        [Description("Who uploads, recorded with the submission. Default: the current user name.")]
        public string Uploader { get; init; } = Environment.UserName;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            CliErrors.Print(console, CliTexts.FileNotFound.Format(settings.File));
            return GhgApp.UsageOrIo;
        }
        if (settings.Subsidiary != GhgReports.Intake.Group.GroupWorkbookSchema.GroupCode && !SubsidiaryCode.IsValid(settings.Subsidiary))
        {
            CliErrors.Print(console, CliTexts.NotAnUploadFolder.Format(settings.Subsidiary));
            return GhgApp.UsageOrIo;
        }
        var storage = settings.Open();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var name = $"{settings.Subsidiary}/{Path.GetFileName(settings.File)}";
        await using var content = System.IO.File.OpenRead(settings.File);
        await storage.Uploads.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string>
            {
                [SubmissionIntake.UploaderMetadata] = Uri.EscapeDataString(settings.Uploader),
                [SubmissionIntake.UploadedAtMetadata] = CurrentPointers.ToMillisecond(TimeProvider.System.GetUtcNow()).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            },
        }, cancellationToken).ConfigureAwait(false);
        var uploaded = CliTexts.Uploaded.Format($"{storage.Names.Uploads}/{name}", $"{storage.Names.Results}/{name}.result.json");
        console.MarkupLineInterpolated($"{uploaded.Zh}\n{uploaded.En}");
        return GhgApp.Ok;
    }
}
