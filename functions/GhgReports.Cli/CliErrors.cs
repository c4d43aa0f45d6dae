using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using Azure;
using GhgReports.Composition;
using GhgReports.Localization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>
/// Turns whatever stopped a command into one bilingual message and an exit code: an operator never sees a stack trace,
/// whether the argument was wrong, the file unreadable or the storage unreachable.
/// </summary>
internal static partial class CliErrors
{
    /// <param name="command">The command that was run, when it is one of ours: its help is where to look next.</param>
    public static int Report(IAnsiConsole console, Exception exception, string? command)
    {
        var cause = Unwrap(exception);
        var help = command is null ? "" : command + " ";
        var message = cause switch
        {
            UsageException usage => CliTexts.UsageError.Format(usage.Bilingual, help),
            SettingsRefusedException settings => CliTexts.SettingRefused.Format(string.Join(" ", settings.Failures)),
            CommandAppException spectre => CliTexts.UsageError.Format(Translated(spectre.Message), help),
            RequestFailedException { Status: 0 } unreachable => CliTexts.StorageUnreachable.Format(Innermost(unreachable).Message),
            RequestFailedException refused => CliTexts.StorageRefused.Format($"{refused.Status} {refused.ErrorCode}"),
            HttpRequestException or SocketException => CliTexts.StorageUnreachable.Format(Innermost(cause).Message),
            IOException or UnauthorizedAccessException => CliTexts.IoError.Format(cause.Message),
            OperationCanceledException => CliTexts.IoError.Format(cause.Message),
            _ => CliTexts.Unexpected.Format(cause.GetType().Name, cause.Message.TrimEnd('.')),
        };
        Print(console, message);
        return GhgApp.UsageOrIo;
    }

    public static void Print(IAnsiConsole console, Bilingual message)
    {
        console.MarkupLineInterpolated($"[red]{message.Zh}[/]");
        console.MarkupLineInterpolated($"[red]{message.En}[/]");
    }

    /// <summary>
    /// Spectre's parse errors carry nothing but their English text, so they are recognised by their wording; anything
    /// else is shown as it is in both. Our own refusals never come here: they are <see cref="UsageException"/>s.
    /// </summary>
    private static Bilingual Translated(string message)
    {
        return SpectreMessages().Select(p => (p.Kind, Match: p.Pattern.Match(message))).FirstOrDefault(p => p.Match.Success) is ({ } kind, { } match)
            ? kind.Format([.. match.Groups.Values.Skip(1).Select(g => (object?)g.Value)])
            : new(message, message);
    }

    private static IEnumerable<(Bilingual Kind, Regex Pattern)> SpectreMessages() =>
    [
        (CliTexts.UnknownOption, UnknownOption()),
        (CliTexts.UnknownCommand, UnknownCommand()),
        (CliTexts.MissingArgument, MissingArgument()),
        (CliTexts.MissingValue, MissingValue()),
        (CliTexts.ConversionFailed, ConversionFailed()),
    ];

    [GeneratedRegex("^Unknown option '(.+)'\\.")]
    private static partial Regex UnknownOption();

    [GeneratedRegex("^Unknown command '(.+)'\\.")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("^Command '(.+)' is missing required argument '(.+)'\\.")]
    private static partial Regex MissingArgument();

    [GeneratedRegex("^Failed to convert '(.*)' to (.+)\\.")]
    private static partial Regex ConversionFailed();

    [GeneratedRegex("^Option '(.+)' is defined but no value has been provided\\.")]
    private static partial Regex MissingValue();

    /// <summary>The SDK's retries wrap the real cause in an AggregateException; Spectre wraps converter failures.</summary>
    private static Exception Unwrap(Exception exception)
    {
        var current = exception;
        while (true)
        {
            switch (current)
            {
                case AggregateException { InnerExceptions.Count: > 0 } aggregate:
                    current = aggregate.InnerExceptions[0];
                    continue;
                case TargetInvocationException { InnerException: { } inner }:
                    current = inner;
                    continue;
                case CommandAppException { InnerException: { } inner } when Unwrap(inner) is UsageException usage:
                    return usage;
                default:
                    return current;
            }
        }
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is { } inner)
        {
            current = inner;
        }
        return current;
    }
}
