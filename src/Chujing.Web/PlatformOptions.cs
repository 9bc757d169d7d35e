using Chujing.Persistence;

namespace Chujing.Web;

/// <summary>How <c>chujing serve</c> starts the platform.</summary>
public sealed record PlatformOptions
{
    /// <summary>Where Kestrel listens; <c>http://127.0.0.1:0</c> picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The database; an SQLite file by default.</summary>
    public DatabaseLocation Database { get; init; } = DatabaseLocation.Parse(null);

    /// <summary>Seed the demo zone groups, accounts and filings (idempotent).</summary>
    public bool Demo { get; init; }

    /// <summary>Catalog folders loaded beside the shipped ones (<c>--catalog-dir</c>).</summary>
    public IReadOnlyList<string> CatalogDirectories { get; init; } = [];

    /// <summary>
    /// The free-trade zone the platform's processors are registered in, as catalogs name it (<c>applicability.zone</c>):
    /// its lists are the ones they may apply for and file under.
    /// </summary>
    public string Zone { get; init; } = "beijing";

    /// <summary>
    /// The Chromium executable that prints filing documents to PDF; null looks at <c>CHUJING_CHROMIUM</c>, then
    /// <c>/usr/bin/chromium</c>. Without one, PDF downloads answer 503 and DOCX still works.
    /// </summary>
    public string? ChromiumPath { get; init; }

    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Folder for what does not live in the database on SQLite: the processors' evidence ledgers and their signing
    /// keys. Defaults to <c>chujing-data</c> beside the SQLite file. On PostgreSQL everything lives in the database and
    /// nothing is written here.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// The key-encryption key under which the ledgers' signing keys are stored in a PostgreSQL database, supplied
    /// outside it (<c>CHUJING_KEY_ENCRYPTION_KEY</c> or <c>CHUJING_KEY_ENCRYPTION_KEY_FILE</c> for <c>chujing serve</c>);
    /// null stores them unencrypted.
    /// </summary>
    public Chujing.Evidence.Storage.LedgerKeyEncryption? KeyEncryption { get; init; }

    /// <summary><see cref="DataDirectory"/>, or its default, as a full path.</summary>
    public string ResolveDataDirectory()
    {
        if (DataDirectory is { Length: > 0 } explicitDirectory)
        {
            return Path.GetFullPath(explicitDirectory);
        }

        var beside = Database.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource))
            : null;
        return Path.Combine(beside ?? Directory.GetCurrentDirectory(), "chujing-data");
    }

    /// <summary>
    /// How long after an account changes on another node (sign-out, lockout, password, role) that node may still
    /// honour the account's old session cookie. On the node that makes the change, the next request is refused.
    /// </summary>
    public TimeSpan SessionRevocationBound { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each node reads the session revocation log; well inside <see cref="SessionRevocationBound"/>.</summary>
    public TimeSpan SessionRevocationPoll { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock that measures the revocation bound: real elapsed time, even when <see cref="Time"/> is a fixed test clock.</summary>
    public TimeProvider SessionTime { get; init; } = TimeProvider.System;

    /// <summary>
    /// Reverse proxies whose forwarded scheme and client address are believed (<see cref="Access.TrustedProxies"/>);
    /// loopback by default.
    /// </summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = Access.TrustedProxies.Loopback;

    /// <summary>
    /// Whether officials (zone-group officers, city regulators) must sign in with an authenticator app's code after
    /// the password; one without an authenticator is sent to enrolment first. Null: required, except for the officials
    /// a demo platform (<see cref="Demo"/>) seeds, which sign in with the password alone (docs/contracts.md); an
    /// official created later on the demo enrols like anywhere else.
    /// </summary>
    public bool? OfficialsRequireTwoFactor { get; init; }

    /// <summary><see cref="OfficialsRequireTwoFactor"/> as it applies to the official with <paramref name="email"/>.</summary>
    public bool TwoFactorRequiredForOfficial(string? email) =>
        OfficialsRequireTwoFactor ?? !(Demo && email is not null && Chujing.Web.Demo.DemoAccounts.SeededOfficials.Contains(email));

    /// <summary>How long an invitation link to a new account stays usable.</summary>
    public TimeSpan InvitationLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long a password-reset link issued by an administrator stays usable.</summary>
    public TimeSpan ResetLinkLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>E-mail through SMTP; null reads the <c>Mail</c> configuration section (<see cref="Notifications.MailOptions"/>).</summary>
    public Notifications.MailOptions? Mail { get; init; }

    /// <summary>The clock that schedules e-mail retries: real elapsed time, even when <see cref="Time"/> is a fixed test clock.</summary>
    public TimeProvider RetryTime { get; init; } = TimeProvider.System;

    /// <summary>Log level for ASP.NET Core's own categories (Warning keeps the console quiet).</summary>
    public LogLevel FrameworkLogLevel { get; init; } = LogLevel.Warning;
}
