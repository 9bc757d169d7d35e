using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Chujing.Web.Tests.ConsistencyApiTests;

namespace Chujing.Web.Tests.Consistency;

/// <summary>
/// The deviations the platform records read as people read them: destinations by their Chinese name with the English
/// beside, the exceeded count by its name with the filed and the actual figure; kind, path and rule keep their codes.
/// Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class DeviationWordingApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task CountryNotFiled_NamesBothCountriesInChineseWithEnglishBeside_KeepingTheMachineFields()
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "country-words");
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "Novum Pharma AG", "US", "country-words-1") }), HttpStatusCode.OK);
        var deviation = Assert.Single(receipt["deviations"]!.AsArray())!;
        Assert.Equal(("country-not-filed", "country"), ((string?)deviation["kind"], (string?)deviation["path"]));
        Assert.Equal("备案的接收方“Novum Pharma AG”位于瑞士（Switzerland），不在美国（United States）。", (string?)deviation["detail"]);
        Assert.Equal("The filed recipient 'Novum Pharma AG' is in Switzerland (瑞士), not in United States (美国).", (string?)deviation["detailEn"]);
        Assert.Contains(deviation["basis"]!.AsArray(), b => (string?)b!["rule"] == $"filing:{id}#recipients[].country");

        var stored = Assert.Single(JsonNode.Parse(await enterprise.GetStringAsync($"api/deviations?filing={id}"))!.AsArray())!;
        Assert.Contains("美国（United States）", (string?)stored["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonsOverFiled_SaysWhichCountWasExceeded_WithTheFiledAndTheActualFigure()
    {
        var (id, uscc, enterprise) = await ApprovedFilingAsync(platform, "persons-words", personal: 1);
        await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "Novum Pharma AG", "CH", "persons-words-1") }), HttpStatusCode.OK);
        var receipt = await ApiTests.Json(await enterprise.PostAsJsonAsync("api/evidence", new[] { Event(uscc, id, "Novum Pharma AG", "CH", "persons-words-2") }), HttpStatusCode.OK);
        var deviation = Assert.Single(receipt["deviations"]!.AsArray(), d => (string?)d!["kind"] == "persons-over-filed")!;
        Assert.Contains("个人信息人数备案申报 1 人，实际已达 ", (string?)deviation["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("敏感个人信息人数", (string?)deviation["detail"], StringComparison.Ordinal);
        Assert.Contains("personal information: 1 persons filed, ", (string?)deviation["detailEn"], StringComparison.Ordinal);
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteDeviationWordingApiTests(SqlitePlatformFixture platform) : DeviationWordingApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresDeviationWordingApiTests(PostgresPlatformFixture platform) : DeviationWordingApiTests(platform);
