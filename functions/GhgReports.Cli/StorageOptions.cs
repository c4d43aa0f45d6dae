using System.ComponentModel;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>How commands that work on stored data reach the storage account.</summary>
public class StorageSettings : CommandSettings
{
    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Storage connection string. Default: the GhgStorage environment variable (e.g. the one `ghg run` prints).")]
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

    private string ConnectionString() =>
        Connection ?? Environment.GetEnvironmentVariable(StorageClients.ConnectionName)
        ?? throw new InvalidOperationException("No storage: pass --connection or set GhgStorage (`ghg run` prints one). / 未指定存储：请使用 --connection 或设置 GhgStorage。");
}
