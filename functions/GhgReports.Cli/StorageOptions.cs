using System.ComponentModel;
using GhgReports.Localization;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>How commands that work on stored data reach the storage account.</summary>
internal class StorageSettings : CommandSettings
{
    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Storage connection string. Default: the GhgStorage environment variable (`ghg run` prints it and writes it to .azurite/connection).")]
    public string? Connection { get; init; }

    [CommandOption("--table-prefix <PREFIX>")]
    [Description("Table name prefix. Default: Ghg")]
    public string TablePrefix { get; init; } = "Ghg";

    /// <summary>
    /// The application's services over this storage, registered exactly as the hosts register them, with every setting
    /// checked as a host checks them at start; <paramref name="settings"/> are a command's own (a container, a webhook).
    /// </summary>
    public ServiceProvider Services(IDictionary<string, string?>? settings = null) => ServicesOver(ConnectionString(), settings);

    /// <summary>The same composition over another account, e.g. the one a backup is restored from.</summary>
    public ServiceProvider ServicesOver(string connection, IDictionary<string, string?>? settings = null) =>
        new ServiceCollection()
            .AddGhgReports(Local.LocalSettings.For(Checked(connection), new StorageNames { TablePrefix = TablePrefix }, settings))
            .BuildCheckedProvider();

    /// <summary>
    /// The connection string, refused here if the SDK cannot parse it: the clients are otherwise built deep inside a
    /// command, where a malformed string would surface as an exception from the middle of the work.
    /// </summary>
    private string ConnectionString() => Connection ?? Environment.GetEnvironmentVariable(StorageClients.ConnectionName) ?? "";

    private static string Checked(string connection)
    {
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
