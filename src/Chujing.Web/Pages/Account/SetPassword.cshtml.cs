using Chujing.Domain.Diagnostics;
using Chujing.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>Opens an invitation or a reset link: the holder sets the password, the link is spent.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(PasswordService passwords) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? password, string? confirm, CancellationToken ct)
    {
        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            Problems = [Diagnostic.ForField(null, "confirm", "the two new passwords differ")];
            return Page();
        }

        var set = await passwords.SetAsync(new PasswordSet(Token, password), ct).ConfigureAwait(false);
        Problems = set.Diagnostics;
        Done = set.IsSuccess;
        return Page();
    }
}
