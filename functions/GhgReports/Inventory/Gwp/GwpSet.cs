using System.Collections.Frozen;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;

namespace GhgReports.Inventory.Gwp;

/// <summary>One gas's 100-year GWP in a set, with the other names officers use for it (R-134a for HFC-134a, ...).</summary>
public sealed record GwpValue(string Gas, decimal Gwp, IReadOnlyList<string> Aliases, string? Notes = null);

/// <summary>
/// A set of global warming potentials (AR4, AR5, AR6). There is deliberately no default set: ISO 14064-1 9.3.1 t) asks
/// for the GWPs used to be reported, so every conversion to CO2e names its set. "CH4" is total methane; fossil and
/// non-fossil methane are the separate gases "CH4-fossil" and "CH4-non-fossil".
/// </summary>
public sealed record GwpSet
{
    private readonly FrozenDictionary<string, GwpValue> byName;

    public GwpSet(string id, string version, Bilingual title, int horizonYears, FactorSource source, IEnumerable<GwpValue> values)
    {
        Id = id;
        Version = version;
        Title = title;
        HorizonYears = horizonYears;
        Source = source;
        Values = [.. values];
        // Gas names are matched case-insensitively because officers write "sf6" and "SF6" alike; the catalog
        // rejects sets whose names or aliases collide under that rule.
        byName = Values
            .SelectMany(v => v.Aliases.Prepend(v.Gas).Select(name => KeyValuePair.Create(name, v)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"AR4", "AR5" or "AR6".</summary>
    public string Id { get; }
    public string Version { get; }
    public Bilingual Title { get; }
    public int HorizonYears { get; }
    public FactorSource Source { get; }
    public IReadOnlyList<GwpValue> Values { get; }

    public bool TryGet(string gas, out decimal gwp)
    {
        if (byName.TryGetValue(gas, out var value))
        {
            gwp = value.Gwp;
            return true;
        }
        gwp = 0m;
        return false;
    }

    /// <summary>The entry for a gas or one of its aliases, with its notes (e.g. "[unverified here]").</summary>
    public GwpValue? Find(string gas) => byName.GetValueOrDefault(gas);

    public override string ToString() => $"{Id} ({Version})";
}
