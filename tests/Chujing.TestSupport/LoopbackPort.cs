using System.Net;
using System.Net.Sockets;

namespace Chujing.TestSupport;

/// <summary>Free TCP ports on 127.0.0.1 for the servers the tests start (PostgreSQL, nginx).</summary>
public static class LoopbackPort
{
    /// <summary>A port no one listens on now (the system's choice of an ephemeral port).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
