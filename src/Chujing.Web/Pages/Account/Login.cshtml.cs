using Chujing.Persistence.Accounts;
using Chujing.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>Sign-in form; the same lockout as the API.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, TwoFactor twoFactor) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The text key of the error to show, if any.</summary>
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var lockoutEnded = await LockoutNotice.EndedAsync(users, Email).ConfigureAwait(false);
        var (result, user) = await AuthEndpoints.CheckPasswordAsync(signIn, users, Email, Password).ConfigureAwait(false);
        if (result.Succeeded && user is not null)
        {
            if (lockoutEnded is not null)
            {
                await LockoutNotice.ForgetAsync(users, Email).ConfigureAwait(false);
                TempData[LockoutNotice.Key] = lockoutEnded;
            }

            var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
            if (await twoFactor.NeedAsync(user).ConfigureAwait(false) != SecondFactor.None)
            {
                // The password was right; the authenticator's code (or enrolment) comes next.
                await twoFactor.RememberPendingAsync(HttpContext, user).ConfigureAwait(false);
                return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = returnUrl });
            }

            await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd").ConfigureAwait(false);
            return LocalRedirect(returnUrl);
        }

        // One answer for a wrong password, an unknown e-mail and a locked account, so that sign-in reveals no account.
        Error = "login.failed";
        return Page();
    }
}
