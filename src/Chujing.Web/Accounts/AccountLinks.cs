using System.Security.Cryptography;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Tokens;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Accounts;

/// <summary>
/// One-time links that set a password: made with 32 random bytes, stored as their SHA-256 only, usable once until
/// they expire (<see cref="PlatformOptions.InvitationLifetime"/>, <see cref="PlatformOptions.ResetLinkLifetime"/>);
/// issuing a new one spends the account's earlier ones.
/// </summary>
public sealed class AccountLinks(ChujingDbContext db, PlatformOptions options, TimeProvider time)
{
    /// <summary>The page that uses a link.</summary>
    public const string PagePath = "/Account/SetPassword";

    /// <summary>Issues a link for <paramref name="user"/> in the current unit of work (saved).</summary>
    public async Task<IssuedLink> IssueAsync(Caller caller, PlatformUser user, string purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var earlier in await db.AccountLinks.Where(l => l.UserId == user.Id && l.SpentAt == null).ToListAsync(ct).ConfigureAwait(false))
        {
            earlier.SpentAt = now;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = now + (purpose == AccountLinkPurpose.Invitation ? options.InvitationLifetime : options.ResetLinkLifetime);
        db.AccountLinks.Add(new AccountLink
        {
            UserId = user.Id,
            Purpose = purpose,
            TokenHash = ApiTokens.Hash(token),
            CreatedBy = caller.UserId,
            CreatedAt = now,
            ExpiresAt = expires,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new IssuedLink(purpose, token, PagePath + "?token=" + token, expires);
    }

    /// <summary>The link <paramref name="token"/> names while it may still be used (tracked, to be spent); null otherwise.</summary>
    public async Task<AccountLink?> FindUsableAsync(string token, CancellationToken ct)
    {
        var hash = ApiTokens.Hash(token);
        var now = time.GetUtcNow();
        var link = await db.AccountLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.SpentAt == null, ct).ConfigureAwait(false);
        return link is not null && link.ExpiresAt > now ? link : null;
    }
}
