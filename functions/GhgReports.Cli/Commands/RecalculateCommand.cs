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
        [Description("One reporting year whose stored inventories are recalculated, e.g. 2023 (or give --years).")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--years <YEARS>")]
        [Description("Every year compared, recalculated by one method: 2023-2024, 2023,2024 or all. A method changed for one year only leaves the years compared with it marked \"not comparable\".")]
        public string? Years { get; init; }

        /// <summary>The years asked for; null for all. Empty when <see cref="Years"/> cannot be read.</summary>
        public IReadOnlyList<int>? ChosenYears => Years is null ? [Year] : ParseYears(Years);

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
            (Year == 0 && Years is null) || (Year != 0 && Years is not null) ? Usage.Error(CliTexts.RecalculateYearsRequired)
            : ChosenYears is { Count: 0 } ? Usage.Error(CliTexts.RecalculateYearsInvalid.Format(Years))
            : (string.IsNullOrWhiteSpace(Factors) ? Usage.Error(CliTexts.FactorsRequired.Format(FactorCatalog.LoadEmbedded().Version))
            : string.IsNullOrWhiteSpace(Gwp) ? Usage.Error(CliTexts.GwpRequired)
            : string.IsNullOrWhiteSpace(Reason) ? Usage.Error(CliTexts.ReasonRequired)
            : ValidationResult.Success());

        /// <summary>"2023-2024", "2023,2024" or "all" (null); an empty list when the text is none of these.</summary>
        public static IReadOnlyList<int>? ParseYears(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            static int? Year(string s) =>
                int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100 ? y : null;
            var range = trimmed.Split('-');
            if (range.Length == 2 && Year(range[0]) is { } from && Year(range[1]) is { } to && from <= to)
            {
                return [.. Enumerable.Range(from, to - from + 1)];
            }
            var list = trimmed.Split(',').Select(Year).ToList();
            return list.All(y => y is not null) ? [.. list.Select(y => y!.Value)] : [];
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        IReadOnlyList<RecalculationResult> results;
        try
        {
            results = await services.GetRequiredService<InventoryRecalculation>()
                .RecalculateYearsAsync(settings.ChosenYears, settings.Factors!, settings.Gwp!, settings.Actor, settings.Reason!, cancellationToken).ConfigureAwait(false);
        }
        catch (RecalculationRefusedException ex) when (ex.Refusal == RecalculationRefusal.UnknownFactorVersion)
        {
            console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return GhgApp.UsageOrIo;
        }
        catch (RecalculationRefusedException ex) when (ex.Refusal == RecalculationRefusal.NoRegister)
        {
            console.MarkupLineInterpolated($"[yellow]{ex.Message}[/]");
            return GhgApp.Rejected;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "代码 Code", "期间 Period", "GWP", "范围1+2 旧 old", "范围1+2 新 new" })
        {
            table.AddColumn(column);
        }
        foreach (var result in results)
        {
            table.AddRow(result.Subsidiary, result.Record.Period.ToString(), Markup.Escape($"{result.Record.FromGwpSet} → {result.Record.ToGwpSet}"),
                result.Record.OldTotals.Scope12LocationBasedTco2e.ToString("N0", CultureInfo.InvariantCulture),
                result.Record.NewTotals.Scope12LocationBasedTco2e.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        return GhgApp.Ok;
    }
}
