namespace Chujing.Web.Notifications;

/// <summary>
/// E-mail through SMTP (configuration section <c>Mail</c>, e.g. environment <c>Mail__Host</c>). Without a
/// <see cref="Host"/> nothing is e-mailed and notifications stay in the platform. The password comes from
/// <c>Mail:Password</c>, or from the file named by <c>Mail:PasswordFile</c> or <c>CHUJING_SMTP_PASSWORD_FILE</c>; never
/// from the repository.
/// </summary>
public sealed record MailOptions
{
    /// <summary>The environment variable naming a file that holds the SMTP password.</summary>
    public const string PasswordFileEnvironmentVariable = "CHUJING_SMTP_PASSWORD_FILE";

    /// <summary>The SMTP server; null or empty turns e-mail off.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary><c>starttls</c> (default: refuse a server without STARTTLS), <c>tls</c> (TLS from the first byte, port 465) or <c>none</c> (a relay on a trusted network).</summary>
    public string Security { get; init; } = "starttls";

    /// <summary>The sender address, e.g. <c>chujing@example.gov.cn</c>; required with <see cref="Host"/>.</summary>
    public string? From { get; init; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; init; } = "出境数据监管平台 Chujing";

    /// <summary>Authenticate as this user (with <see cref="Password"/>); null sends without authentication.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>A file whose first line is the password (a container secret).</summary>
    public string? PasswordFile { get; init; }

    /// <summary>The address people reach the platform at, used for links in e-mails, e.g. <c>https://chujing.example.gov.cn</c>.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>How long the first retry waits after a failed attempt; each further one waits twice as long (at most an hour).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a message is marked failed (kept in the outbox, not sent again).</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>How often the sender looks at the outbox when nothing woke it.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one SMTP conversation may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>True when e-mail is to be sent.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Reads the <c>Mail</c> section; the password file is read here, once, so that a missing one fails at start.</summary>
    public static MailOptions FromConfiguration(IConfiguration configuration, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection("Mail");
        var options = section.Get<MailOptions>() ?? new MailOptions();
        var file = options.PasswordFile ?? environment(PasswordFileEnvironmentVariable);
        if (options.Password is null && file is { Length: > 0 })
        {
            options = options with { Password = File.ReadLines(file).FirstOrDefault()?.Trim() };
        }

        return options.Validate();
    }

    /// <summary>This configuration, or an exception naming the setting that is wrong (the platform does not start).</summary>
    public MailOptions Validate()
    {
        if (!IsConfigured)
        {
            return this;
        }

        if (string.IsNullOrWhiteSpace(From) || !From.Contains('@', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Mail:From must be an e-mail address when Mail:Host is set");
        }

        if (Port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Mail:Port must be 1–65535, not {Port}");
        }

        if (Security is not ("starttls" or "tls" or "none"))
        {
            throw new InvalidOperationException($"Mail:Security must be starttls, tls or none, not '{Security}'");
        }

        if (MaxAttempts < 1 || RetryDelay <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Mail:MaxAttempts, Mail:RetryDelay and Mail:PollInterval must be positive");
        }

        return this;
    }
}
