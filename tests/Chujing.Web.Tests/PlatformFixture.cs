using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Web.Tests;

/// <summary>
/// The platform with demo data on a real Kestrel loopback port, as <c>chujing serve --demo</c> runs it. The clock is
/// fixed at 2026-06-01 (Beijing afternoon), so dates in assertions never depend on when the tests run.
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chujing-data-").FullName;

    /// <summary>The platform's data folder (ledgers and their keys).</summary>
    public string DataDirectory => _dataDirectory;
    private WebApplication? _app;

    public static DateTimeOffset Now { get; } = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public abstract string ProviderName { get; }

    /// <summary>The SMTP server the platform e-mails its notifications to (a real one, in this process).</summary>
    public Notifications.InProcessSmtpServer Mail { get; } = new();

    /// <summary>The running application's services (for arranging what the API cannot, e.g. an extra account).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var options = new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = await CreateDatabaseAsync(),
            Demo = true,

            // Officials the tests create sign in with the password alone, as the seeded ones do; the demo's own rule
            // (only its seeded officials are exempt) is tested on a demo platform of its own (DemoTwoFactorTests).
            OfficialsRequireTwoFactor = false,
            Time = Time,
            DataDirectory = _dataDirectory,
            FrameworkLogLevel = LogLevel.Error,
            ChromiumPath = ChromiumPath,
            Mail = new Chujing.Web.Notifications.MailOptions
            {
                Host = "127.0.0.1",
                Port = Mail.Port,
                Security = "none",
                From = "chujing@platform.test",
                PublicUrl = "http://chujing.platform.test",
                RetryDelay = TimeSpan.FromMilliseconds(100),
                PollInterval = TimeSpan.FromMilliseconds(200),
            },

            // As an operator supplies it: the ledgers' signing keys are stored encrypted (PostgreSQL).
            KeyEncryption = Chujing.Evidence.Storage.LedgerKeyEncryption.FromHex(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), "test"),
        };
        _app = PlatformApp.Build(options);
        await _app.PrepareAsync();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First() + "/");
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await DisposeDatabaseAsync();
        await Mail.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    /// <summary>A client without a session.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in as <paramref name="email"/> (demo password), cached per account while its session lasts.</summary>
    public async Task<HttpClient> As(string email)
    {
        // Signing out (the browser journey does) ends every session of the account; sign in again then.
        if (_clients.TryGetValue(email, out var existing) && (await existing.GetAsync("api/auth/me")).StatusCode == HttpStatusCode.OK)
        {
            return existing;
        }

        var client = existing ?? Anonymous();
        var response = await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        return _clients.GetOrAdd(email, client);
    }

    /// <summary>The browser that prints PDFs; null for the platform's default (Debian's chromium).</summary>
    protected virtual string? ChromiumPath => null;

    protected abstract Task<DatabaseLocation> CreateDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();
}
