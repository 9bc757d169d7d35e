namespace Chujing.Web.Notifications;

/// <summary>Wakes the mail sender when a unit of work that staged e-mail has been committed, so it need not wait for its poll.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Says there is mail to send.</summary>
    public void Wake()
    {
        // A waiting sender takes the one permit; further wakes before it runs add nothing.
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread released it first: the sender is woken either way.
            }
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Returns when woken or after <paramref name="poll"/>.</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken ct) => _wake.WaitAsync(poll, ct);
}
