using System.ComponentModel;
using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Recalculates a year's stored inventories with a given factor library version and GWP set, as an explicit,
/// recorded act: the old figures stay, the new ones are recorded with who and why, and documents follow them.
/// </summary>
internal sealed class RecalculateCommand(IAnsiConsole console) : AsyncCommand<RecalculateCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Reporting year whose stored inventories are recalculated (required), e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--factors <VERSION>")]
        [Description("Factor library version to calculate with (required; must be the one this build carries, which a missing --factors names).")]
        public string? Factors { get; init; }

        [CommandOption("--gwp <SET>")]
        [Description("GWP set (required): AR4, AR5 or AR6.")]
        public string? Gwp { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why the year is recalculated (required), recorded with the new figures.")]
        public string? Reason { get; init; }

        [CommandOption("--actor <WHO>")]
        [Description("Who is acting. Default: the current user name.")]
        public string Actor { get; init; } = Environment.UserName;

        public override ValidationResult Validate() =>
            Usage.RequireYear(Year, "--year")
            ?? (string.IsNullOrWhiteSpace(Factors) ? Usage.Error(CliTexts.FactorsRequired.Format(FactorCatalog.LoadEmbedded().Version))
            : string.IsNullOrWhiteSpace(Gwp) ? Usage.Error(CliTexts.GwpRequired)
            : string.IsNullOrWhiteSpace(Reason) ? Usage.Error(CliTexts.ReasonRequired)
            : ValidationResult.Success());
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        IReadOnlyList<RecalculationResult> results;
        try
        {
            results = await services.GetRequiredService<InventoryRecalculation>()
                .RecalculateAsync(settings.Year, settings.Factors!, settings.Gwp!, settings.Actor, settings.Reason!, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return GhgApp.UsageOrIo;
        }
        catch (InvalidOperationException ex)
        {
            console.MarkupLineInterpolated($"[yellow]{ex.Message}[/]");
            return GhgApp.Rejected;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "代码 Code", "GWP", "范围1+2 旧 old", "范围1+2 新 new" })
        {
            table.AddColumn(column);
        }
        foreach (var result in results)
        {
            table.AddRow(result.Subsidiary, Markup.Escape($"{result.Record.FromGwpSet} → {result.Record.ToGwpSet}"),
                result.Record.OldTotals.Scope12LocationBasedTco2e.ToString("N0", CultureInfo.InvariantCulture),
                result.Record.NewTotals.Scope12LocationBasedTco2e.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        return GhgApp.Ok;
    }
}
