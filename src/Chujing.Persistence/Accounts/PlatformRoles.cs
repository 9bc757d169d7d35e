namespace Chujing.Persistence.Accounts;

/// <summary>The three roles of the platform, as stored in Identity.</summary>
public static class PlatformRoles
{
    /// <summary>企业用户: a user of one processor.</summary>
    public const string Enterprise = "enterprise";

    /// <summary>自贸组团工作人员: an officer of one zone group.</summary>
    public const string ZoneOfficer = "zone-officer";

    /// <summary>市级监管部门: 市网信办, 市商务局 or 市政数局.</summary>
    public const string CityRegulator = "city-regulator";

    /// <summary>All roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Enterprise, ZoneOfficer, CityRegulator];
}
