using GhgReports.Inventory.Factors;

namespace GhgReports.Cli;

/// <summary>The reference data shipped with this build, loaded once per process.</summary>
internal static class ReferenceCatalogs
{
    private static readonly Lazy<IFactorCatalog> LazyFactors = new(FactorCatalog.LoadEmbedded);

    public static IFactorCatalog Factors => LazyFactors.Value;

    public static IReadOnlyList<string> FactorIds => [.. Factors.All.Select(f => f.Id)];
}
