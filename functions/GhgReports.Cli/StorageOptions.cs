using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>How commands that work on stored data reach the storage account.</summary>
public class StorageSettings : CommandSettings
{
    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Storage connection string. Default: the GhgStorage environment variable (`ghg run` prints it and writes it to .azurite/connection).")]
    public string? Connection { get; init; }

    [CommandOption("--table-prefix <PREFIX>")]
    [Description("Table name prefix. Default: Ghg")]
    public string TablePrefix { get; init; } = "Ghg";

    public GhgStorage Open()
    {
        var (blobs, tables, queues) = StorageClients.FromConnectionString(ConnectionString());
        return new GhgStorage(blobs, tables, queues, new StorageNames { TablePrefix = TablePrefix });
    }

    /// <summary>The application's services over this storage, registered exactly as the hosts register them.</summary>
    public ServiceProvider Services() =>
        new ServiceCollection().AddGhgReports(Local.LocalSettings.For(ConnectionString(), new StorageNames { TablePrefix = TablePrefix })).BuildServiceProvider();

    /// <summary>
    /// The connection string, refused here if the SDK cannot parse it: the clients are otherwise built deep inside a
    /// command, where a malformed string would surface as an exception from the middle of the work.
    /// </summary>
    private string ConnectionString()
    {
        var connection = Connection ?? Environment.GetEnvironmentVariable(StorageClients.ConnectionName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new UsageException(CliTexts.NoConnection);
        }
        try
        {
            StorageClients.FromConnectionString(connection);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            throw new UsageException(CliTexts.BadConnectionString.Format(ex.Message));
        }
        return connection;
    }
}
