using System.Collections.Frozen;
using Chujing.Persistence.Accounts;

namespace Chujing.Web.Access;

/// <summary>The grant table: which role holds which permission.</summary>
public static class RolePermissions
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Table = new Dictionary<string, FrozenSet<string>>
    {
        [PlatformRoles.Enterprise] = new[]
        {
            Permissions.Assess, Permissions.FilingsRead, Permissions.FilingsWrite, Permissions.ProcessorsRead,
            Permissions.ApplicationsSubmit, Permissions.EvidenceAppend, Permissions.CountersRead,
            Permissions.DeviationsRead, Permissions.ExportsCheck, Permissions.TokensManage,
            Permissions.SpotChecksRead, Permissions.SpotChecksProduce, Permissions.FindingsRead, Permissions.FindingsRectify, Permissions.RatingsRead,
            Permissions.EditionsRead,
            Permissions.LedgerExport,
            Permissions.AccountsManage,
            Permissions.Notifications,
        }.ToFrozenSet(StringComparer.Ordinal),
        [PlatformRoles.ZoneOfficer] = new[]
        {
            Permissions.Assess, Permissions.FilingsRead, Permissions.FilingsReview, Permissions.ProcessorsRead,
            Permissions.ProcessorsRegister, Permissions.ApplicationsDecide, Permissions.AuditRead, Permissions.CountersRead,
            Permissions.StatisticsRead,
            Permissions.DeviationsRead,
            Permissions.SpotChecksRead, Permissions.SpotChecksManage, Permissions.FindingsRead, Permissions.FindingsDecide, Permissions.RatingsRead,
            Permissions.EditionsRead,
            Permissions.LedgerExport,
            Permissions.Notifications,
        }.ToFrozenSet(StringComparer.Ordinal),
        [PlatformRoles.CityRegulator] = new[]
        {
            Permissions.Assess, Permissions.FilingsRead, Permissions.ProcessorsRead, Permissions.ProcessorsRegister,
            Permissions.AuditRead, Permissions.CountersRead, Permissions.StatisticsRead,
            Permissions.DeviationsRead,
            Permissions.SpotChecksRead, Permissions.SpotChecksManage, Permissions.FindingsRead, Permissions.RatingsRead,
            Permissions.EditionsRead, Permissions.EditionsWrite,
            Permissions.LedgerExport,
            Permissions.AccountsManage,
            Permissions.Notifications,
        }.ToFrozenSet(StringComparer.Ordinal),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="role"/> grants <paramref name="permission"/>.</summary>
    public static bool Grants(string role, string permission) =>
        Table.TryGetValue(role, out var set) && set.Contains(permission);

    /// <summary>
    /// True when <paramref name="role"/> grants <paramref name="permission"/> to this account: an enterprise user
    /// administers the processor's accounts only when the account is its administrator.
    /// </summary>
    public static bool Grants(string role, string permission, bool administrator) =>
        Grants(role, permission) && (administrator || permission != Permissions.AccountsManage || role != PlatformRoles.Enterprise);
}
