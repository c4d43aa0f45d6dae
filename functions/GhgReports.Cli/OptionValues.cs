using System.Reflection;
using GhgReports.Localization;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>
/// Finds an option given without its value (`ghg plan --year`, `ghg lock … --verifier`). Spectre.Console.Cli 0.57
/// then binds a placeholder text to the option instead of refusing it, which would lock a period "verified by"
/// that placeholder; so we refuse it first, by the option's name.
/// </summary>
internal static class OptionValues
{
    private static readonly HashSet<string> TakingAValue = [.. typeof(GhgApp).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(CommandSettings)))
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
        .OfType<CommandOptionAttribute>()
        .Where(o => o.ValueName is not null && !o.ValueIsOptional)
        .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))];

    /// <summary>The first option that needs a value and is followed by nothing or by another option.</summary>
    public static string? FirstWithoutValue(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (TakingAValue.Contains(args[i]) && (i == args.Count - 1 || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                return args[i];
            }
        }
        return null;
    }

    public static UsageException Missing(string option) => new(CliTexts.MissingValue.Format(option));
}
