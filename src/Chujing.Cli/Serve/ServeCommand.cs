using System.CommandLine;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Web;
using Microsoft.Extensions.Hosting;

namespace Chujing.Cli.Serve;

/// <summary><c>chujing serve [--urls] [--db] [--demo]</c>: the supervision platform (web UI, HTTP API, OpenAPI).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "监听地址 · Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var db = new Option<string?>("--db") { Description = "平台数据库：SQLite 文件（默认 chujing.db）或 PostgreSQL 连接字符串 · An SQLite file (default chujing.db) or a PostgreSQL connection string." };
        var demo = new Option<bool>("--demo") { Description = "写入 7 个自贸组团的演示账户与备案（密码 Demo-Passw0rd!） · Seed the 7 zone groups' demo accounts and filings (password Demo-Passw0rd!)." };
        var command = new Command("serve", "运行监管平台：网页界面与 HTTP API（OpenAPI 见 /openapi/v1.json） · Run the supervision platform: web UI and HTTP API (OpenAPI at /openapi/v1.json).");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(demo);
        command.SetAction(context, async (parseResult, ct) =>
        {
            var proxies = Chujing.Web.Access.TrustedProxies.Parse(Environment.GetEnvironmentVariable(Chujing.Web.Access.TrustedProxies.EnvironmentVariable)).ValueOrThrow();
            var options = new PlatformOptions
            {
                Urls = parseResult.GetValue(urls)!,
                Database = DatabaseLocation.Parse(parseResult.GetValue(db)),
                Demo = parseResult.GetValue(demo),
                Time = context.Time,
                CatalogDirectories = parseResult.GetValue(context.CatalogDirs) ?? [],
                KeyEncryption = Chujing.Evidence.Storage.LedgerKeyEncryption.FromEnvironment(Environment.GetEnvironmentVariable),
                TrustedProxies = proxies,
            };
            await using var app = PlatformApp.Build(options);
            await app.PrepareAsync(ct).ConfigureAwait(false);
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new EnvironmentFailureException($"cannot listen on {options.Urls}: {e.Message}", isTransient: true, e);
            }

            await context.Error.WriteLineAsync($"chujing serve: listening on {string.Join(", ", app.Urls)} ({options.Database.Provider.ToString().ToLowerInvariant()}){(options.Demo ? ", demo data" : string.Empty)}").ConfigureAwait(false);
            if (options.Database.Provider == DatabaseProvider.Postgres && options.KeyEncryption is null)
            {
                await context.Error.WriteLineAsync($"chujing serve: warning: the ledgers' signing keys are stored unencrypted in the database; set {Chujing.Evidence.Storage.LedgerKeyEncryption.FileEnvironmentVariable} or {Chujing.Evidence.Storage.LedgerKeyEncryption.EnvironmentVariable} (docs/deployment.md)").ConfigureAwait(false);
            }

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCode.Ok;
        });
        return command;
    }
}
