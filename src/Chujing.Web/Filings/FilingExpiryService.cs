using Microsoft.Extensions.DependencyInjection;
using Chujing.Web.Logging;

namespace Chujing.Web.Filings;

/// <summary>
/// Expires approved filings whose validity ended and decides open filings again (new catalogs, the year's counts): once
/// at start, then every hour on the platform's clock.
/// </summary>
internal sealed class FilingExpiryService(IServiceScopeFactory scopes, TimeProvider time, ILogger<FilingExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var filings = scope.ServiceProvider.GetRequiredService<FilingService>();
                var expired = await filings.ExpireDueAsync(stoppingToken).ConfigureAwait(false);
                if (expired > 0)
                {
                    logger.FilingsExpired(expired);
                }

                // Catalogs (a new edition at start) and the year's counts change decisions: decide open filings again.
                var reassessed = await filings.ReassessAsync(null, stoppingToken).ConfigureAwait(false);
                if (reassessed > 0)
                {
                    logger.FilingsReassessed(reassessed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed sweep must not stop the service.
                logger.ExpirySweepFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
