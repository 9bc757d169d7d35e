using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Chujing.Web.Processors;
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
        auth.MapGet("/me", (HttpContext http, ProcessorCache processors, CancellationToken ct) => ToViewAsync(Caller.From(http.User), processors, ct))
            .RequirePermission(Permissions.FilingsRead);
        return app;
    }

    internal static async Task<AccountView> ToViewAsync(Caller c, ProcessorCache processors, CancellationToken ct)
    {
        var processor = c.ProcessorId is { } id ? await processors.GetAsync(id, ct).ConfigureAwait(false) : null;
        return new(c.Email, c.DisplayName, c.Role, processor?.Uscc, c.ZoneGroupId, c.Regulator, processor?.Name);
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, TwoFactor twoFactor, ProcessorCache processors, HttpContext http)
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

        var (result, user) = await CheckPasswordAsync(signIn, users, request.Email!, request.Password!).ConfigureAwait(false);
        if (!result.Succeeded || user is null)
        {
            return Failed(FailedSignIn, null);
        }

        switch (await twoFactor.NeedAsync(user).ConfigureAwait(false))
        {
            case SecondFactor.Enrol:
                return Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "须使用双因素登录 · Two-factor sign-in required",
                    Detail = "officials sign in with an authenticator app's code as well: enrol one on the sign-in page (/Account/Login) first",
                    Extensions = { ["secondFactor"] = "enrol" },
                });
            case SecondFactor.Code when string.IsNullOrWhiteSpace(request.Code) && string.IsNullOrWhiteSpace(request.RecoveryCode):
                return Failed("this account signs in with a second factor: send the authenticator's current code as \"code\" (or a recovery code as \"recoveryCode\") with the password", "totp");
            case SecondFactor.Code:
                var passed = !string.IsNullOrWhiteSpace(request.Code)
                    ? await twoFactor.VerifyAsync(user, request.Code).ConfigureAwait(false)
                    : await twoFactor.RedeemAsync(user, request.RecoveryCode!).ConfigureAwait(false);
                if (!passed)
                {
                    await users.AccessFailedAsync(user).ConfigureAwait(false);
                    return Failed("the code is wrong or has expired; after 5 failed attempts an account is locked for 15 minutes", "totp");
                }

                await twoFactor.SignInAsync(http, user).ConfigureAwait(false);
                break;
            default:
                await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd").ConfigureAwait(false);
                break;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false);
        return Results.Ok(await ToViewAsync(Caller.From(principal), processors, http.RequestAborted).ConfigureAwait(false));
    }

    private static IResult Failed(string detail, string? secondFactor)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "登录失败 · Sign-in failed", Detail = detail };
        if (secondFactor is not null)
        {
            problem.Extensions["secondFactor"] = secondFactor;
        }

        return Results.Problem(problem);
    }

    /// <summary>
    /// Checks an e-mail and password with lockout on failure, without signing in (the second factor decides that);
    /// shared by the API and the login page. The account is returned only when the password was right.
    /// </summary>
    public static async Task<(Microsoft.AspNetCore.Identity.SignInResult Result, PlatformUser? User)> CheckPasswordAsync(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, string email, string password)
    {
        // A form posted with an empty field binds null: that is a failed sign-in like any other, not an error.
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return (Microsoft.AspNetCore.Identity.SignInResult.Failed, null);
        }

        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            return (Microsoft.AspNetCore.Identity.SignInResult.Failed, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true).ConfigureAwait(false);
        return (result, result.Succeeded ? user : null);
    }
}
