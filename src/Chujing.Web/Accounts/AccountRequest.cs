using System.ComponentModel.DataAnnotations;

namespace Chujing.Web.Accounts;

/// <summary>
/// The body of <c>POST /api/accounts</c>: a new account, which its holder opens with the invitation link the answer
/// carries. The city names the role (<c>zone-officer</c> with its <c>zoneGroup</c>, <c>city-regulator</c>, or
/// <c>enterprise</c> with the registered <c>processor</c>'s USCC for that processor's administrator); an enterprise
/// administrator invites a colleague of its own processor (no role, or <c>enterprise</c>).
/// </summary>
public sealed record AccountRequest(
    [MaxLength(AccountLimits.Email)] string? Email,
    [MaxLength(AccountLimits.DisplayName)] string? DisplayName,
    [MaxLength(AccountLimits.Code)] string? Role,
    [MaxLength(AccountLimits.Code)] string? ZoneGroup,
    [MaxLength(AccountLimits.Code)] string? Regulator,
    bool? Administrator,
    [MaxLength(18)] string? Processor = null);
