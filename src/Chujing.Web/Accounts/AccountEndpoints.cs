using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Auth;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Accounts;

/// <summary>
/// <c>/api/accounts</c>: user administration within the caller's tenant (the city: officials; an enterprise
/// administrator: its colleagues) — list, invite (201 with a one-time link), change, lock, unlock, issue a reset link.
/// <c>POST /api/auth/password</c> changes the signed-in holder's password, <c>POST /api/auth/set-password</c> uses a link.
/// </summary>
public static class AccountEndpoints
{
    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountService>();
        services.AddScoped<PasswordService>();
        services.AddScoped<TwoFactor>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("accounts").RequirePermission(Permissions.AccountsManage);
        accounts.MapGet("/", (AccountService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct));
        accounts.MapGet("/{id}", async (string id, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.FindAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<AccountEntry>().ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/", async (AccountRequest request, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(Caller.From(http.User), request, ct).ConfigureAwait(false))
                    .ToHttpResult(created => Results.Created($"/api/accounts/{created.Account.Id}", created)))
            .Produces<AccountCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        accounts.MapPatch("/{id}", async (string id, AccountUpdate update, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(Caller.From(http.User), id, update, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<AccountEntry>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        accounts.MapPost("/{id}/lock", async (string id, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.LockAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<AccountEntry>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        accounts.MapPost("/{id}/unlock", async (string id, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.UnlockAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<AccountEntry>().ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/{id}/two-factor/reset", async (string id, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.ResetTwoFactorAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<AccountEntry>().ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/{id}/reset", async (string id, AccountService service, HttpContext http, CancellationToken ct) =>
                (await service.IssueResetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<IssuedLink>().ProducesProblem(StatusCodes.Status404NotFound);

        var auth = app.MapGroup("/api/auth").WithTags("auth");
        auth.MapPost("/password", async (PasswordChange change, PasswordService passwords, SignInManager<PlatformUser> signIn, HttpContext http, CancellationToken ct) =>
            {
                // A machine token acts for its processor, never as a person: it changes no password.
                if (http.User.HasClaim(c => c.Type == Tokens.ApiTokens.TokenClaim))
                {
                    return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = "an API token cannot change a password; sign in" });
                }

                var changed = await passwords.ChangeAsync(Caller.From(http.User), change, ct).ConfigureAwait(false);
                if (!changed.IsSuccess)
                {
                    return ProblemMapping.ToHttpResult(changed.Error!);
                }

                // Every other session of the account ended with the new security stamp; this one continues.
                await signIn.RefreshSignInAsync(changed.Value).ConfigureAwait(false);
                return Results.NoContent();
            })
            .RequirePermission(Permissions.FilingsRead)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        auth.MapPost("/set-password", async (PasswordSet request, PasswordService passwords, CancellationToken ct) =>
                (await passwords.SetAsync(request, ct).ConfigureAwait(false)).ToHttpResult(_ => Results.NoContent()))
            .AllowAnonymous()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
