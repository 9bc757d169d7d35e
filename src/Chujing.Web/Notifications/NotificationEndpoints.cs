using Chujing.Web.Access;
using Chujing.Web.Problems;

namespace Chujing.Web.Notifications;

/// <summary>
/// <c>/api/notifications</c>: the caller's own notifications (every role), paged, with the unread count; mark one
/// or all read. Another person's notification does not exist for the caller (404).
/// </summary>
public static class NotificationEndpoints
{
    public static IServiceCollection AddPlatformNotifications(this IServiceCollection services, PlatformOptions options, IConfiguration configuration)
    {
        var mail = (options.Mail ?? MailOptions.FromConfiguration(configuration, Environment.GetEnvironmentVariable)).Validate();
        services.AddSingleton(mail);
        services.AddSingleton<MailSignal>();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationService>();
        if (mail.IsConfigured)
        {
            services.AddHostedService<MailDispatcher>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("notifications").RequirePermission(Permissions.Notifications);
        notifications.MapGet("/", async (NotificationService service, HttpContext http, bool? unread, int? page, int? pageSize, CancellationToken ct) =>
                (await service.PageAsync(Caller.From(http.User), unread ?? false, page, pageSize, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<NotificationPage>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        notifications.MapGet("/unread-count", async (NotificationService service, HttpContext http, CancellationToken ct) =>
                Results.Ok(new UnreadCount(await service.UnreadCountAsync(Caller.From(http.User), ct).ConfigureAwait(false))))
            .Produces<UnreadCount>();
        notifications.MapPost("/{id:long}/read", async (long id, NotificationService service, HttpContext http, CancellationToken ct) =>
                await service.MarkReadAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)
                    ? Results.NoContent()
                    : ProblemMapping.ToHttpResult(new Chujing.Domain.Diagnostics.NotFoundError($"notification {id} does not exist or is not yours")))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        notifications.MapPost("/read-all", async (NotificationService service, HttpContext http, CancellationToken ct) =>
                Results.Ok(new MarkedRead(await service.MarkAllReadAsync(Caller.From(http.User), ct).ConfigureAwait(false))))
            .Produces<MarkedRead>();
        return app;
    }
}
