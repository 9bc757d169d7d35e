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

            foreach (var line in StartupLines(options, app.Urls))
            {
                await context.Error.WriteLineAsync(line).ConfigureAwait(false);
            }

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>
    /// What a started node says on standard error, Chinese first with the English beside: where it listens (the English
    /// <c>listening on &lt;url&gt;</c> is what scripts wait for), and what an operator must know about its setup.
    /// </summary>
    internal static IEnumerable<string> StartupLines(PlatformOptions options, IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(options);
        var addresses = string.Join(", ", urls);
        var postgres = options.Database.Provider == DatabaseProvider.Postgres;
        var store = postgres ? "PostgreSQL" : "SQLite";
        yield return $"chujing serve: 正在监听 {addresses}（{store}{(options.Demo ? "，演示数据" : string.Empty)}） · listening on {addresses} ({options.Database.Provider.ToString().ToLowerInvariant()}){(options.Demo ? ", demo data" : string.Empty)}";
        if (options.Demo)
        {
            yield return $"{CliText.WarningPrefix}演示模式：演示账户凭公开的密码 {Chujing.Web.Demo.DemoAccounts.Password} 即可登录，切勿用于真实数据 · demo mode: the demo accounts sign in with the published password {Chujing.Web.Demo.DemoAccounts.Password}; never use it for real data";
        }

        if (postgres && options.KeyEncryption is null)
        {
            var file = Chujing.Evidence.Storage.LedgerKeyEncryption.FileEnvironmentVariable;
            var variable = Chujing.Evidence.Storage.LedgerKeyEncryption.EnvironmentVariable;
            yield return $"{CliText.WarningPrefix}账本的签名密钥以未加密形式存放在数据库中；请设置 {file} 或 {variable}（见 docs/deployment.md） · the ledgers' signing keys are stored unencrypted in the database; set {file} or {variable} (docs/deployment.md)";
        }
    }
}
