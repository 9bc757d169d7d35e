using System.ComponentModel.DataAnnotations;

namespace Chujing.Web.Accounts;

/// <summary>The body of <c>POST /api/auth/set-password</c>: an invitation or reset link's token and the new password.</summary>
public sealed record PasswordSet(
    [MaxLength(AccountLimits.Token)] string? Token,
    [MaxLength(AccountLimits.Password)] string? Password);
