using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>
/// The signed-in holder's two-step verification: enrol an authenticator (QR code, key, a confirming code), new
/// recovery codes, turn it off where the role allows. Each change rotates the security stamp, which ends the
/// account's other sessions; this one is reissued.
/// </summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class SecurityModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, TwoFactor twoFactor) : PageModel
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int CodesLeft { get; private set; }

    public Enrolment? Enrolment { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        await PrepareAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        RecoveryCodes = string.IsNullOrWhiteSpace(code) || code.Length > Chujing.Web.Accounts.AccountLimits.Token ? null : await twoFactor.EnableAsync(user, code).ConfigureAwait(false);
        Failed = RecoveryCodes is null;
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        await PrepareAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostCodesAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null || !await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false))
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactor.RecoveryCodes).ConfigureAwait(false) ?? []];
        await PrepareAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is not null && await twoFactor.DisableAsync(user).ConfigureAwait(false))
        {
            await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        }

        return RedirectToPage();
    }

    private async Task PrepareAsync(PlatformUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false);
        Required = twoFactor.Required(user);
        CodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user).ConfigureAwait(false) : 0;
        if (!Enabled)
        {
            var hadKey = !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false));
            Enrolment = await twoFactor.EnrolmentAsync(user).ConfigureAwait(false);
            if (!hadKey)
            {
                // Making the key rotated the security stamp: reissue this session's cookie.
                await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
            }
        }
    }
}
