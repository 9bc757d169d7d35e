using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Chujing.Web.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Web.Tests.Notifications;

/// <summary>
/// The outbox survives a restart: a platform whose SMTP server is unreachable keeps the e-mail in the database after
/// its failed attempt; stopped and started again with a reachable server, it sends it once its retry is due.
/// </summary>
public abstract class OutboxRestartTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("chujing-outbox-").FullName;
    private DatabaseLocation _database = DatabaseLocation.Parse(null);

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync(_data);

    [Fact]
    public async Task PendingMail_FromBeforeARestart_IsSentAfterIt()
    {
        var time = new FakeTimeProvider(PlatformFixture.Now);
        string id;
        await using (var first = await StartAsync(new MailOptions { Host = "127.0.0.1", Port = InProcessSmtpServer.FreePort(), Security = "none", From = "chujing@platform.test", RetryDelay = TimeSpan.FromHours(1) }, time, TimeProvider.System))
        {
            using var enterprise = await SignInAsync(first, DemoAccounts.EnterpriseA);
            using var officer = await SignInAsync(first, DemoAccounts.Daxing);
            id = await NotificationApiTests.SubmittedFilingAsync(enterprise);
            await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "重启前退回" }), HttpStatusCode.OK);
            var row = await WaitAsync(first, id, m => m.Attempts >= 1);
            Assert.Null(row.SentAt);
            Assert.NotNull(row.LastError);
            await first.StopAsync();
        }

        await using var smtp = new InProcessSmtpServer();

        // Started again two hours on (elapsed time): the retry the first run scheduled is due.
        var later = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(2));
        await using var second = await StartAsync(new MailOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "none", From = "chujing@platform.test", PollInterval = TimeSpan.FromMilliseconds(100) }, time, later);
        var message = await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains(id, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("退回补正", StringComparison.Ordinal));
        Assert.Contains("重启前退回", message.TextBody, StringComparison.Ordinal);
        var sent = await WaitAsync(second, id, m => m.SentAt is not null);
        Assert.Equal(2, sent.Attempts);
        await second.StopAsync();
    }

    public async Task DisposeAsync()
    {
        await DisposeDatabaseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    protected abstract Task<DatabaseLocation> CreateDatabaseAsync(string folder);

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    private async Task<WebApplication> StartAsync(MailOptions mail, TimeProvider time, TimeProvider retryTime)
    {
        var app = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = _database,
            Demo = true,
            Time = time,
            RetryTime = retryTime,
            DataDirectory = _data,
            FrameworkLogLevel = LogLevel.Error,
            Mail = mail,
        });
        await app.PrepareAsync();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpClient> SignInAsync(WebApplication app, string email)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.Urls.First() + "/") };
        (await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<Persistence.Notifications.MailOutboxMessage> WaitAsync(WebApplication app, string filing, Func<Persistence.Notifications.MailOutboxMessage, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            var row = await db.MailOutbox.AsNoTracking().Include(m => m.Notification)
                .SingleAsync(m => m.Notification!.SubjectId == filing && m.Notification.Kind == "filing-returned-for-correction");
            if (done(row) || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return row;
            }

            await Task.Delay(50);
        }
    }
}

public sealed class SqliteOutboxRestartTests : OutboxRestartTests
{
    protected override Task<DatabaseLocation> CreateDatabaseAsync(string folder) =>
        Task.FromResult(DatabaseLocation.Parse(Path.Combine(folder, "chujing.db")));
}

public sealed class PostgresOutboxRestartTests : OutboxRestartTests
{
    private PostgresServer? _server;

    protected override Task<DatabaseLocation> CreateDatabaseAsync(string folder)
    {
        _server = PostgresServer.Start();
        return Task.FromResult(DatabaseLocation.Parse(_server.CreateDatabase("outbox")));
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
