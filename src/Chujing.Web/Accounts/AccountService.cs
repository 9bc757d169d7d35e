using Chujing.Domain.Diagnostics;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Accounts;

/// <summary>
/// User administration within the caller's tenant: the city administers the officials' accounts (zone-group officers
/// and city regulators), an enterprise administrator its processor's colleagues. Every change goes through the user
/// manager (so it ends the account's sessions through the revocation log) and is audited in the same transaction.
/// </summary>
public sealed partial class AccountService(ChujingDbContext db, UserManager<PlatformUser> users, AuditLog audit, AccountLinks links, TimeProvider time)
{
    /// <summary>The audit log's entity name for accounts.</summary>
    public const string Entity = "account";

    /// <summary>The regulators a city account may belong to.</summary>
    public static IReadOnlyList<string> Regulators { get; } = ["cac", "commerce", "data"];

    /// <summary>The accounts <paramref name="caller"/> administers, by e-mail.</summary>
    public async Task<IReadOnlyList<AccountEntry>> ListAsync(Caller caller, CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking().ManagedBy(caller).OrderBy(u => u.Email).Take(AccountLimits.Listed).ToListAsync(ct).ConfigureAwait(false);
        var ids = rows.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new { r.UserId, role.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        var processorIds = rows.Where(u => u.ProcessorId is not null).Select(u => u.ProcessorId!.Value).Distinct().ToList();
        var processors = await db.Processors.AsNoTracking().Where(p => processorIds.Contains(p.Id))
            .Select(p => new ProcessorName(p.Id, p.Uscc, p.Name)).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);
        return [.. rows.Select(u => ToEntry(u, roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? string.Empty, u.ProcessorId is { } p ? processors[p] : null))];
    }

    /// <summary>One account the caller administers, or not found.</summary>
    public async Task<Result<AccountEntry>> FindAsync(Caller caller, string id, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        return user is null ? NotFound(id) : await EntryAsync(user, ct).ConfigureAwait(false);
    }

    /// <summary>Creates an account without a password and issues its invitation link.</summary>
    public async Task<Result<AccountCreated>> CreateAsync(Caller caller, AccountRequest request, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        var email = request.Email?.Trim() ?? string.Empty;
        var name = request.DisplayName?.Trim() ?? string.Empty;
        CheckEmail(problems, email);
        CheckName(problems, name, required: true);
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = name, LockoutEnabled = true };
        string role;
        if (caller.IsCity)
        {
            role = request.Role?.Trim() ?? string.Empty;
            if (role == PlatformRoles.ZoneOfficer)
            {
                user.ZoneGroupId = await CheckZoneGroupAsync(problems, request.ZoneGroup, ct).ConfigureAwait(false);
            }
            else if (role == PlatformRoles.CityRegulator)
            {
                var regulator = string.IsNullOrWhiteSpace(request.Regulator) ? caller.Regulator : request.Regulator.Trim();
                if (regulator is { Length: > AccountLimits.Code })
                {
                    problems.Add(Diagnostic.ForField(null, "regulator", $"must be at most {AccountLimits.Code} characters"));
                }
                else if (!Regulators.Contains(regulator, StringComparer.Ordinal))
                {
                    problems.Add(Diagnostic.ForField(null, "regulator", $"'{regulator}' is not a city regulator", string.Join(", ", Regulators)));
                }

                user.Regulator = regulator;
            }
            else if (role == PlatformRoles.Enterprise)
            {
                // A registered processor's first account: its administrator, who then invites the colleagues.
                await InviteAdministratorAsync(problems, user, request, ct).ConfigureAwait(false);
            }
            else
            {
                problems.Add(Diagnostic.ForField(null, "role", $"the city creates officials' accounts and each processor's administrator: the role must be {PlatformRoles.ZoneOfficer}, {PlatformRoles.CityRegulator} or {PlatformRoles.Enterprise}", $"{PlatformRoles.ZoneOfficer}, {PlatformRoles.CityRegulator}, {PlatformRoles.Enterprise}"));
            }

            if (role != PlatformRoles.Enterprise && (request.Administrator is not null || request.Processor is not null))
            {
                problems.Add(Diagnostic.ForField(null, request.Processor is not null ? "processor" : "administrator", "only an enterprise account belongs to a processor or is its administrator"));
            }
        }
        else
        {
            role = PlatformRoles.Enterprise;
            if (request.Role is { Length: > 0 } asked && asked.Trim() != PlatformRoles.Enterprise)
            {
                problems.Add(Diagnostic.ForField(null, "role", $"an enterprise administrator invites colleagues of its own processor: the role is {PlatformRoles.Enterprise}"));
            }

            if (request.ZoneGroup is not null || request.Regulator is not null || request.Processor is not null)
            {
                problems.Add(Diagnostic.ForField(null, request.ZoneGroup is not null ? "zoneGroup" : request.Regulator is not null ? "regulator" : "processor", "a colleague belongs to your processor; leave the zone group, the regulator and the processor out"));
            }

            user.ProcessorId = caller.ProcessorId;
            user.Administrator = request.Administrator ?? false;
        }

        if (problems.Count == 0 && await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            problems.Add(Diagnostic.ForField(null, "email", $"{email} already has an account"));
        }

        if (problems.Count > 0)
        {
            return Result<AccountCreated>.Failure(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var created = await users.CreateAsync(user).ConfigureAwait(false);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, role).ConfigureAwait(false)).Succeeded)
        {
            return Result<AccountCreated>.Failure([.. created.Errors.Select(e => Diagnostic.ForField(null, e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "body", e.Description))]);
        }

        var link = await links.IssueAsync(caller, user, AccountLinkPurpose.Invitation, ct).ConfigureAwait(false);
        var entry = await EntryAsync(user, ct, role).ConfigureAwait(false);
        await RecordAsync(caller, user, "invite", null, entry, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new AccountCreated(entry, link);
    }

    /// <summary>
    /// The city's invitation of a registered processor's administrator (<c>role: enterprise</c> with the processor's
    /// USCC): the account administers that processor, so <c>administrator</c> may be left out but not be false.
    /// </summary>
    private async Task InviteAdministratorAsync(List<Diagnostic> problems, PlatformUser user, AccountRequest request, CancellationToken ct)
    {
        if (request.ZoneGroup is not null || request.Regulator is not null)
        {
            problems.Add(Diagnostic.ForField(null, request.ZoneGroup is not null ? "zoneGroup" : "regulator", "an enterprise account belongs to its processor; leave the zone group and the regulator out"));
        }

        if (request.Administrator is false)
        {
            problems.Add(Diagnostic.ForField(null, "administrator", "the city invites a processor's administrator; the administrator invites the colleagues"));
        }

        // Written in lower case it is the same code, as the processor's registration reads it; a malformed one is
        // said to be malformed, never "not registered".
        var uscc = request.Processor?.Trim().ToUpperInvariant() ?? string.Empty;
        var malformed = uscc.Length == 0 ? null : Uscc.Validate(uscc, "processor");
        var processor = uscc.Length == 0 || malformed is not null ? null : await db.Processors.AsNoTracking().SingleOrDefaultAsync(p => p.Uscc == uscc, ct).ConfigureAwait(false);
        if (uscc.Length == 0)
        {
            problems.Add(Diagnostic.ForField(null, "processor", "the processor's USCC is required for an enterprise account"));
        }
        else if (malformed is not null)
        {
            problems.Add(malformed);
        }
        else if (processor is null)
        {
            problems.Add(Diagnostic.ForField(null, "processor", $"{uscc} is not a registered processor (register it first: POST /api/processors)"));
        }
        else
        {
            user.ProcessorId = processor.Id;
            user.Administrator = true;
        }
    }

    /// <summary>Changes an account's name, an officer's zone group or a colleague's administrator flag.</summary>
    public async Task<Result<AccountEntry>> UpdateAsync(Caller caller, string id, AccountUpdate update, CancellationToken ct)
    {
        var user = await ManagedAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound(id);
        }

        var before = await EntryAsync(user, ct).ConfigureAwait(false);
        var problems = new List<Diagnostic>();
        if (update.DisplayName is not null)
        {
            CheckName(problems, update.DisplayName.Trim(), required: true);
            user.DisplayName = update.DisplayName.Trim();
        }

        if (update.ZoneGroup is not null)
        {
            if (before.Role != PlatformRoles.ZoneOfficer)
            {
                problems.Add(Diagnostic.ForField(null, "zoneGroup", "only a zone-group officer's account has a zone group"));
            }
            else
            {
                user.ZoneGroupId = await CheckZoneGroupAsync(problems, update.ZoneGroup, ct).ConfigureAwait(false);
            }
        }

        if (update.Administrator is { } administrator)
        {
            if (before.Role != PlatformRoles.Enterprise)
            {
                problems.Add(Diagnostic.ForField(null, "administrator", "only an enterprise account can be its processor's administrator"));
            }
            else if (caller.IsCity && !administrator)
            {
                problems.Add(Diagnostic.ForField(null, "administrator", "the city does not take away a processor's administration; another administrator of that processor can, or lock the account"));
            }
            else if (user.Id == caller.UserId && !administrator)
            {
                problems.Add(Diagnostic.ForField(null, "administrator", "you cannot take away your own administration; another administrator can"));
            }

            user.Administrator = administrator;
        }

        if (problems.Count > 0)
        {
            return Result<AccountEntry>.Failure(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var result = await users.UpdateAsync(user).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Result<AccountEntry>.Failure([.. result.Errors.Select(e => Diagnostic.ForField(null, "body", e.Description))]);
        }

        var after = await EntryAsync(user, ct).ConfigureAwait(false);
        await RecordAsync(caller, user, "update", before, after, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return after;
    }

    private static void CheckEmail(List<Diagnostic> problems, string email)
    {
        if (email.Length == 0)
        {
            problems.Add(Diagnostic.ForField(null, "email", "an e-mail address is required"));
        }
        else if (email.Length > AccountLimits.Email)
        {
            problems.Add(Diagnostic.ForField(null, "email", $"must be at most {AccountLimits.Email} characters"));
        }
        else if (email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@') || email.Any(char.IsWhiteSpace))
        {
            problems.Add(Diagnostic.ForField(null, "email", $"'{email}' is not an e-mail address"));
        }
    }

    private static void CheckName(List<Diagnostic> problems, string name, bool required)
    {
        if (required && name.Length == 0)
        {
            problems.Add(Diagnostic.ForField(null, "displayName", "a name is required"));
        }
        else if (name.Length > AccountLimits.DisplayName)
        {
            problems.Add(Diagnostic.ForField(null, "displayName", $"must be at most {AccountLimits.DisplayName} characters"));
        }
    }

    private async Task<string?> CheckZoneGroupAsync(List<Diagnostic> problems, string? zoneGroup, CancellationToken ct)
    {
        var zone = zoneGroup?.Trim() ?? string.Empty;
        if (zone.Length > AccountLimits.Code)
        {
            problems.Add(Diagnostic.ForField(null, "zoneGroup", $"must be at most {AccountLimits.Code} characters"));
            return null;
        }

        if (!await db.ZoneGroups.AnyAsync(z => z.Id == zone, ct).ConfigureAwait(false))
        {
            problems.Add(Diagnostic.ForField(null, "zoneGroup", $"'{zone}' is not a zone group", string.Join(", ", ZoneGroup.Beijing.Select(z => z.Id))));
            return null;
        }

        return zone;
    }
}
