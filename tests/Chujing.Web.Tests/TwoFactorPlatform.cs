using System.Net;
using Chujing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// A platform of the test class's own, on a database its subclass makes (SQLite file or PostgreSQL), with the default
/// two-factor rule: officials must enrol, except the seeded officials when <see cref="Demo"/> is set.
/// </summary>
public abstract class TwoFactorPlatform : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-2fa-").FullName;
    private WebApplication? _app;
    private Uri _base = new("http://127.0.0.1/");

    /// <summary>Whether the platform runs as <c>chujing serve --demo</c> (seeded accounts).</summary>
    protected abstract bool Demo { get; }

    /// <summary>The running application's services.</summary>
    protected IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    protected abstract Task<DatabaseLocation> CreateDatabaseAsync(string directory);

    protected abstract Task DisposeDatabaseAsync();

    public async Task InitializeAsync()
    {
        _app = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = await CreateDatabaseAsync(_dir),
            Demo = Demo,
            DataDirectory = Path.Combine(_dir, "data"),
            FrameworkLogLevel = LogLevel.Error,
        });
        await _app.PrepareAsync();
        await _app.StartAsync();
        _base = new Uri(_app.Urls.First() + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await DisposeDatabaseAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A client of its own cookies, following redirects or not.</summary>
    protected HttpClient Client(bool redirects = true) =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = redirects }) { BaseAddress = _base };
}
