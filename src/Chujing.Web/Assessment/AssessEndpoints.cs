using Chujing.Web.Access;

namespace Chujing.Web.Assessment;

/// <summary><c>POST /api/assess</c>: the activity JSON of <c>chujing assess</c> in, the same result out.</summary>
public static class AssessEndpoints
{
    public static IServiceCollection AddPlatformAssessment(this IServiceCollection services)
    {
        services.AddSingleton<IActivityAssessor, UnavailableAssessor>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssessApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assess", async (HttpRequest request, IActivityAssessor assessor, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
                var outcome = assessor.Assess(body);
                if (!outcome.IsSuccess)
                {
                    throw new Chujing.Diagnostics.InvalidInputException(outcome.Diagnostics);
                }

                return Results.Text(outcome.ResultJson!, "application/json", System.Text.Encoding.UTF8);
            })
            .RequirePermission(Permissions.Assess)
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("assessment");
        return app;
    }
}
