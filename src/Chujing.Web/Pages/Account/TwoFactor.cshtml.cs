using Chujing.Persistence.Accounts;
using Chujing.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>
/// Sign-in's second step, after a correct password: the authenticator's code (or a recovery code); an official
/// without an authenticator enrols here first (QR code, key, a code that confirms it, recovery codes shown once).
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, TwoFactor twoFactor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    public Enrolment? Enrolment { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool Failed { get; private set; }

    public string Continue => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false);
        if (user is null)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        await PrepareAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false);
        if (user is null)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            Failed = true;
            await PrepareAsync(user).ConfigureAwait(false);
            return Page();
        }

        var need = await twoFactor.NeedAsync(user).ConfigureAwait(false);
        if (need == SecondFactor.Enrol)
        {
            RecoveryCodes = string.IsNullOrWhiteSpace(Code) || Code.Length > Chujing.Web.Accounts.AccountLimits.Token ? null : await twoFactor.EnableAsync(user, Code).ConfigureAwait(false);
            if (RecoveryCodes is not null)
            {
                await twoFactor.SignInAsync(HttpContext, user).ConfigureAwait(false);
                return Page();
            }
        }
        else
        {
            var passed = !string.IsNullOrWhiteSpace(Code) && Code.Length <= Chujing.Web.Accounts.AccountLimits.Token
                ? await twoFactor.VerifyAsync(user, Code).ConfigureAwait(false)
                : !string.IsNullOrWhiteSpace(RecoveryCode) && RecoveryCode.Length <= Chujing.Web.Accounts.AccountLimits.Token && await twoFactor.RedeemAsync(user, RecoveryCode).ConfigureAwait(false);
            if (passed)
            {
                await twoFactor.SignInAsync(HttpContext, user).ConfigureAwait(false);
                return LocalRedirect(Continue);
            }
        }

        await users.AccessFailedAsync(user).ConfigureAwait(false);
        Failed = true;
        await PrepareAsync(user).ConfigureAwait(false);
        return Page();
    }

    private async Task PrepareAsync(PlatformUser user)
    {
        if (await twoFactor.NeedAsync(user).ConfigureAwait(false) == SecondFactor.Enrol)
        {
            Enrolment = await twoFactor.EnrolmentAsync(user).ConfigureAwait(false);
        }
    }
}
