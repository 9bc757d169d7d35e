using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Accounts;

/// <summary>
/// Officials' accounts made by the operator on the server's console (<c>chujing accounts create</c>): the way to the
/// first city account of an install that has none, where no one could sign in to make it. The account is made by
/// the same service as <c>POST /api/accounts</c> (same checks, invitation link, audit entry, whose actor is the
/// console); with a password the invitation is used at once, as its holder would use it. A password is checked
/// before anything is written, so that a weak one leaves no account behind.
/// </summary>
public sealed class ConsoleAccounts(AccountService accounts, PasswordService passwords, UserManager<PlatformUser> users, IDataProtectionProvider protection)
{
    /// <summary>The actor of the audit entries the console writes.</summary>
    public const string ActorEmail = "chujing accounts create";

    /// <summary>Creates the account; with <paramref name="password"/> it is set, else the invitation link is the answer's.</summary>
    public async Task<Result<AccountCreated>> CreateAsync(AccountRequest request, string? password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var console = new Caller("console", ActorEmail, "服务器控制台 · server console", PlatformRoles.CityRegulator, null, null, request.Regulator?.Trim() ?? AccountService.Regulators[0]);
        if (password is not null)
        {
            var weak = await WeakAsync(request.Email?.Trim() ?? string.Empty, password).ConfigureAwait(false);
            if (weak.Count > 0)
            {
                return Result<AccountCreated>.Failure(weak);
            }
        }

        if (password is not null)
        {
            // Setting the password makes an Identity token, which needs the data-protection key ring; on a fresh
            // install the ring is created (and stored in the database) here, before the password's transaction
            // holds the database, not inside it.
            _ = protection.CreateProtector("Chujing.ConsoleAccounts").Protect("key ring");
        }

        var created = await accounts.CreateAsync(console, request, ct).ConfigureAwait(false);
        if (!created.IsSuccess || password is null)
        {
            return created;
        }

        var set = await passwords.SetAsync(new PasswordSet(created.Value.Invitation.Token, password), ct).ConfigureAwait(false);
        return set.IsSuccess ? created : Result<AccountCreated>.Failure(set.Error!);
    }

    /// <summary>
    /// The platform's password rules (at least 10 characters with a digit, a lower- and an upper-case letter and a
    /// sign), and more for an official's account: not the published demo password, not the e-mail address's name.
    /// </summary>
    private async Task<IReadOnlyList<Diagnostic>> WeakAsync(string email, string password)
    {
        var problems = new List<Diagnostic>();
        if (password.Length > AccountLimits.Password)
        {
            problems.Add(Diagnostic.ForField(null, "password", $"must be at most {AccountLimits.Password} characters"));
            return problems;
        }

        var probe = new PlatformUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                problems.AddRange(PasswordService.PasswordProblems(result, "password"));
            }
        }

        if (string.Equals(password, DemoAccounts.Password, StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "password", "is the demo accounts' published password; choose another"));
        }

        var name = email.Split('@')[0];
        if (name.Length >= 3 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Diagnostic.ForField(null, "password", "must not contain the e-mail address's name"));
        }

        return problems;
    }
}
