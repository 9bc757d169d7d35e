namespace Chujing.Web.Accounts;

/// <summary>
/// An account as its administrator sees it (never its password, keys or links). An enterprise account names its
/// processor by USCC (<paramref name="Processor"/>) and name (<paramref name="ProcessorName"/>), never by a database id.
/// </summary>
public sealed record AccountEntry(
    string Id,
    string Email,
    string DisplayName,
    string Role,
    string? ZoneGroup,
    string? Processor,
    string? Regulator,
    bool Administrator,
    bool Locked,
    DateTimeOffset? LockedUntil,
    bool TwoFactor,
    bool PasswordSet,
    string? ProcessorName = null);
