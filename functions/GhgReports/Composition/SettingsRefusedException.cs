namespace GhgReports.Composition;

/// <summary>Settings refused at start, each failure naming its setting, the value and the rule.</summary>
public sealed class SettingsRefusedException(IReadOnlyList<string> failures) : Exception(string.Join(" ", failures))
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
