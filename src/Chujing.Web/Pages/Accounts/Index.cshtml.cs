using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Accounts;

/// <summary>
/// User administration: the city's officials or an enterprise administrator's colleagues — invite (the link shown
/// once), move an officer to another zone group, lock, unlock, issue a reset link.
/// </summary>
[Authorize(Policy = Permissions.AccountsManage)]
public sealed class IndexModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>The link just issued, as an absolute address; shown on this response only.</summary>
    public (string Url, DateTimeOffset Expires)? Link { get; private set; }

    public bool IsCity => Caller.From(User).IsCity;

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(Caller.From(User), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(string? email, string? displayName, string? role, string? zoneGroup, string? regulator, string? processor, bool administrator, CancellationToken ct)
    {
        var caller = Caller.From(User);
        var request = caller.IsCity
            ? new AccountRequest(email, displayName, role, role == Persistence.Accounts.PlatformRoles.ZoneOfficer ? zoneGroup : null, role == Persistence.Accounts.PlatformRoles.CityRegulator ? regulator : null, null,
                role == Persistence.Accounts.PlatformRoles.Enterprise ? processor ?? string.Empty : null)
            : new AccountRequest(email, displayName, null, null, null, administrator);
        var created = await accounts.CreateAsync(caller, request, ct).ConfigureAwait(false);
        Show(created.IsSuccess ? created.Value.Invitation : null, created.Diagnostics);
        return await ReloadAsync(ct).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        await AfterAsync(await accounts.LockAsync(Caller.From(User), id, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        await AfterAsync(await accounts.UnlockAsync(Caller.From(User), id, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostMoveAsync(string id, string? zoneGroup, CancellationToken ct) =>
        await AfterAsync(await accounts.UpdateAsync(Caller.From(User), id, new AccountUpdate(null, zoneGroup ?? string.Empty, null), ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostTwoFactorAsync(string id, CancellationToken ct) =>
        await AfterAsync(await accounts.ResetTwoFactorAsync(Caller.From(User), id, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct)
    {
        var issued = await accounts.IssueResetAsync(Caller.From(User), id, ct).ConfigureAwait(false);
        if (issued.Error is NotFoundError)
        {
            return NotFound();
        }

        Show(issued.IsSuccess ? issued.Value : null, issued.Diagnostics);
        return await ReloadAsync(ct).ConfigureAwait(false);
    }

    private async Task<IActionResult> AfterAsync(Result<AccountEntry> result, CancellationToken ct)
    {
        if (result.Error is NotFoundError)
        {
            return NotFound();
        }

        Problems = result.Diagnostics;
        return await ReloadAsync(ct).ConfigureAwait(false);
    }

    private void Show(IssuedLink? link, IReadOnlyList<Diagnostic> problems)
    {
        Problems = problems;
        if (link is not null)
        {
            Link = ($"{Request.Scheme}://{Request.Host}{link.Url}", link.ExpiresAt);
        }
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        await OnGetAsync(ct).ConfigureAwait(false);
        return Page();
    }
}
