using System.Reflection;
using GhgReports.Access;
using GhgReports.Reporting;
using GhgReports.Storage;

namespace GhgReports.Composition;

/// <summary>
/// Every setting the app's own code reads, as the options types that bind them: a property with a public setter is a
/// setting of the same name. The settings-coverage test holds infra and local settings to this list, so a setting
/// added to an options type without a definition where the app runs fails a test rather than a deployment.
/// </summary>
internal static class AppSettings
{
    /// <summary>Options bound from the top level of configuration.</summary>
    public static IReadOnlyList<Type> OptionTypes { get; } =
        [typeof(GhgOptions), typeof(StorageNameOptions), typeof(NotificationOptions), typeof(SignInOptions)];

    public static IReadOnlyList<string> Names { get; } = [.. OptionTypes.SelectMany(SettingsOf)];

    private static IEnumerable<string> SettingsOf(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name);
}
