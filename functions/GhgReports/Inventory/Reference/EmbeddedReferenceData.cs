using System.Reflection;

namespace GhgReports.Inventory.Reference;

/// <summary>The JSON files under ReferenceData/ that the project embeds as resources.</summary>
internal static class EmbeddedReferenceData
{
    internal const string ResourcePrefix = "GhgReports.ReferenceData.";

    private static Assembly Assembly => typeof(EmbeddedReferenceData).Assembly;

    /// <summary>
    /// Files in <paramref name="folder"/> ("factors", "gwp") as (relative path with '/', resource name), ordered by path.
    /// The project's LogicalName uses %(RecursiveDir), which keeps the build machine's separator, so a resource is
    /// "GhgReports.ReferenceData.factors/cn-grid.json" on Linux and "...factors\cn-grid.json" on Windows; both are read here.
    /// </summary>
    public static IReadOnlyList<(string Path, string ResourceName)> List(string folder) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => (Path: n[ResourcePrefix.Length..].Replace('\\', '/'), ResourceName: n))
            .Where(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Opens every file of <paramref name="folder"/>, hands them to <paramref name="load"/> and disposes them after.</summary>
    public static T Load<T>(string folder, Func<IEnumerable<(string Name, Stream Json)>, T> load)
    {
        var files = List(folder);
        if (files.Count == 0)
        {
            throw new ReferenceDataException(folder, null, "no embedded JSON files found; check the EmbeddedResource item in GhgReports.csproj.");
        }
        var streams = new List<(string Name, Stream Json)>(files.Count);
        try
        {
            foreach (var (path, resource) in files)
            {
                var stream = Assembly.GetManifestResourceStream(resource)
                    ?? throw new ReferenceDataException(path, null, $"resource '{resource}' is listed but cannot be opened.");
                streams.Add((path, stream));
            }
            return load(streams);
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                stream.Dispose();
            }
        }
    }
}
