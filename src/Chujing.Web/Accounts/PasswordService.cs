using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Accounts;

/// <summary>
/// A holder's own password: changed while signed in (the current one required), or set through an invitation or
/// reset link. Either way Identity rotates the security stamp and the user manager logs the revocation, so every
/// other session of the account ends; the caller's own session is reissued by the endpoint or page.
/// </summary>
public sealed class PasswordService(ChujingDbContext db, UserManager<PlatformUser> users, AccountLinks links, AuditLog audit, TimeProvider time)
{
    /// <summary>Changes the signed-in holder's password.</summary>
    public async Task<Result<PlatformUser>> ChangeAsync(Caller caller, PasswordChange change, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        Require(problems, change.CurrentPassword, "currentPassword");
        Require(problems, change.NewPassword, "newPassword");
        if (problems.Count > 0)
        {
            return Result<PlatformUser>.Failure(problems);
        }

        var user = await users.FindByIdAsync(caller.UserId).ConfigureAwait(false);
        if (user is null)
        {
            return Result<PlatformUser>.Failure(new NotFoundError("the signed-in account no longer exists"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var result = await users.ChangePasswordAsync(user, change.CurrentPassword!, change.NewPassword!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // A guessed current password counts towards the lockout like a failed sign-in.
                await users.AccessFailedAsync(user).ConfigureAwait(false);
            }

            return Result<PlatformUser>.Failure(PasswordProblems(result, "newPassword"));
        }

        audit.Record(db, caller, AccountService.Entity, user.Id, "change-password", user.ProcessorId, await ZoneOfAsync(user).ConfigureAwait(false), null, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return user;
    }

    /// <summary>Sets a password through a one-time link and spends it; the account's e-mail counts as confirmed.</summary>
    public async Task<Result<PlatformUser>> SetAsync(PasswordSet request, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        Require(problems, request.Token, "token");
        Require(problems, request.Password, "password");
        if (problems.Count > 0)
        {
            return Result<PlatformUser>.Failure(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var link = request.Token!.Length <= AccountLimits.Token ? await links.FindUsableAsync(request.Token, ct).ConfigureAwait(false) : null;
        var user = link is null ? null : await users.FindByIdAsync(link.UserId).ConfigureAwait(false);
        if (link is null || user is null)
        {
            return Result<PlatformUser>.Failure(Diagnostic.ForField(null, "token", "this link is not valid: it was used, replaced by a newer one or has expired; ask your administrator for a new one"));
        }

        link.SpentAt = time.GetUtcNow();
        user.EmailConfirmed = true;
        var reset = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        var result = await users.ResetPasswordAsync(user, reset, request.Password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Result<PlatformUser>.Failure(PasswordProblems(result, "password"));
        }

        var actor = new Caller(user.Id, user.Email ?? string.Empty, user.DisplayName, (await users.GetRolesAsync(user).ConfigureAwait(false)).FirstOrDefault() ?? string.Empty, user.ProcessorId, user.ZoneGroupId, user.Regulator);
        audit.Record(db, actor, AccountService.Entity, user.Id, link.Purpose == AccountLinkPurpose.Invitation ? "accept-invitation" : "reset-password", user.ProcessorId, await ZoneOfAsync(user).ConfigureAwait(false), null, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return user;
    }

    /// <summary>Identity's password errors as diagnostics on <paramref name="field"/> (a wrong current password on <c>currentPassword</c>).</summary>
    public static IReadOnlyList<Diagnostic> PasswordProblems(IdentityResult result, string field)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordMismatch) => Diagnostic.ForField(null, "currentPassword", "the current password is wrong"),
            nameof(IdentityErrorDescriber.PasswordTooShort) => Diagnostic.ForField(null, field, "must be at least 10 characters"),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => Diagnostic.ForField(null, field, "must contain a digit (0-9)"),
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => Diagnostic.ForField(null, field, "must contain a lower-case letter (a-z)"),
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => Diagnostic.ForField(null, field, "must contain an upper-case letter (A-Z)"),
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Diagnostic.ForField(null, field, "must contain a character that is not a letter or digit (e.g. !)"),
            _ => Diagnostic.ForField(null, field, e.Description),
        })];
    }

    private static void Require(List<Diagnostic> problems, string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, field, "required"));
        }
        else if (value.Length > AccountLimits.Password)
        {
            problems.Add(Diagnostic.ForField(null, field, $"must be at most {AccountLimits.Password} characters"));
        }
    }

    private async Task<string?> ZoneOfAsync(PlatformUser user) =>
        user.ProcessorId is { } processor
            ? (await db.Processors.FindAsync(processor).ConfigureAwait(false))?.ZoneGroupId
            : user.ZoneGroupId;
}
