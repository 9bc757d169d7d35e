using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Accounts;

/// <summary>Locking, unlocking and reset links, and what every administration step shares.</summary>
public sealed partial class AccountService
{
    /// <summary>An administrator's lock lasts until an administrator lifts it.</summary>
    public static readonly DateTimeOffset LockedByAdministrator = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Locks an account (its sessions end at once); not the caller's own.</summary>
    public async Task<Result<AccountEntry>> LockAsync(Caller caller, string id, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound(id);
        }

        if (user.Id == caller.UserId)
        {
            return Result<AccountEntry>.Failure([Diagnostic.ForField(null, "body", "you cannot lock your own account")]);
        }

        return await ChangeAsync(caller, user, "lock", async () =>
        {
            await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
            return await users.SetLockoutEndDateAsync(user, LockedByAdministrator).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Lifts a lock (an administrator's or one after failed sign-ins) and forgets the failures.</summary>
    public async Task<Result<AccountEntry>> UnlockAsync(Caller caller, string id, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound(id);
        }

        return await ChangeAsync(caller, user, "unlock", async () =>
        {
            var ended = await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
            return ended.Succeeded ? await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false) : ended;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Clears an account's authenticator and recovery codes (a lost phone): the holder signs in with the password
    /// again and, where the role requires it, enrols a new authenticator on the next sign-in.
    /// </summary>
    public async Task<Result<AccountEntry>> ResetTwoFactorAsync(Caller caller, string id, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound(id);
        }

        return await ChangeAsync(caller, user, "reset-two-factor", async () =>
        {
            var off = await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
            if (!off.Succeeded)
            {
                return off;
            }

            // No codes at all: the old recovery codes stop working.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0).ConfigureAwait(false);
            return await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Issues a one-time reset link (an invitation again when the account never had a password); earlier links stop working.</summary>
    public async Task<Result<IssuedLink>> IssueResetAsync(Caller caller, string id, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return Result<IssuedLink>.Failure(new NotFoundError($"account {id} does not exist or is not one you administer"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var purpose = user.PasswordHash is null ? AccountLinkPurpose.Invitation : AccountLinkPurpose.Reset;
        var link = await links.IssueAsync(caller, user, purpose, ct).ConfigureAwait(false);
        var entry = await EntryAsync(user, ct).ConfigureAwait(false);
        await RecordAsync(caller, user, "issue-" + purpose, entry, new { entry, link = new { link.Purpose, link.ExpiresAt } }, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return link;
    }

    private async Task<Result<AccountEntry>> ChangeAsync(Caller caller, PlatformUser user, string action, Func<Task<Microsoft.AspNetCore.Identity.IdentityResult>> change, CancellationToken ct)
    {
        var before = await EntryAsync(user, ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var result = await change().ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Result<AccountEntry>.Failure([.. result.Errors.Select(e => Diagnostic.ForField(null, "body", e.Description))]);
        }

        var after = await EntryAsync(user, ct).ConfigureAwait(false);
        await RecordAsync(caller, user, action, before, after, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return after;
    }

    private Task<PlatformUser?> ManagedAsync(Caller caller, string id, CancellationToken ct) =>
        db.Users.ManagedBy(caller).SingleOrDefaultAsync(u => u.Id == id, ct);

    private async Task<AccountEntry> EntryAsync(PlatformUser user, CancellationToken ct, string? role = null)
    {
        role ??= (await users.GetRolesAsync(user).ConfigureAwait(false)).FirstOrDefault() ?? string.Empty;
        var processor = user.ProcessorId is { } id
            ? await db.Processors.AsNoTracking().Where(p => p.Id == id).Select(p => new ProcessorName(p.Id, p.Uscc, p.Name)).SingleAsync(ct).ConfigureAwait(false)
            : null;
        return ToEntry(user, role, processor);
    }

    private AccountEntry ToEntry(PlatformUser u, string role, ProcessorName? processor)
    {
        var locked = u.LockoutEnabled && u.LockoutEnd is { } end && end > time.GetUtcNow();
        return new AccountEntry(u.Id, u.Email ?? string.Empty, u.DisplayName, role, u.ZoneGroupId, processor?.Uscc, u.Regulator, u.Administrator, locked, locked ? u.LockoutEnd : null, u.TwoFactorEnabled, u.PasswordHash is not null, processor?.Name);
    }

    // An enterprise account's processor as a person and the audit log read it: USCC and name.
    private sealed record ProcessorName(int Id, string Uscc, string Name);

    /// <summary>An audit entry scoped like the account: an officer's under its zone group, a colleague's under its processor and the processor's zone group.</summary>
    private async Task RecordAsync(Caller? caller, PlatformUser user, string action, object? before, object? after, CancellationToken ct)
    {
        var zone = user.ZoneGroupId;
        if (user.ProcessorId is { } processor)
        {
            zone = await db.Processors.Where(p => p.Id == processor).Select(p => p.ZoneGroupId).SingleAsync(ct).ConfigureAwait(false);
        }

        audit.Record(db, caller, Entity, user.Id, action, user.ProcessorId, zone, before, after);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static Result<AccountEntry> NotFound(string id) =>
        Result<AccountEntry>.Failure(new NotFoundError(string.Create(CultureInfo.InvariantCulture, $"account {id} does not exist or is not one you administer")));
}
