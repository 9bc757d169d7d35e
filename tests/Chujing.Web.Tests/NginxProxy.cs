using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Chujing.TestSupport;

namespace Chujing.Web.Tests;

/// <summary>
/// nginx in the foreground (<c>nginx -p DIR -c conf -g 'daemon off;'</c>) on a loopback port with TLS, running the
/// deployment guide's configuration, <c>deploy/nginx/chujing.conf</c>, with only the node ports, the listen address
/// and the certificate paths replaced. The certificate is self-signed for <see cref="ServerName"/>, made here.
/// </summary>
internal sealed partial class NginxProxy : IDisposable
{
    /// <summary>The <c>server_name</c> of the shipped configuration, the site a browser would call.</summary>
    public const string ServerName = "chujing.example.gov.cn";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int port, X509Certificate2 certificate)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    /// <summary>The address clients call: <c>https://127.0.0.1:port/</c> (send <c>Host: </c><see cref="ServerName"/>).</summary>
    public Uri Address => new($"https://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>nginx's certificate, for clients to trust (and nothing else).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Starts nginx in front of <paramref name="nodes"/> and waits until it accepts connections.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> nodes)
    {
        var folder = Directory.CreateTempSubdirectory("chujing-nginx-").FullName;
        var certificate = SelfSigned();
        var certFile = Path.Combine(folder, "cert.pem");
        var keyFile = Path.Combine(folder, "key.pem");
        await File.WriteAllTextAsync(certFile, certificate.ExportCertificatePem());
        using (var key = certificate.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        }

        var port = LoopbackPort.Free();
        var site = Configure(await File.ReadAllTextAsync(RepositoryPaths.Of("deploy", "nginx", "chujing.conf")), nodes, port, certFile, keyFile);
        await File.WriteAllTextAsync(Path.Combine(folder, "chujing.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                log_format upstreams '$upstream_addr $status "$request"';
                access_log {{folder}}/access.log upstreams;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/chujing.conf;
            }
            """);

        var start = new ProcessStartInfo(FindNginx()) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, folder, port, certificate);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var log = await process.StandardError.ReadToEndAsync() + ReadLog(folder);
                proxy.Dispose();
                throw new InvalidOperationException("nginx exited: " + log);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return proxy;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The shipped site configuration with the test's node ports, listen address and certificate files; every replacement must find its line.</summary>
    public static string Configure(string template, IReadOnlyList<Uri> nodes, int port, string certFile, string keyFile)
    {
        var servers = UpstreamServer().Matches(template);
        Assert.True(servers.Count > 0, "deploy/nginx/chujing.conf: no 'server 127.0.0.1:PORT …;' line in its upstream");
        var options = servers[0].Groups["options"].Value;
        var upstream = string.Join('\n', nodes.Select(n => $"    server 127.0.0.1:{n.Port.ToString(CultureInfo.InvariantCulture)}{options};"));
        var site = template[..servers[0].Index] + upstream + template[(servers[^1].Index + servers[^1].Length)..];
        site = Replace(site, "listen 443 ssl;", $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} ssl;");
        site = Replace(site, "ssl_certificate /etc/chujing/tls/fullchain.pem;", $"ssl_certificate {certFile};");
        return Replace(site, "ssl_certificate_key /etc/chujing/tls/privkey.pem;", $"ssl_certificate_key {keyFile};");
    }

    /// <summary>The access log's lines so far: <c>upstream-address status "request line"</c>, one per request.</summary>
    public string[] AccessLog() => File.ReadAllLines(Path.Combine(_folder, "access.log"));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: nginx's fast shutdown, which also ends its worker (SIGKILL would leave the worker running).
            using var stop = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!;
            stop.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Replace(string text, string line, string with)
    {
        Assert.True(text.Contains(line, StringComparison.Ordinal), $"deploy/nginx/chujing.conf: no line '{line}'");
        return text.Replace(line, with, StringComparison.Ordinal);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + ServerName, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(ServerName);
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }

    private static string FindNginx() =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx not found; run scripts/test.sh, which installs it.");

    private static string ReadLog(string folder)
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }

    [GeneratedRegex(@"^    server 127\.0\.0\.1:[0-9]+(?<options>[^;\n]*);$", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();
}
