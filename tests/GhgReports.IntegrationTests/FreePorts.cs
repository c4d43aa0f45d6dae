using System.Net;
using System.Net.Sockets;
using GhgReports.Cli.Local;

namespace GhgReports.IntegrationTests;

/// <summary>Ports nothing listens on yet, for an emulator started (or deliberately not started) by a test.</summary>
internal static class FreePorts
{
    public static int One()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static AzuritePorts ForAzurite() => new(One(), One(), One());
}
