using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GhgReports.Inventory.Reference;
using GhgReports.Inventory.Units;
using GhgReports.Localization;

namespace GhgReports.Inventory.Factors;

/// <summary>A factor set as loaded: the unit of versioning, recorded with every calculation through <see cref="FactorCatalog.Version"/>.</summary>
public sealed record FactorSetInfo(string Id, string Version, Bilingual Title, string File, IReadOnlyList<FactorSource> Sources);

/// <summary>
/// The factor library built from the versioned JSON under ReferenceData/factors. Immutable once loaded; meant to be
/// loaded once and injected. Loading validates everything and throws <see cref="ReferenceDataException"/> on the first
/// bad entry, because bad reference data is a bug in what we ship, not a user's mistake.
/// </summary>
public sealed class FactorCatalog : IFactorCatalog
{
    private const string Folder = "factors";

    /// <summary>
    /// A stored value may be rounded from its parameters to four significant figures (at most 0.05 % off); anything
    /// further apart is a typo in either the value or a parameter.
    /// </summary>
    private const decimal DerivationTolerance = 0.0005m;

    private readonly FrozenDictionary<string, EmissionFactor> byId;

    private FactorCatalog(IReadOnlyList<FactorSetInfo> sets, IReadOnlyList<EmissionFactor> factors)
    {
        Sets = sets;
        All = factors;
        byId = factors.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        Version = string.Join(";", sets.Select(s => $"{s.Id}@{s.Version}"));
    }

    /// <summary>Set ids and versions, ordered by set id, e.g. "cn-fuel@2026.1;cn-grid@2026.1;ipcc2006@2026.1".</summary>
    public string Version { get; }

    public IReadOnlyList<FactorSetInfo> Sets { get; }

    public IReadOnlyList<EmissionFactor> All { get; }

    public bool TryGet(string id, [MaybeNullWhen(false)] out EmissionFactor factor) => byId.TryGetValue(id, out factor);

    /// <summary>For callers that hold an id from configuration or a stored line: a missing id there is a bug.</summary>
    public EmissionFactor Get(string id) =>
        TryGet(id, out var factor) ? factor : throw new KeyNotFoundException($"No emission factor '{id}' in catalog {Version}.");

    /// <summary>Loads the factor files embedded in this assembly.</summary>
    public static FactorCatalog LoadEmbedded() => EmbeddedReferenceData.Load(Folder, Load);

    /// <summary>Loads factor files given as (name used in messages, JSON stream). Streams are read, not disposed.</summary>
    public static FactorCatalog Load(IEnumerable<(string Name, Stream Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sets = new List<FactorSetInfo>();
        var factors = new List<EmissionFactor>();
        var fileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in files)
        {
            var document = ReferenceDataReader.Parse(name, json, ReferenceDataJsonContext.Default.FactorSetDocument);
            var set = ReadSet(name, document);
            if (sets.Find(s => s.Id == set.Id) is { } other)
            {
                throw new ReferenceDataException(name, null, $"set id '{set.Id}' is also used by '{other.File}'.");
            }
            sets.Add(set);
            foreach (var entry in document.Factors ?? throw new ReferenceDataException(name, null, "'factors' is missing."))
            {
                var factor = ReadFactor(name, set, document, entry);
                if (!fileOfId.TryAdd(factor.Id, name))
                {
                    throw new ReferenceDataException(name, factor.Id, $"duplicate factor id (first defined in '{fileOfId[factor.Id]}').");
                }
                factors.Add(factor);
            }
        }
        sets.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FactorCatalog(sets, factors);
    }

    private static FactorSetInfo ReadSet(string file, FactorSetDocument document)
    {
        var id = ReferenceDataReader.Required(document.SetId, file, null, "setId");
        var version = ReferenceDataReader.Required(document.SetVersion, file, null, "setVersion");
        var title = ReferenceDataReader.Bilingual(document.Title, file, null, "title");
        if (document.Sources is null or { Count: 0 })
        {
            throw new ReferenceDataException(file, null, "'sources' is missing or empty.");
        }
        var sources = document.Sources
            .Select(s => ReferenceDataReader.Source(s.Value, file, null, $"sources.{s.Key}"))
            .ToList();
        return new FactorSetInfo(id, version, title, file, sources);
    }

    private static EmissionFactor ReadFactor(string file, FactorSetInfo set, FactorSetDocument document, FactorDocument entry)
    {
        var id = ReferenceDataReader.Required(entry.Id, file, null, "factors[].id");
        // Ids are path-like under their set, so an id alone tells which set (and file) a stored line came from.
        if (!id.StartsWith(set.Id + "/", StringComparison.Ordinal))
        {
            throw new ReferenceDataException(file, id, $"id must start with the set id '{set.Id}/'.");
        }
        ReferenceDataException Bad(string problem) => new(file, id, problem);

        var unitText = ReferenceDataReader.Required(entry.ActivityUnit, file, id, "activityUnit");
        if (!UnitParser.TryParse(unitText, out var unit))
        {
            throw Bad($"unknown activityUnit '{unitText}'.");
        }

        if (entry.Gases is null or { Count: 0 })
        {
            throw Bad("'gases' is missing or empty.");
        }
        foreach (var (gas, value) in entry.Gases)
        {
            if (string.IsNullOrWhiteSpace(gas))
            {
                throw Bad("a gas name is empty.");
            }
            if (value < 0)
            {
                throw Bad(string.Create(CultureInfo.InvariantCulture, $"negative value {value} for gas '{gas}'."));
            }
        }
        var co2eOnly = entry.Gases.ContainsKey("CO2e");
        if (co2eOnly && entry.Gases.Count > 1)
        {
            throw Bad("'CO2e' cannot be combined with per-gas values: the gases would be counted twice.");
        }
        if (co2eOnly != entry.Co2eGwpBasis is not null)
        {
            throw Bad("a CO2e-only factor needs 'co2eGwpBasis', and only a CO2e-only factor may have one.");
        }

        var validFrom = entry.ValidFrom ?? throw Bad("'validFrom' is missing.");
        if (entry.ValidTo is { } validTo && validTo < validFrom)
        {
            throw Bad(string.Create(CultureInfo.InvariantCulture, $"validFrom {validFrom} is after validTo {validTo}."));
        }
        if (entry.DensityTonnesPerCubicMetre is <= 0)
        {
            throw Bad("'densityTonnesPerCubicMetre' must be positive.");
        }

        var sourceKey = ReferenceDataReader.Required(entry.Source, file, id, "source");
        if (document.Sources is null || !document.Sources.TryGetValue(sourceKey, out var sourceDocument))
        {
            throw Bad($"source '{sourceKey}' is not defined in 'sources'.");
        }

        return new EmissionFactor
        {
            Id = id,
            SetId = set.Id,
            SetVersion = set.Version,
            Description = ReferenceDataReader.Bilingual(entry.Description, file, id, "description"),
            Kind = ReferenceDataReader.Required(entry.Kind, file, id, "kind"),
            ActivityUnit = unit,
            TonnesPerUnit = entry.Gases.ToFrozenDictionary(StringComparer.Ordinal),
            Co2eGwpBasis = entry.Co2eGwpBasis,
            DensityTonnesPerCubicMetre = entry.DensityTonnesPerCubicMetre,
            Region = entry.Region,
            ValidFrom = validFrom,
            ValidTo = entry.ValidTo,
            Source = ReferenceDataReader.Source(sourceDocument, file, id, $"sources.{sourceKey}"),
            Combustion = ReadCombustion(entry, Bad),
            Derivation = entry.Derivation,
            Notes = entry.Notes,
        };
    }

    private static CombustionParameters? ReadCombustion(FactorDocument entry, Func<string, ReferenceDataException> bad)
    {
        if (entry.Combustion is not { } c)
        {
            return null;
        }
        if (c.NetCalorificValueGJPerUnit is not > 0 || c.CarbonContentTonnesCarbonPerTJ is not > 0 || c.OxidationFraction is not (> 0 and <= 1))
        {
            throw bad("'combustion' needs a positive NCV and carbon content and an oxidation fraction in (0, 1].");
        }
        var parameters = new CombustionParameters(c.NetCalorificValueGJPerUnit.Value, c.CarbonContentTonnesCarbonPerTJ.Value, c.OxidationFraction.Value);
        if (entry.Gases is null || !entry.Gases.TryGetValue("CO2", out var stored))
        {
            throw bad("'combustion' is given but there is no CO2 value to check it against.");
        }
        var computed = parameters.TonnesCo2PerUnit;
        if (Math.Abs(computed - stored) > DerivationTolerance * computed)
        {
            throw bad(string.Create(CultureInfo.InvariantCulture, $"CO2 value {stored} does not match NCV x CC x OF x 44/12 = {computed:0.######}."));
        }
        return parameters;
    }
}
