using GhgReports.Localization;
using Spectre.Console;

namespace GhgReports.Cli;

/// <summary>Validation results in both languages, one per line, as <see cref="CliErrors"/> prints them.</summary>
internal static class Usage
{
    public static ValidationResult Error(Bilingual message) => ValidationResult.Error($"{message.Zh}\n{message.En}");

    /// <summary>An option's year that was not given (the converter has already refused one that is not a year).</summary>
    public static ValidationResult? RequireYear(int year, string option) =>
        year == 0 ? Error(CliTexts.YearRequired.Format(option)) : null;
}
