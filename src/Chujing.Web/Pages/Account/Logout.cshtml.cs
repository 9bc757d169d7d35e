using Chujing.Persistence.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>Sign-out: POST only (anti-forgery checked), then back to the sign-in page.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<PlatformUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        await Access.AccessServiceCollectionExtensions.SignOutEverywhereAsync(signIn, User).ConfigureAwait(false);
        return RedirectToPage("/Account/Login");
    }
}
