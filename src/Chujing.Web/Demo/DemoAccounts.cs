namespace Chujing.Web.Demo;

/// <summary>The demo accounts of docs/contracts.md, all with <see cref="Password"/>.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Passw0rd!";
    public const string City = "city@demo.local";
    public const string Daxing = "daxing@demo.local";
    public const string Haidian = "haidian@demo.local";
    public const string Daxing2 = "daxing2@demo.local";
    public const string Haidian2 = "haidian2@demo.local";
    public const string Chaoyang = "chaoyang@demo.local";
    public const string Changping = "changping@demo.local";
    public const string Tongzhou = "tongzhou@demo.local";
    public const string Shunyi = "shunyi@demo.local";
    public const string Yizhuang = "yizhuang@demo.local";

    /// <summary>An officer of each zone group without demo enterprises, by zone-group id (大兴 and 海淀 have two each).</summary>
    public static IReadOnlyList<(string ZoneGroup, string Email)> OtherOfficers { get; } =
    [
        ("chaoyang", Chaoyang), ("changping", Changping), ("tongzhou", Tongzhou), ("shunyi", Shunyi), ("yizhuang", Yizhuang),
    ];
    public const string EnterpriseA = "ent-a@demo.local";
    public const string EnterpriseB = "ent-b@demo.local";

    /// <summary>
    /// The officials the demo seeds: on a demo platform these alone sign in with the password only; an official the
    /// demo's city creates later enrols an authenticator as anywhere else.
    /// </summary>
    public static IReadOnlySet<string> SeededOfficials { get; } = new HashSet<string>(
        [City, Daxing, Haidian, Daxing2, Haidian2, .. OtherOfficers.Select(o => o.Email)], StringComparer.OrdinalIgnoreCase);
}
