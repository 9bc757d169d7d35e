using Chujing.Persistence.Accounts;
using Chujing.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>Sign-in form; the same lockout as the API.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users) : PageModel
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
        var result = await AuthEndpoints.PasswordSignInAsync(signIn, users, Email, Password).ConfigureAwait(false);
        if (result.Succeeded)
        {
            if (lockoutEnded is not null)
            {
                await LockoutNotice.ForgetAsync(users, Email).ConfigureAwait(false);
                TempData[LockoutNotice.Key] = lockoutEnded;
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // One answer for a wrong password, an unknown e-mail and a locked account, so that sign-in reveals no account.
        Error = "login.failed";
        return Page();
    }
}
