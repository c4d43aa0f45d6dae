using System.Reflection;

namespace GhgReports.Reporting;

/// <summary>The documents' generator: the library's informational version ("0.1.0+commit"). Same code, same string.</summary>
internal static class GeneratorVersion
{
    public static string Current { get; } =
        typeof(GeneratorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GeneratorVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
