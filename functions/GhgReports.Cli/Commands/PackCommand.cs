using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>ISO 14064-1 packs on demand, into reports/iso14064/&lt;year&gt;/ (and the group pack once all exist; and --out).</summary>
internal sealed class PackCommand(IAnsiConsole console) : AsyncCommand<PackCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Reporting year (required), e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--subsidiary <CODE>")]
        [Description("One subsidiary only. Default: all with data in force, then the group's pack.")]
        public string? Subsidiary { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Also download the packs made into this folder.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Usage.RequireYear(Year, "--year")
            ?? (Subsidiary is not null && !SubsidiaryCode.IsValid(Subsidiary) ? Usage.Error(CliTexts.NotACode.Format(Subsidiary)) : ValidationResult.Success());
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        // Documents end with a notification: its queue must exist even where no host has started (and provisioned).
        await services.GetRequiredService<StorageProvisioning>().CreateMissingAsync(cancellationToken).ConfigureAwait(false);
        var published = await services.GetRequiredService<PackGenerator>().BuildAllAsync(settings.Year, settings.Subsidiary, cancellationToken).ConfigureAwait(false);
        if (published.Count == 0)
        {
            CliErrors.Print(console, CliTexts.NoPacks.Format(settings.Year));
            return GhgApp.Ok;
        }
        var downloaded = settings.Out is { } folder
            ? await ReportDownloads.DownloadAsync(services.GetRequiredService<GhgStorage>(), published, folder, cancellationToken).ConfigureAwait(false)
            : [];
        ReportDownloads.List(console, published, downloaded);
        return GhgApp.Ok;
    }
}
