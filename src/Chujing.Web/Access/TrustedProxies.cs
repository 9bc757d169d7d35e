using System.Net;
using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Chujing.Web.Access;

/// <summary>
/// Reverse proxies whose <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> a node believes: behind nginx that
/// terminates TLS, a request then has the scheme and client address the browser used, so the cross-site check
/// compares the browser's <c>Origin</c> (<c>https://…</c>) with what it really called, and the audit log records the
/// client, not the proxy. Headers from any other address are ignored. By default only loopback is trusted (nginx on
/// the same machine); <see cref="EnvironmentVariable"/> names others.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Comma-separated addresses or networks (CIDR) of the proxies in front of <c>chujing serve</c>.</summary>
    public const string EnvironmentVariable = "CHUJING_TRUSTED_PROXIES";

    /// <summary>The most proxies or networks one configuration may name.</summary>
    public const int MaxEntries = 64;

    /// <summary>Loopback, IPv4 and IPv6.</summary>
    public static IReadOnlyList<IPNetwork> Loopback { get; } = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    /// <summary>The networks named by <paramref name="text"/> (addresses count as one-address networks); loopback when empty.</summary>
    public static Result<IReadOnlyList<IPNetwork>> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<IReadOnlyList<IPNetwork>>.Success(Loopback);
        }

        var entries = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length > MaxEntries)
        {
            return Result<IReadOnlyList<IPNetwork>>.Failure(Diagnostic.ForField(null, EnvironmentVariable, $"names {entries.Length} proxies; at most {MaxEntries}"));
        }

        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                return Result<IReadOnlyList<IPNetwork>>.Failure(Diagnostic.ForField(null, EnvironmentVariable, $"'{entry}' is neither an IP address nor a network such as 10.0.0.0/8"));
            }
        }

        return Result<IReadOnlyList<IPNetwork>>.Success(networks);
    }

    /// <summary>Applies forwarded headers from <paramref name="proxies"/>; must run before anything reads the scheme or client address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IReadOnlyList<IPNetwork> proxies)
    {
        ArgumentNullException.ThrowIfNull(proxies);
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in proxies)
        {
            options.KnownIPNetworks.Add(network);
        }

        return app.UseForwardedHeaders(options);
    }
}
