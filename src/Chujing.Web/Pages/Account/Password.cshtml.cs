using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>The signed-in holder changes the password (the current one required); the account's other sessions end.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class PasswordModel(PasswordService passwords, SignInManager<PlatformUser> signIn) : PageModel
{
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirm, CancellationToken ct)
    {
        if (!string.Equals(newPassword, confirm, StringComparison.Ordinal))
        {
            Problems = [Diagnostic.ForField(null, "confirm", "the two new passwords differ")];
            return Page();
        }

        var changed = await passwords.ChangeAsync(Caller.From(User), new PasswordChange(currentPassword, newPassword), ct).ConfigureAwait(false);
        if (!changed.IsSuccess)
        {
            Problems = changed.Diagnostics;
            return Page();
        }

        await signIn.RefreshSignInAsync(changed.Value).ConfigureAwait(false);
        Changed = true;
        return Page();
    }
}
