namespace GhgReports.Access;

/// <summary>The roles the web page and its HTTP functions know. A caller may hold several.</summary>
public static class Roles
{
    /// <summary>A subsidiary's data officer: uploads and follows the workbooks of their own subsidiary.</summary>
    public const string Officer = "officer";
    /// <summary>Group management: reads the reduction plans.</summary>
    public const string Management = "management";
    /// <summary>Compliance staff: every ISO 14064-1 pack, every subsidiary's submissions.</summary>
    public const string Compliance = "compliance";
    /// <summary>A third-party verifier: the packs of the subsidiaries and years shared with them only.</summary>
    public const string Verifier = "verifier";
    /// <summary>Group HQ: plans and every subsidiary's submissions.</summary>
    public const string Hq = "hq";

    public static IReadOnlyList<string> All { get; } = [Officer, Management, Compliance, Verifier, Hq];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>
/// Who is calling: from App Service authentication claims in Azure, from a development sign-in token locally.
/// <see cref="SubsidiaryCodes"/> are an officer's own subsidiary (or a verifier's shared ones); <see cref="SharedYears"/>
/// the reporting years shared with a verifier.
/// </summary>
public sealed record Caller(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> SubsidiaryCodes, IReadOnlyList<int> SharedYears)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool HasSubsidiary(string code) => SubsidiaryCodes.Contains(code, StringComparer.Ordinal);
}
