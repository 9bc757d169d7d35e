using Chujing.Persistence;
using Chujing.Persistence.Notifications;
using Chujing.Web.Logging;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Chujing.Web.Notifications;

/// <summary>
/// Sends the outbox off the request path: takes due messages (holding each for a lease, so that two nodes never
/// send one twice), sends them over one SMTP connection, and on failure schedules the next attempt (the retry delay,
/// doubling, at most an hour) until the last allowed attempt marks it failed. Runs only when SMTP is configured.
/// </summary>
public sealed class MailDispatcher(IServiceScopeFactory scopes, MailOptions mail, MailSignal signal, PlatformOptions platform, ILogger<MailDispatcher> log)
    : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>Retries are scheduled on elapsed time, not on the platform's (possibly fixed) clock.</summary>
    private TimeProvider Clock => platform.RetryTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken).ConfigureAwait(false) == Batch)
                {
                    // A full batch: there may be more due right away.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.MailOutboxFailed(e, e.Message);
            }

            try
            {
                await signal.WaitAsync(mail.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the outbox; returns how many messages it took.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var now = Clock.GetUtcNow();
        var lease = now + mail.Timeout + mail.Timeout;
        var due = await db.MailOutbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct).ConfigureAwait(false);
        var claimed = new List<long>();
        foreach (var id in due)
        {
            var taken = await db.MailOutbox
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lease), ct).ConfigureAwait(false);
            if (taken == 1)
            {
                claimed.Add(id);
            }
        }

        if (claimed.Count == 0)
        {
            return due.Count;
        }

        var messages = await db.MailOutbox.Where(m => claimed.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct).ConfigureAwait(false);
        using var client = new SmtpClient { Timeout = (int)mail.Timeout.TotalMilliseconds };
        try
        {
            await ConnectAsync(client, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The server is unreachable or refused us: every message taken waits for its next attempt.
            foreach (var message in messages)
            {
                Failed(message, e);
            }

            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            return due.Count;
        }

        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(ToMime(message), ct).ConfigureAwait(false);
                message.SentAt = platform.Time.GetUtcNow();
                message.Attempts++;
                message.LockedUntil = null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Failed(message, e);
            }

            // Saved one by one: a message sent is never sent again because a later one failed.
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await client.DisconnectAsync(quit: true, ct).ConfigureAwait(false);
        return due.Count;
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken ct)
    {
        var security = mail.Security switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(mail.Host!, mail.Port, security, ct).ConfigureAwait(false);
        if (mail.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, mail.Password ?? string.Empty, ct).ConfigureAwait(false);
        }
    }

    private MimeMessage ToMime(MailOutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(mail.FromName, mail.From!));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"outbox-{message.Id}@{mail.From!.Split('@')[^1]}";
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }

    private void Failed(MailOutboxMessage message, Exception e)
    {
        var now = Clock.GetUtcNow();
        message.Attempts++;
        message.LockedUntil = null;
        message.LastError = e.Message.Length <= 500 ? e.Message : e.Message[..500];
        var delay = mail.RetryDelay * Math.Pow(2, Math.Min(message.Attempts - 1, 20));
        message.NextAttemptAt = now + (delay < MaxDelay ? delay : MaxDelay);
        if (message.Attempts >= mail.MaxAttempts)
        {
            message.FailedAt = platform.Time.GetUtcNow();
        }

        log.MailAttemptFailed(message.To, message.Id, message.Attempts, mail.MaxAttempts, message.LastError);
    }
}
