using System.ComponentModel;
using Azure.Storage.Blobs.Models;
using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Localization;
using Microsoft.Extensions.DependencyInjection;
using GhgReports.Storage;
using GhgReports.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Drops a workbook into uploads/&lt;subsidiary&gt;/ as an officer would, and the trigger does the rest; or, with
/// --evidence, stores an evidence file under evidence/&lt;subsidiary&gt;/&lt;year&gt;/ after the same checks the web page applies.
/// </summary>
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

        [CommandOption("--reason <WHY>")]
        [Description("Why this file replaces data already in force, e.g. \"meter readings corrected\". Required to correct a base year once later years are reported.")]
        public string? Reason { get; init; }

        [CommandOption("--evidence")]
        [Description("The file is evidence (PDF, PNG, JPEG or .xlsx, up to 25 MB) for the workbook's evidence column, not a workbook to ingest.")]
        public bool Evidence { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("With --evidence: the reporting year it belongs to (required).")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        public override ValidationResult Validate() =>
            Evidence ? Usage.RequireYear(Year, "--year") ?? ValidationResult.Success() : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            CliErrors.Print(console, CliTexts.FileNotFound.Format(settings.File));
            return GhgApp.UsageOrIo;
        }
        if (settings.Subsidiary != GroupWorkbook.Code && !SubsidiaryCode.IsValid(settings.Subsidiary))
        {
            CliErrors.Print(console, CliTexts.NotAnUploadFolder.Format(settings.Subsidiary));
            return GhgApp.UsageOrIo;
        }
        await using var services = settings.Services();
        var storage = services.GetRequiredService<GhgReports.Storage.GhgStorage>();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Evidence)
        {
            return await UploadEvidenceAsync(services.GetRequiredService<EvidenceStore>(), storage.Names, settings, cancellationToken).ConfigureAwait(false);
        }
        var name = $"{settings.Subsidiary}/{Path.GetFileName(settings.File)}";
        await using var content = System.IO.File.OpenRead(settings.File);
        var metadata = new Dictionary<string, string>
        {
            [SubmissionIntake.UploaderMetadata] = Uri.EscapeDataString(settings.Uploader),
            [SubmissionIntake.UploadedAtMetadata] = CurrentPointers.ToMillisecond(services.GetRequiredService<TimeProvider>().GetUtcNow()).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(settings.Reason))
        {
            metadata[SubmissionIntake.ReasonMetadata] = Uri.EscapeDataString(settings.Reason.Trim());
        }
        await storage.Uploads.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
        var uploaded = CliTexts.Uploaded.Format($"{storage.Names.Uploads}/{name}", $"{storage.Names.Results}/{name}.result.json");
        console.MarkupLineInterpolated($"{uploaded.Zh}\n{uploaded.En}");
        return GhgApp.Ok;
    }

    private async Task<int> UploadEvidenceAsync(EvidenceStore evidence, GhgReports.Storage.StorageNames names, Settings settings, CancellationToken cancellationToken)
    {
        if (!SubsidiaryCode.IsValid(settings.Subsidiary))
        {
            CliErrors.Print(console, CliTexts.NotACode.Format(settings.Subsidiary));
            return GhgApp.UsageOrIo;
        }
        // Checked in memory (seekable, and the size is checked before anything is parsed).
        await using var file = System.IO.File.OpenRead(settings.File);
        if (file.Length > EvidenceFileCheck.MaxBytes)
        {
            CliErrors.Print(console, EvidenceTexts.TooLarge.Message.Format(file.Length, EvidenceFileCheck.MaxBytes));
            return GhgApp.Rejected;
        }
        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
        var upload = await evidence.UploadAsync(settings.Subsidiary, settings.Year, Path.GetFileName(settings.File), content, settings.Uploader, cancellationToken)
            .ConfigureAwait(false);
        if (upload.Stored is not { } stored)
        {
            foreach (var problem in upload.Problems)
            {
                CliErrors.Print(console, problem.Message);
            }
            return GhgApp.Rejected;
        }
        var message = CliTexts.EvidenceStored.Format($"{names.Evidence}/{stored.BlobName}", stored.Sha256);
        console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
        return GhgApp.Ok;
    }
}
