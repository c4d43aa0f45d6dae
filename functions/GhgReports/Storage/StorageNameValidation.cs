using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GhgReports.Storage;

/// <summary>
/// Refuses at start a name Azure would refuse later, when a container, table or queue is first created: the message
/// names the setting, the value and the rule.
/// </summary>
internal sealed partial class StorageNameValidation : IValidateOptions<StorageNameOptions>
{
    /// <summary>The longest table name the prefix is put before ("…Verification").</summary>
    private static readonly int LongestTableSuffix = new StorageNames { TablePrefix = "" }.Tables.Max(t => t.Length);

    public ValidateOptionsResult Validate(string? name, StorageNameOptions options)
    {
        var failures = new List<string>();
        foreach (var (setting, value) in new[]
                 {
                     (nameof(options.UploadsContainer), options.UploadsContainer),
                     (nameof(options.ResultsContainer), options.ResultsContainer),
                     (nameof(options.ArchiveContainer), options.ArchiveContainer),
                     (nameof(options.EvidenceContainer), options.EvidenceContainer),
                     (nameof(options.ReportsContainer), options.ReportsContainer),
                     (nameof(options.BackupsContainer), options.BackupsContainer),
                     (nameof(options.NotificationsQueue), options.ToNames().NotificationsQueue),
                 })
        {
            if (!ContainerOrQueueName().IsMatch(value ?? ""))
            {
                failures.Add($"Setting '{setting}' is '{value}': a container or queue name has 3 to 63 lower-case letters, digits and single hyphens, and starts and ends with a letter or digit.");
            }
        }
        var maxPrefix = 63 - LongestTableSuffix;
        if (!TablePrefix().IsMatch(options.TablePrefix ?? "") || options.TablePrefix!.Length > maxPrefix)
        {
            failures.Add($"Setting 'TablePrefix' is '{options.TablePrefix}': it must start with a letter and have only letters and digits, at most {maxPrefix} of them (table names are at most 63 characters).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerOrQueueName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex TablePrefix();
}
