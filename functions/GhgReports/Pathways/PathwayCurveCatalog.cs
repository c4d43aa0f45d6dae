using System.Collections.Frozen;
using System.Globalization;
using GhgReports.Submissions;
using GhgReports.Inventory.Reference;

namespace GhgReports.Pathways;

/// <summary>
/// The stage-curve sets under ReferenceData/pathways. Immutable; loading validates every curve and stage and throws
/// <see cref="ReferenceDataException"/> naming the file and the curve or stage, because bad curves are a bug in what
/// we ship. Which set a plan uses is an explicit choice, recorded with the pathway.
/// </summary>
internal sealed class PathwayCurveCatalog
{
    private const string Folder = "pathways";

    private PathwayCurveCatalog(IReadOnlyList<PathwayCurveSet> sets)
    {
        All = sets;
        Version = string.Join(";", sets.Select(s => $"{s.Id}@{s.Version}"));
    }

    /// <summary>Set ids and versions ordered by id, e.g. "seed-fitted@2026.1".</summary>
    public string Version { get; }

    public IReadOnlyList<PathwayCurveSet> All { get; }

    public PathwayCurveSet Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"No pathway curve set '{id}' in catalog {Version}.");

    public static PathwayCurveCatalog LoadEmbedded() => EmbeddedReferenceData.Load(Folder, Load);

    /// <summary>Loads curve files given as (name used in messages, JSON stream). Streams are read, not disposed.</summary>
    public static PathwayCurveCatalog Load(IEnumerable<(string Name, Stream Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sets = new List<PathwayCurveSet>();
        foreach (var (name, json) in files)
        {
            var set = ReadSet(name, ReferenceDataReader.Parse(name, json, ReferenceDataJsonContext.Default.PathwayCurveSetDocument));
            if (sets.Find(s => s.Id == set.Id) is { } other)
            {
                throw new ReferenceDataException(name, null, $"set id '{set.Id}' is also used by '{other.File}'.");
            }
            sets.Add(set);
        }
        sets.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new PathwayCurveCatalog(sets);
    }

    private static PathwayCurveSet ReadSet(string file, PathwayCurveSetDocument document)
    {
        var id = ReferenceDataReader.Required(document.SetId, file, null, "setId");
        var version = ReferenceDataReader.Required(document.SetVersion, file, null, "setVersion");
        var title = ReferenceDataReader.Bilingual(document.Title, file, null, "title");
        var provenance = ReferenceDataReader.Bilingual(document.Provenance, file, null, "provenance");
        var source = ReferenceDataReader.Source(document.Source, file, null, "source");
        // Explicit on purpose: a set of real ASI values must say so rather than inherit "not provisional" by omission.
        var provisional = document.Provisional ?? throw new ReferenceDataException(file, null, "'provisional' is missing.");

        if (document.Curves is null or { Count: 0 })
        {
            throw new ReferenceDataException(file, null, "'curves' is missing or empty.");
        }
        var curves = new Dictionary<string, StageCurve>(StringComparer.Ordinal);
        foreach (var entry in document.Curves)
        {
            var curve = ReadCurve(file, entry);
            if (!curves.TryAdd(curve.Id, curve))
            {
                throw new ReferenceDataException(file, curve.Id, "duplicate curve id.");
            }
        }

        if (document.Stages is null or { Count: 0 })
        {
            throw new ReferenceDataException(file, null, "'stages' is missing or empty.");
        }
        var stages = new Dictionary<string, StageCurves>(StringComparer.Ordinal);
        foreach (var entry in document.Stages)
        {
            var stage = ReferenceDataReader.Required(entry.Stage, file, null, "stages[].stage");
            var entryId = $"stage '{stage}'";
            if (!ChoiceLists.ProductionStage.Options.Any(c => c.Key == stage))
            {
                throw new ReferenceDataException(file, entryId, "not a production stage of the workbook's stage list.");
            }
            var stageCurves = new StageCurves(stage,
                Assigned(file, entryId, curves, entry.Process, "process", PathwayKind.Process),
                Assigned(file, entryId, curves, entry.PurchasedAluminium, "purchasedAluminium", PathwayKind.PurchasedAluminium));
            if (!stages.TryAdd(stage, stageCurves))
            {
                throw new ReferenceDataException(file, entryId, "the stage is listed twice.");
            }
        }

        return new PathwayCurveSet
        {
            Id = id,
            Version = version,
            Title = title,
            Provisional = provisional,
            Provenance = provenance,
            Source = source,
            File = file,
            Stages = stages.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    private static StageCurve Assigned(string file, string entryId, Dictionary<string, StageCurve> curves, string? curveId, string field, PathwayKind kind)
    {
        var id = ReferenceDataReader.Required(curveId, file, entryId, field);
        if (!curves.TryGetValue(id, out var curve))
        {
            throw new ReferenceDataException(file, entryId, $"'{field}' names curve '{id}', which is not in 'curves'.");
        }
        if (curve.Kind != kind)
        {
            throw new ReferenceDataException(file, entryId, $"'{field}' names curve '{id}', which is a {curve.Kind.Key()} curve.");
        }
        return curve;
    }

    private static StageCurve ReadCurve(string file, StageCurveDocument entry)
    {
        var id = ReferenceDataReader.Required(entry.Id, file, null, "curves[].id");
        ReferenceDataException Bad(string problem) => new(file, $"curve '{id}'", problem);

        if (!PathwayKinds.TryParse(entry.Pathway, out var kind))
        {
            throw Bad($"'pathway' must be '{PathwayKinds.ProcessKey}' or '{PathwayKinds.PurchasedAluminiumKey}', not '{entry.Pathway}'.");
        }
        var unit = ReferenceDataReader.Required(entry.Unit, file, $"curve '{id}'", "unit");
        var baseYear = entry.BaseYear ?? throw Bad("'baseYear' is missing.");
        var convergenceYear = entry.ConvergenceYear ?? throw Bad("'convergenceYear' is missing.");
        if (convergenceYear <= baseYear)
        {
            throw Bad(string.Create(CultureInfo.InvariantCulture, $"convergenceYear {convergenceYear} is not after baseYear {baseYear}."));
        }
        var convergence = entry.ConvergenceIntensity ?? throw Bad("'convergenceIntensity' is missing.");
        if (convergence < 0)
        {
            throw Bad("'convergenceIntensity' is negative.");
        }
        if (entry.Points is null or { Count: 0 })
        {
            throw Bad("'points' is missing or empty.");
        }

        var points = new List<CurvePoint>(entry.Points.Count);
        var previous = new CurvePoint(baseYear, 1m);
        foreach (var p in entry.Points)
        {
            var year = p.Year ?? throw Bad("a point has no 'year'.");
            var value = p.P ?? throw Bad(string.Create(CultureInfo.InvariantCulture, $"the point for {year} has no 'p'."));
            if (year <= previous.Year || year > convergenceYear)
            {
                throw Bad(string.Create(CultureInfo.InvariantCulture,
                    $"point years must rise strictly from baseYear {baseYear} to convergenceYear {convergenceYear}; {year} follows {previous.Year}."));
            }
            // p is the remaining share of the base-year gap: it cannot leave [0, 1], and a rise would let a target
            // climb back up. Either means a typo in the file, so refuse it rather than print a wrong pathway.
            if (value is < 0m or > 1m || value > previous.P)
            {
                throw Bad(string.Create(CultureInfo.InvariantCulture,
                    $"p {value} for {year} must be within [0, 1] and not above p {previous.P} for {previous.Year}."));
            }
            previous = new CurvePoint(year, value);
            points.Add(previous);
        }
        if (previous.Year != convergenceYear || previous.P != 0m)
        {
            throw Bad(string.Create(CultureInfo.InvariantCulture, $"the last point must be p = 0 in convergenceYear {convergenceYear}."));
        }

        return new StageCurve
        {
            Id = id,
            Kind = kind,
            Unit = unit,
            BaseYear = baseYear,
            ConvergenceYear = convergenceYear,
            ConvergenceIntensity = convergence,
            Points = points,
            Derivation = entry.Derivation,
        };
    }
}
