using System.ComponentModel.DataAnnotations;
using Chujing.Web.Accounts;

namespace Chujing.Web.Auth;

/// <summary>
/// The body of <c>POST /api/auth/login</c>. An account with two-factor sign-in also sends <c>code</c> (its
/// authenticator's current code) or <c>recoveryCode</c> (one of its recovery codes) with the password.
/// </summary>
public sealed record LoginRequest(
    [MaxLength(AccountLimits.Email)] string? Email,
    [MaxLength(AccountLimits.Password)] string? Password,
    [MaxLength(AccountLimits.Token)] string? Code = null,
    [MaxLength(AccountLimits.Token)] string? RecoveryCode = null);
