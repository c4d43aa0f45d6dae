using GhgReports.Cli.Local;
using GhgReports.Inventory.Factors;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GhgReports.Cli;

/// <summary>
/// The app's composition for commands that touch no storage (template, samples, validate): the same registrations and
/// settings as a local run, with no connection, since nothing here resolves a storage client.
/// </summary>
internal static class ReferenceCatalogs
{
    private static readonly Lazy<ServiceProvider> Default = new(() => WithoutStorage(Commands.ValidateCommand.DefaultGwpSet));

    /// <summary>The reference data shipped with this build, loaded once per process.</summary>
    public static IFactorCatalog Factors => Default.Value.GetRequiredService<IFactorCatalog>();

    public static IReadOnlyList<string> FactorIds => [.. Factors.All.Select(f => f.Id)];

    /// <summary>The composition with the GWP set a command was given.</summary>
    public static ServiceProvider WithoutStorage(string gwpSet) =>
        new ServiceCollection()
            .AddGhgReports(LocalSettings.For("", new StorageNames(), new Dictionary<string, string?> { ["GwpSet"] = gwpSet }))
            .BuildCheckedProvider();
}
