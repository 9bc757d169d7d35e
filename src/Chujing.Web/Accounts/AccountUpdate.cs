using System.ComponentModel.DataAnnotations;

namespace Chujing.Web.Accounts;

/// <summary>The body of <c>PATCH /api/accounts/{id}</c>: any of the name, an officer's zone group, an enterprise colleague's administrator flag.</summary>
public sealed record AccountUpdate(
    [MaxLength(AccountLimits.DisplayName)] string? DisplayName,
    [MaxLength(AccountLimits.Code)] string? ZoneGroup,
    bool? Administrator);
