using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GhgReports.Inventory.Reference;

namespace GhgReports.Inventory.Gwp;

/// <summary>The GWP sets built from ReferenceData/gwp. Immutable; loading validates and throws on bad data.</summary>
public sealed class GwpCatalog
{
    private const string Folder = "gwp";

    private GwpCatalog(IReadOnlyList<GwpSet> sets)
    {
        All = sets;
        Version = string.Join(";", sets.Select(s => $"{s.Id}@{s.Version}"));
    }

    /// <summary>Set ids and versions ordered by id, e.g. "AR4@2026.1;AR5@2026.1;AR6@2026.1".</summary>
    public string Version { get; }

    public IReadOnlyList<GwpSet> All { get; }

    public bool TryGet(string id, [MaybeNullWhen(false)] out GwpSet set)
    {
        set = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
        return set is not null;
    }

    public GwpSet Get(string id) =>
        TryGet(id, out var set) ? set : throw new KeyNotFoundException($"No GWP set '{id}' in catalog {Version}.");

    public static GwpCatalog LoadEmbedded() => EmbeddedReferenceData.Load(Folder, Load);

    /// <summary>Loads GWP files given as (name used in messages, JSON stream). Streams are read, not disposed.</summary>
    public static GwpCatalog Load(IEnumerable<(string Name, Stream Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sets = new List<GwpSet>();
        foreach (var (name, json) in files)
        {
            var set = ReadSet(name, ReferenceDataReader.Parse(name, json, ReferenceDataJsonContext.Default.GwpSetDocument));
            if (sets.Exists(s => string.Equals(s.Id, set.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ReferenceDataException(name, null, $"GWP set id '{set.Id}' is defined twice.");
            }
            sets.Add(set);
        }
        sets.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new GwpCatalog(sets);
    }

    private static GwpSet ReadSet(string file, GwpSetDocument document)
    {
        var id = ReferenceDataReader.Required(document.SetId, file, null, "setId");
        var version = ReferenceDataReader.Required(document.SetVersion, file, null, "setVersion");
        var title = ReferenceDataReader.Bilingual(document.Title, file, null, "title");
        var horizon = document.HorizonYears ?? throw new ReferenceDataException(file, null, "'horizonYears' is missing.");
        var source = ReferenceDataReader.Source(document.Source, file, null, "source");
        if (document.Gases is null or { Count: 0 })
        {
            throw new ReferenceDataException(file, null, "'gases' is missing or empty.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new List<GwpValue>();
        foreach (var entry in document.Gases)
        {
            var gas = ReferenceDataReader.Required(entry.Gas, file, null, "gases[].gas");
            var gwp = entry.Gwp ?? throw new ReferenceDataException(file, gas, "'gwp' is missing.");
            if (gwp < 0)
            {
                throw new ReferenceDataException(file, gas, string.Create(CultureInfo.InvariantCulture, $"negative GWP {gwp}."));
            }
            var aliases = entry.Aliases ?? [];
            foreach (var name in aliases.Prepend(gas))
            {
                if (string.IsNullOrWhiteSpace(name) || !names.Add(name))
                {
                    throw new ReferenceDataException(file, gas, $"gas name or alias '{name}' is empty or used twice.");
                }
            }
            values.Add(new GwpValue(gas, gwp, [.. aliases], entry.Notes));
        }
        // CO2 is the reference gas by definition; any other value means the file is not a GWP set.
        if (!values.Exists(v => v.Gas == "CO2" && v.Gwp == 1m))
        {
            throw new ReferenceDataException(file, "CO2", "a GWP set must give CO2 the value 1.");
        }
        return new GwpSet(id, version, title, horizon, source, values);
    }
}
