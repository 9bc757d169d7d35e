using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Chujing.Web.Tests.Notifications;

/// <summary>
/// A real SMTP server on a loopback port, in the test process: it speaks the protocol to the platform's MailKit
/// client and keeps every message it accepted, parsed. <see cref="RefuseNext"/> makes it answer the next messages
/// with a failure, as a server that is down for a moment does.
/// </summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _running;

    public InProcessSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message accepted so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Messages];

    /// <summary>How many messages were refused.</summary>
    public int Refused => _store.Refused;

    /// <summary>Refuses the next <paramref name="count"/> messages with 554.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _store.ToRefuse, count);

    /// <summary>Waits (real time, at most <paramref name="timeout"/>) for a message that matches.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            if (_store.Messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no matching message arrived; received: " + string.Join(" | ", _store.Messages.Select(m => m.To + " " + m.Subject)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>A loopback port nothing listens on (free when this returns).</summary>
    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Store : MessageStore
    {
        public int ToRefuse;
        public int Refused;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref ToRefuse) >= 0)
            {
                Interlocked.Increment(ref Refused);
                return SmtpResponse.TransactionFailed;
            }

            Interlocked.Exchange(ref ToRefuse, 0);
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
