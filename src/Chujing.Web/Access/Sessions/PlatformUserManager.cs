using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Persistence.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Identity's user manager, plus one duty: every change it saves to an account (a new security stamp on sign-out, a
/// password, a lockout, a role, a tenant, a deletion) is written to the session revocation log in the same
/// transaction, and drops the account's cached sessions on this node once committed.
/// </summary>
internal sealed class PlatformUserManager(
    IUserStore<PlatformUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PlatformUser> passwordHasher,
    IEnumerable<IUserValidator<PlatformUser>> userValidators,
    IEnumerable<IPasswordValidator<PlatformUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PlatformUser>> logger,
    ChujingDbContext db,
    SessionCache sessions,
    TimeProvider time)
    : UserManager<PlatformUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> DeleteAsync(PlatformUser user) => RevokingAsync(user, () => base.DeleteAsync(user));

    protected override Task<IdentityResult> UpdateUserAsync(PlatformUser user) => RevokingAsync(user, () => base.UpdateUserAsync(user));

    private async Task<IdentityResult> RevokingAsync(PlatformUser user, Func<Task<IdentityResult>> change)
    {
        ArgumentNullException.ThrowIfNull(user);
        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(CancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var revocation = await SessionRevocationLog.StageAsync(db, user.Id, time.GetUtcNow(), CancellationToken).ConfigureAwait(false);
            var result = await change().ConfigureAwait(false);
            if (!result.Succeeded)
            {
                db.Entry(revocation).State = EntityState.Detached;
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(CancellationToken).ConfigureAwait(false);
                }

                return result;
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(CancellationToken).ConfigureAwait(false);
            }

            sessions.Revoke(user.Id);
            return result;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
