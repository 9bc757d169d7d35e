namespace Chujing.Web.Access;

/// <summary>Claim types the platform adds to the Identity cookie: the caller's tenant.</summary>
public static class PlatformClaims
{
    public const string Processor = "chujing:processor";
    public const string ZoneGroup = "chujing:zone-group";
    public const string Regulator = "chujing:regulator";
    public const string DisplayName = "chujing:name";

    /// <summary>Present (<see cref="Yes"/>) on an enterprise administrator's cookie.</summary>
    public const string Administrator = "chujing:admin";

    /// <summary>The value of a flag claim.</summary>
    public const string Yes = "yes";
}
