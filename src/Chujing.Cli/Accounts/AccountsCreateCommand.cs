using System.CommandLine;
using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web;
using Chujing.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Cli.Accounts;

/// <summary>
/// <c>chujing accounts create --role city|zone-officer --email E [--name N] [--regulator R] [--zone-group Z]
/// [--password-stdin] [--public-url URL] [--db …]</c>: an official's account on the platform's database (SQLite file
/// or PostgreSQL connection string, as <c>serve</c> takes it; migrated first, so a fresh install needs no start
/// before). With <c>--password-stdin</c> the first line of standard input is its password (a weak one is refused and
/// nothing is written); otherwise the answer is an invitation link for its holder. Bad input is exit 2 with one line
/// per problem, each naming its option.
/// </summary>
internal static class AccountsCreateCommand
{
    // The service's field names as the options that give them.
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["email"] = "--email",
        ["displayName"] = "--name",
        ["role"] = "--role",
        ["regulator"] = "--regulator",
        ["zoneGroup"] = "--zone-group",
        ["password"] = "--password-stdin",
        ["administrator"] = "--role",
    };

    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "平台数据库：SQLite 文件（默认 chujing.db）或 PostgreSQL 连接字符串，与 serve 相同 · An SQLite file (default chujing.db) or a PostgreSQL connection string, as for serve." };
        var role = new Option<string>("--role") { Description = "角色：city（市级监管部门账户）或 zone-officer（自贸组团审核员，须给出 --zone-group） · city (a city regulator's account) or zone-officer (with --zone-group).", Required = true };
        var email = new Option<string>("--email") { Description = "账户的电子邮箱，用于登录 · The account's e-mail address, with which it signs in.", Required = true };
        var name = new Option<string?>("--name") { Description = "界面与审计日志中显示的姓名（默认为电子邮箱） · The name shown in the UI and the audit log (default: the e-mail address)." };
        var regulator = new Option<string?>("--regulator") { Description = "市级账户所属机关：cac（市网信办，默认）、commerce（市商务局）或 data（市政数局） · A city account's authority: cac (default), commerce or data." };
        var zone = new Option<string?>("--zone-group") { Description = "自贸组团审核员所属组团（如 daxing） · A zone officer's zone group (e.g. daxing)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "从标准输入的第一行读取密码，而不签发邀请链接 · Read the password from the first line of standard input instead of issuing an invitation link." };
        var publicUrl = new Option<string?>("--public-url") { Description = "平台的访问地址，用于打印完整的邀请链接（如 https://chujing.example） · The platform's address, to print the invitation link in full (e.g. https://chujing.example)." };
        var command = new Command("create", "创建监管人员账户（新安装的第一个市级账户）：密码从标准输入读取，或签发邀请链接 · Create an official's account (the first city account of an install): with a password from standard input, or an invitation link.");
        foreach (var option in (Option[])[db, role, email, name, regulator, zone, passwordStdin, publicUrl])
        {
            command.Options.Add(option);
        }

        command.SetAction(context, async (parseResult, ct) =>
        {
            var roleName = Role(parseResult.GetValue(role)!);
            var address = parseResult.GetValue(email)!.Trim();
            var link = Url(parseResult.GetValue(publicUrl));
            var password = parseResult.GetValue(passwordStdin) ? await PasswordAsync(context, ct).ConfigureAwait(false) : null;
            var request = new AccountRequest(
                address,
                parseResult.GetValue(name) is { } given ? given : address,
                roleName,
                parseResult.GetValue(zone),
                roleName == PlatformRoles.CityRegulator ? parseResult.GetValue(regulator) : Refused(parseResult.GetValue(regulator), "--regulator", "only a city account has a regulator"),
                null);
            if (roleName == PlatformRoles.CityRegulator && request.ZoneGroup is not null)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--zone-group", "a city account belongs to no zone group; leave --zone-group out"));
            }

            var options = new PlatformOptions
            {
                Database = DatabaseLocation.Parse(parseResult.GetValue(db)),
                Time = context.Time,
                CatalogDirectories = parseResult.GetValue(context.CatalogDirs) ?? [],
                KeyEncryption = Chujing.Evidence.Storage.LedgerKeyEncryption.FromEnvironment(Environment.GetEnvironmentVariable),
                FrameworkLogLevel = LogLevel.Error,
            };
            await using var app = PlatformApp.Build(options);
            await app.PrepareAsync(ct).ConfigureAwait(false);
            await using var scope = app.Services.CreateAsyncScope();
            var created = await ActivatorUtilities.CreateInstance<ConsoleAccounts>(scope.ServiceProvider).CreateAsync(request, password, ct).ConfigureAwait(false);
            if (!created.IsSuccess)
            {
                throw created.Error is InvalidError invalid
                    ? new InvalidInputException([.. invalid.Diagnostics.Select(d => d with { Subject = d.Subject is { } s && Options.TryGetValue(s, out var o) ? o : d.Subject })])
                    : new InvalidInputException(Diagnostic.ForField(null, "--email", created.Error!.Message));
            }

            var account = created.Value.Account;
            var (whatZh, what) = account.Role == PlatformRoles.CityRegulator
                ? ($"市级监管部门账户（{account.Regulator}）", $"city account ({account.Regulator})")
                : ($"自贸组团 {account.ZoneGroup} 工作人员账户", $"zone officer of {account.ZoneGroup}");
            await context.Out.WriteLineAsync($"已创建{whatZh} {account.Email}（编号 {account.Id}） · created {what} {account.Email} (id {account.Id})").ConfigureAwait(false);
            if (password is not null)
            {
                await context.Out.WriteLineAsync($"密码已设置：请在 {link}/Account/Login 登录；监管人员首次登录时绑定身份验证器 · password set: sign in at {link}/Account/Login; an official enrols an authenticator app at the first sign-in").ConfigureAwait(false);
            }
            else
            {
                var invitation = created.Value.Invitation;
                var until = invitation.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                await context.Out.WriteLineAsync($"邀请链接（仅显示一次，{until} UTC 前有效；请交给账户持有人） · invitation link (once, until {until} UTC; hand it to the account's holder): {link}{invitation.Url}").ConfigureAwait(false);
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static string Role(string role) => role.Trim() switch
    {
        "city" or PlatformRoles.CityRegulator => PlatformRoles.CityRegulator,
        "zone-officer" or "officer" => PlatformRoles.ZoneOfficer,
        PlatformRoles.Enterprise => throw new InvalidInputException(Diagnostic.ForField(null, "--role", "an enterprise's accounts are made on the platform (its registration by a zone group, then its administrator's invitations), not on the console")),
        var other => throw new InvalidInputException(Diagnostic.ForField(null, "--role", $"'{Clip(other)}' is not a role made on the console", "city, zone-officer")),
    };

    private static string? Refused(string? value, string option, string why) =>
        value is null ? null : throw new InvalidInputException(Diagnostic.ForField(null, option, why));

    private static string Url(string? publicUrl)
    {
        if (publicUrl is null)
        {
            return string.Empty;
        }

        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || publicUrl.Length > 2_000)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--public-url", $"'{Clip(publicUrl)}' is not an http(s) address such as https://chujing.example"));
        }

        return publicUrl.TrimEnd('/');
    }

    // One line, as `printf '%s\n' "$PASSWORD" |` or a secret file gives it; nothing at all is bad input.
    private static async Task<string> PasswordAsync(CliContext context, CancellationToken ct)
    {
        var line = await context.In.ReadLineAsync(ct).ConfigureAwait(false);
        return string.IsNullOrEmpty(line)
            ? throw new InvalidInputException(Diagnostic.ForField(null, "--password-stdin", "no password on standard input (give it as its first line)"))
            : line;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
