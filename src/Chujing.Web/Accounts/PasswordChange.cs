using System.ComponentModel.DataAnnotations;

namespace Chujing.Web.Accounts;

/// <summary>The body of <c>POST /api/auth/password</c>: the signed-in holder's new password, with the current one.</summary>
public sealed record PasswordChange(
    [MaxLength(AccountLimits.Password)] string? CurrentPassword,
    [MaxLength(AccountLimits.Password)] string? NewPassword);
