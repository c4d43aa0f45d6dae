using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>The reduction plan on demand, from the data in force, into reports/plans/&lt;year&gt;/ (and --out).</summary>
internal sealed class PlanCommand(IAnsiConsole console) : AsyncCommand<PlanCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Reporting year (required), e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--lang <zh|en>")]
        [Description("One edition only: zh or en. Default: both.")]
        public string? Language { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Also download the PDFs made into this folder.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Usage.RequireYear(Year, "--year")
            ?? (Language is not (null or "zh" or "en") ? Usage.Error(CliTexts.LanguageChoice.Format(Language)) : ValidationResult.Success());
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        // Documents end with a notification: its queue must exist even where no host has started (and provisioned).
        await services.GetRequiredService<StorageProvisioning>().CreateMissingAsync(cancellationToken).ConfigureAwait(false);
        Language[] editions = settings.Language switch
        {
            "zh" => [Localization.Language.Zh],
            "en" => [Localization.Language.En],
            _ => [Localization.Language.Zh, Localization.Language.En],
        };
        var published = await services.GetRequiredService<PlanGenerator>().GenerateAsync(settings.Year, editions, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            CliErrors.Print(console, PlanTexts.NothingToPlan.Format(settings.Year));
            return GhgApp.Rejected;
        }
        var downloaded = settings.Out is { } folder
            ? await ReportDownloads.DownloadAsync(services.GetRequiredService<GhgStorage>(), published, folder, cancellationToken).ConfigureAwait(false)
            : [];
        ReportDownloads.List(console, published, downloaded);
        return GhgApp.Ok;
    }
}
