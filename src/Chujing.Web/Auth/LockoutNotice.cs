using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Auth;

/// <summary>
/// Tells the account's owner, on the first successful sign-in after it, that the account was locked by repeated wrong
/// passwords: sign-in itself answers a locked account like a wrong password (so that it reveals no account), so the
/// owner would otherwise never learn that someone tried.
/// </summary>
public static class LockoutNotice
{
    /// <summary>The key under which the page's temporary data carries the notice to the next page.</summary>
    public const string Key = "lockout-ended";

    /// <summary>Before sign-in: when the account's lockout ended (it was locked and no longer is), as Beijing time; null otherwise.</summary>
    public static async Task<string?> EndedAsync(UserManager<PlatformUser> users, string email)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user?.LockoutEnd is not { } end || await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return null;
        }

        return end.ToOffset(RegulatoryCalendar.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>After a successful sign-in: forgets the ended lockout, so that it is told once.</summary>
    public static async Task ForgetAsync(UserManager<PlatformUser> users, string email)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false) is { } user)
        {
            await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        }
    }
}
