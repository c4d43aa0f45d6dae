using System.Text;

namespace GhgReports.Submissions;

/// <summary>One option of a dropdown: a stable key, and the labels officers see.</summary>
internal sealed record Choice(string Key, string Zh, string En)
{
    /// <summary>What the dropdown shows and the template writes.</summary>
    public string Display => Zh == En ? Key : $"{Zh} {En}";
}

/// <summary>A named dropdown list. A cell matches an option by its key, either label, or the display text.</summary>
internal sealed class ChoiceList
{
    private readonly Dictionary<string, Choice> _lookup = new(StringComparer.Ordinal);

    /// <summary>
    /// The spellings exactly as the template writes them, each to what its normalised form finds: nearly every cell
    /// holds one of them, and normalising (FormKC, case, spaces) every dropdown cell of a 50,000-row sheet is costly.
    /// </summary>
    private readonly Dictionary<string, Choice> _exact = new(StringComparer.Ordinal);

    public ChoiceList(string name, params Choice[] options)
    {
        Name = name;
        Options = options;
        foreach (var option in options)
        {
            foreach (var spelling in new[] { option.Key, option.Zh, option.En, option.Display })
            {
                _lookup.TryAdd(Normalise(spelling), option);
            }
        }
        foreach (var option in options)
        {
            foreach (var spelling in new[] { option.Key, option.Zh, option.En, option.Display })
            {
                _exact.TryAdd(spelling, _lookup[Normalise(spelling)]);
            }
        }
    }

    /// <summary>Used as the defined name of the list range in the template.</summary>
    public string Name { get; }

    public IReadOnlyList<Choice> Options { get; }

    public Choice this[string key] => Options.First(o => o.Key == key);

    public bool TryMatch(string text, out Choice choice) =>
        _exact.TryGetValue(text, out choice!) || _lookup.TryGetValue(Normalise(text), out choice!);

    public string Describe() => string.Join(", ", Options.Select(o => o.Display));

    private static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
