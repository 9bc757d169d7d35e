using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>The enterprise's API tokens for export gateways and ETL jobs: make one (shown once), see when each was last used, revoke.</summary>
[Authorize(Policy = Permissions.TokensManage)]
public sealed class TokensModel(TokenService tokens) : PageModel
{
    /// <summary>The form's own label for the token's name.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal) { ["name"] = "tokens.name" };

    public IReadOnlyList<TokenView> Tokens { get; private set; } = [];

    /// <summary>The token just made; shown on this response only.</summary>
    public CreatedToken? Created { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(Caller.From(User), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken ct)
    {
        var created = await tokens.CreateAsync(Caller.From(User), new TokenRequest(name, null), ct).ConfigureAwait(false);
        var answer = await created.ToPageAsync(this, token =>
        {
            Created = token;
            return Page();
        }, problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish, Labels);
            return Task.FromResult<IActionResult>(Page());
        }).ConfigureAwait(false);

        // The list shows the new token too (or the unchanged list beside the form's problems).
        await OnGetAsync(ct).ConfigureAwait(false);
        return answer;
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct) =>
        await (await tokens.RevokeAsync(Caller.From(User), id, ct).ConfigureAwait(false))
            .ToPageAsync(this, _ => RedirectToPage(), _ => Task.FromResult<IActionResult>(RedirectToPage())).ConfigureAwait(false);
}
