using GhgReports.Storage;
using Microsoft.Extensions.Configuration;

namespace GhgReports.Cli.Local;

/// <summary>The settings a local run needs: the same names as the Functions app's (local.settings.sample.json).</summary>
internal static class LocalSettings
{
    public static IConfiguration For(string connectionString, StorageNames names, IDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            [StorageClients.ConnectionName] = connectionString,
            ["UploadsContainer"] = names.Uploads,
            ["ResultsContainer"] = names.Results,
            ["ArchiveContainer"] = names.Archive,
            ["EvidenceContainer"] = names.Evidence,
            ["ReportsContainer"] = names.Reports,
            ["BackupsContainer"] = names.Backups,
            ["TablePrefix"] = names.TablePrefix,
            ["NotificationsQueue"] = names.NotificationsQueue,
            ["GwpSet"] = "AR5",
            ["PlanSchedule"] = "0 0 6 15 1 *",
            ["PackSchedule"] = "0 0 7 15 1 *",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).AddEnvironmentVariables("GHG_").Build();
    }
}
