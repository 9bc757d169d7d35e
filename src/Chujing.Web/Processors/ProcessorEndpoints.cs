using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Processors;

/// <summary><c>/api/processors</c>: registered processors, scoped; registration by zone-group officers (own group) and the city.</summary>
public static class ProcessorEndpoints
{
    public static IServiceCollection AddPlatformProcessors(this IServiceCollection services) =>
        services.AddScoped<ProcessorService>().AddScoped<ProcessorCache>();

    public static IEndpointRouteBuilder MapProcessorsApi(this IEndpointRouteBuilder app)
    {
        var processors = app.MapGroup("/api/processors").WithTags("processors");
        processors.MapGet("/", (ProcessorService service, HttpContext http, CancellationToken ct) =>
                service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.ProcessorsRead);
        processors.MapGet("/{id:int}", async (int id, ChujingDbContext db, HttpContext http, CancellationToken ct) =>
                await db.Processors.AsNoTracking().VisibleTo(Caller.From(http.User)).SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false) is { } processor
                    ? Results.Ok(ToView(processor))
                    : ProblemMapping.ToHttpResult(new NotFoundError($"processor {id} does not exist or is not visible to you")))
            .RequirePermission(Permissions.ProcessorsRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        processors.MapPost("/", async (ProcessorRequest request, ProcessorService service, HttpContext http, CancellationToken ct) =>
                (await service.RegisterAsync(Caller.From(http.User), request, ct).ConfigureAwait(false))
                    .ToHttpResult(view => Results.Created($"/api/processors/{view.Id}", view)))
            .RequirePermission(Permissions.ProcessorsRegister)
            .Produces<ProcessorView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static ProcessorView ToView(Processor p) =>
        new(p.Id, p.Uscc, p.Name, p.ZoneGroupId, p.Ciio, p.ListApproved, p.ContactName, p.ContactEmail, p.ContactPhone, p.RegisteredAt);
}
