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
    public const string EnterpriseA = "ent-a@demo.local";
    public const string EnterpriseB = "ent-b@demo.local";
}
