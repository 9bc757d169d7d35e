using Microsoft.AspNetCore.Identity;

namespace Chujing.Persistence.Accounts;

/// <summary>
/// A person with an account. Exactly one tenant is set, matching the role: <see cref="ProcessorId"/> for an
/// enterprise user, <see cref="ZoneGroupId"/> for a zone-group officer, <see cref="Regulator"/> for a city regulator.
/// </summary>
public class PlatformUser : IdentityUser
{
    /// <summary>Name shown in the UI and the audit log.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The processor an enterprise user acts for.</summary>
    public int? ProcessorId { get; set; }

    /// <summary>The zone group an officer belongs to (e.g. <c>daxing</c>).</summary>
    public string? ZoneGroupId { get; set; }

    /// <summary>The city authority of a regulator: <c>cac</c> (市网信办), <c>commerce</c> (市商务局) or <c>data</c> (市政数局).</summary>
    public string? Regulator { get; set; }

    /// <summary>
    /// An enterprise user who administers the processor's accounts (invites colleagues, locks them, issues reset
    /// links). City regulators administer the officials' accounts by their role; the flag is not needed for them.
    /// </summary>
    public bool Administrator { get; set; }
}
