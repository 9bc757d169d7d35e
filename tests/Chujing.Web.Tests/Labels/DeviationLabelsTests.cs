using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// The deviations shown on the queue, the dashboard and the evidence page explain themselves with the scenarios' names
/// (Chinese in the Chinese text, English under the switch) and the filing form's labels, never the scenario ids or the
/// filing's JSON paths (which stay in the API's <c>kind</c>, <c>path</c> and <c>rule</c>).
/// </summary>
public abstract class DeviationLabelsTests(PlatformFixture platform)
{
    private static readonly string[] ScenarioIds = ["bj-pharma-clinical-trial", "bj-pharma-pharmacovigilance", "bj-auto-ota"];

    [Theory]
    [InlineData(DemoAccounts.Daxing, "Deviations")]
    [InlineData(DemoAccounts.Daxing, "")]
    [InlineData(DemoAccounts.EnterpriseA, "Evidence")]
    [InlineData(DemoAccounts.City, "Deviations")]
    public async Task DemoScenarioDeviation_NamesBothScenarios_ChineseThenEnglish(string account, string page)
    {
        var client = await platform.As(account);

        var html = await client.GetStringAsync(page);
        var details = PageText.Of(html, "deviation-detail");
        Assert.Contains("出境场景“药物警戒”不是备案的场景“临床试验”。", details);
        Assert.DoesNotContain(details, d => ScenarioIds.Any(id => d.Contains(id, StringComparison.Ordinal)));
        var basis = PageText.Of(html, "deviation-basis");
        Assert.Contains(basis, b => b.Contains("（业务场景）", StringComparison.Ordinal));
        Assert.DoesNotContain(basis, b => b.Contains("（scenario）", StringComparison.Ordinal) || b.Contains("（recipients）", StringComparison.Ordinal));

        var paths = PageText.Of(html, "deviation-path");
        Assert.Contains("业务场景", paths);
        Assert.DoesNotContain(paths, p => p.Any(char.IsAsciiLetterLower));

        var english = PageText.Of(await client.GetStringAsync(page + "?culture=en"), "deviation-detail");
        Assert.Contains("The scenario 'Pharmacovigilance' is not the filed scenario 'Clinical trials'.", english);
        Assert.DoesNotContain(english, d => ScenarioIds.Any(id => d.Contains(id, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(DemoAccounts.Daxing)]
    [InlineData(DemoAccounts.City)]
    public async Task DeviationsPage_EnglishSwitch_CitesTheFiledFieldInEnglish(string account)
    {
        // Regression: under the English switch the basis still read 备案 F-2026-0001（业务场景）.
        var basis = PageText.Of(await (await platform.As(account)).GetStringAsync("Deviations?culture=en"), "deviation-basis");
        Assert.Contains(basis, b => System.Text.RegularExpressions.Regex.IsMatch(b, @"Filing F-\d{4}-\d{4,} \(scenario\)"));
        Assert.DoesNotContain(basis, b => b.Contains("备案 F-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fields[1]", false, "出境字段第 2 项")]
    [InlineData("fields[0]", true, "Field 1")]
    [InlineData("recipient", false, "境外接收方")]
    [InlineData("time", true, "Time")]
    [InlineData("payload.digest", false, "payload.digest")]
    public void EventPaths_LabelTheEventField(string path, bool english, string expected) =>
        Assert.Equal(expected, Chujing.Web.Localization.EventPaths.Label(path, english));
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteDeviationLabelsTests(SqlitePlatformFixture platform) : DeviationLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresDeviationLabelsTests(PostgresPlatformFixture platform) : DeviationLabelsTests(platform);
