using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>The reduction plan on demand, from the data in force, into reports/plans/&lt;year&gt;/.</summary>
internal sealed class PlanCommand(IAnsiConsole console) : AsyncCommand<PlanCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Reporting year.")]
        public int Year { get; init; }

        [CommandOption("--lang <zh|en>")]
        [Description("One edition only; default both.")]
        public string? Language { get; init; }

        public override ValidationResult Validate() =>
            Year is < 2000 or > 2100 ? ValidationResult.Error("--year is required (e.g. 2023).")
            : Language is not (null or "zh" or "en") ? ValidationResult.Error("--lang is zh or en.")
            : ValidationResult.Success();
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
            var nothing = PlanTexts.NothingToPlan.Format(settings.Year);
            console.MarkupLineInterpolated($"[yellow]{nothing.Zh}\n{nothing.En}[/]");
            return GhgApp.Rejected;
        }
        foreach (var document in published)
        {
            console.MarkupLineInterpolated($"{document.BlobName} ({document.Bytes:N0} bytes, sha256 {document.Sha256[..12]}…)");
        }
        return GhgApp.Ok;
    }
}
