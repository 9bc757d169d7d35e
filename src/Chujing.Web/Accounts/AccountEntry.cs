namespace Chujing.Web.Accounts;

/// <summary>An account as its administrator sees it (never its password, keys or links).</summary>
public sealed record AccountEntry(
    string Id,
    string Email,
    string DisplayName,
    string Role,
    string? ZoneGroup,
    int? Processor,
    string? Regulator,
    bool Administrator,
    bool Locked,
    DateTimeOffset? LockedUntil,
    bool TwoFactor,
    bool PasswordSet);
