using System.Text.RegularExpressions;

namespace GhgReports.Submissions;

/// <summary>
/// A subsidiary code: upper-case letters, digits and hyphens, at most 32 characters. It names an upload folder and a
/// table partition, so it must be safe in both.
/// </summary>
public static partial class SubsidiaryCode
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,31}$")]
    private static partial Regex Pattern();
}
