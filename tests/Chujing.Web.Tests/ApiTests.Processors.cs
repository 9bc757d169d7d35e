using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>Registering processors: the unified social credit code is checked as the ledger checks it; registrations are audited.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task RegisterProcessor_BadCheckCharacter_422OnUscc()
    {
        var officer = await platform.As(DemoAccounts.Haidian);
        var problem = await ProblemAsync(
            await officer.PostAsJsonAsync("api/processors", new { uscc = "91110000802100433C", name = "X", zoneGroup = "haidian", contactEmail = "x@example.com" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("uscc"));
    }

    [Theory]
    [InlineData("0111010500000000")]
    [InlineData("9100000000000000")]
    public async Task RegisterProcessor_CheckCharacterRightButCodeNotAssigned_422OnUscc_AsTheLedgerRefusesIt(string first16)
    {
        // The check character is right, but the authority is 0 or the division is 000000: the ledger would refuse
        // every export event of such a processor, so the platform does not register it.
        var first17 = first16 + "1";
        var uscc = first17 + Chujing.Domain.Identifiers.Uscc.CheckCharacter(first17);
        var officer = await platform.As(DemoAccounts.Haidian);
        var problem = await ProblemAsync(
            await officer.PostAsJsonAsync("api/processors", new { uscc, name = "X", zoneGroup = "haidian", contactEmail = "x@example.com" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not an assigned", problem["errors"]!["uscc"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterProcessor_Valid_201AndAudited()
    {
        var officer = await platform.As(DemoAccounts.Haidian);
        var uscc = platform.ProviderName == "sqlite" ? "91110000802100433B" : "91310000MA1FL4B24G";
        var created = await Json(await officer.PostAsJsonAsync("api/processors", new { uscc, name = "新注册企业", contactEmail = "dpo@example.com" }), HttpStatusCode.Created);
        Assert.Equal("haidian", (string?)created["zoneGroup"]);
        var audit = JsonNode.Parse(await officer.GetStringAsync("api/audit?entity=processor"))!.AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "register");
    }
}
