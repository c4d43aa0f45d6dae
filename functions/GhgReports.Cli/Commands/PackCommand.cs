using System.ComponentModel;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>ISO 14064-1 packs on demand, into reports/iso14064/&lt;year&gt;/ (and the group pack once all exist).</summary>
internal sealed class PackCommand(IAnsiConsole console) : AsyncCommand<PackCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        public int Year { get; init; }

        [CommandOption("--subsidiary <CODE>")]
        [Description("One subsidiary only; default all with data in force.")]
        public string? Subsidiary { get; init; }

        public override ValidationResult Validate() =>
            Year is < 2000 or > 2100 ? ValidationResult.Error("--year is required (e.g. 2023).") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        // Documents end with a notification: its queue must exist even where no host has started (and provisioned).
        await services.GetRequiredService<StorageProvisioning>().CreateMissingAsync(cancellationToken).ConfigureAwait(false);
        var published = await services.GetRequiredService<PackGenerator>().BuildAllAsync(settings.Year, settings.Subsidiary, cancellationToken).ConfigureAwait(false);
        foreach (var document in published)
        {
            console.MarkupLineInterpolated($"{document.BlobName} ({document.Bytes:N0} bytes, sha256 {document.Sha256[..12]}…)");
        }
        if (published.Count == 0)
        {
            console.MarkupLine("[yellow]没有可生成的报告包 No subsidiary has data in force for that year.[/]");
        }
        return GhgApp.Ok;
    }
}
