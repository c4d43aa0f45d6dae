using GhgReports.Localization;
using Spectre.Console;

namespace GhgReports.Cli;

/// <summary>
/// A command's own refusal of its arguments, thrown as a <see cref="UsageException"/> that carries both languages, so
/// <see cref="CliErrors"/> prints it without reading its text. Typed as a validation result to sit in a command's
/// <c>Validate()</c>.
/// </summary>
internal static class Usage
{
    public static ValidationResult Error(Bilingual message) => throw new UsageException(message);

    /// <summary>An option's year that was not given (the converter has already refused one that is not a year).</summary>
    public static ValidationResult? RequireYear(int year, string option) =>
        year == 0 ? Error(CliTexts.YearRequired.Format(option)) : null;
}
