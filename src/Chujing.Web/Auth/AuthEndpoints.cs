using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Chujing.Web.Auth;

/// <summary><c>/api/auth</c>: sign in (sets the session cookie; locks the account after 5 failures), sign out, who am I.</summary>
public static class AuthEndpoints
{
    /// <summary>One answer for a wrong password, an unknown e-mail and a locked account, so that sign-in reveals no account.</summary>
    private const string FailedSignIn = "wrong e-mail or password; after 5 failed attempts an account is locked for 15 minutes";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .Produces<AccountView>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        auth.MapPost("/logout", async (HttpContext http, SignInManager<PlatformUser> signIn) =>
            {
                await AccessServiceCollectionExtensions.SignOutEverywhereAsync(signIn, http.User).ConfigureAwait(false);
                return Results.NoContent();
            })
            .AllowAnonymous()
            .Produces(StatusCodes.Status204NoContent);
        auth.MapGet("/me", (HttpContext http) => ToView(Caller.From(http.User))).RequirePermission(Permissions.FilingsRead);
        return app;
    }

    internal static AccountView ToView(Caller c) => new(c.Email, c.DisplayName, c.Role, c.ProcessorId, c.ZoneGroupId, c.Regulator);

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users)
    {
        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, "email", "required"));
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, "password", "required"));
        }

        if (problems.Count > 0)
        {
            return ProblemMapping.ToHttpResult(new InvalidError(problems));
        }

        var result = await PasswordSignInAsync(signIn, users, request.Email!, request.Password!).ConfigureAwait(false);
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(request.Email!).ConfigureAwait(false);
            var principal = await signIn.CreateUserPrincipalAsync(user!).ConfigureAwait(false);
            return Results.Ok(ToView(Caller.From(principal)));
        }

        return Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "登录失败 · Sign-in failed",
            Detail = FailedSignIn,
        });
    }

    /// <summary>Signs in by e-mail with lockout on failure; shared by the API and the login page.</summary>
    public static async Task<Microsoft.AspNetCore.Identity.SignInResult> PasswordSignInAsync(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, string email, string password)
    {
        // A form posted with an empty field binds null: that is a failed sign-in like any other, not an error.
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        return user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
    }
}
