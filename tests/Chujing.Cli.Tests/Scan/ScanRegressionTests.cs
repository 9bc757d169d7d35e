using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chujing.Cli.Tests.Scan;

/// <summary>Defects found by a first user of <c>chujing scan</c>, each pinned by a test.</summary>
public sealed class ScanRegressionTests : IDisposable
{
    private const string Csv = "姓名,身份证号,手机号\n张三,11010519491231002X,13800138000\n李四,440304199001011233,15912345678\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "chujing-cli-scanfix-" + Guid.NewGuid().ToString("N")[..10]);

    public ScanRegressionTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("siphash", "siphash-2-4-128")]
    [InlineData("hmac-sha256", "hmac-sha256-128")]
    public async Task Scan_Html_NamesTheKeyFunctionUsed_NotAlwaysHmac(string option, string expected)
    {
        var html = Path.Combine(_dir, "report.html");
        var (code, _, stderr) = await Run("scan", Write("a.csv", Csv), "--html", html, "--person-key", option);
        Assert.True(code == 0, stderr);
        var text = File.ReadAllText(html);
        Assert.Contains("counted as " + expected + " keys", text, StringComparison.Ordinal);
        if (option == "siphash")
        {
            Assert.DoesNotContain("HMAC", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--table", "people", "--table")]
    [InlineData("--query", "select 1", "--query")]
    public async Task Scan_TableOrQueryOnACsv_IsAUsageError_NotSilentlyIgnored(string option, string value, string named)
    {
        var (code, _, stderr) = await Run("scan", Write("a.csv", Csv), option, value);
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TableWithQuery_IsAUsageError_NotSilentlyIgnored()
    {
        var (code, _, stderr) = await Run("scan", "Host=127.0.0.1;Port=1;Username=x;Database=y;Timeout=1", "--table", "t", "--query", "select 1");
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not both", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_UnclosedQuote_WarnsWithItsLineOnStderrAndInJson_InsteadOfDroppingRowsSilently()
    {
        var text = new StringBuilder("姓名,手机号,备注\n");
        for (var row = 0; row < 20; row++)
        {
            text.Append("张").Append(row).Append(",138001300").Append(row + 10).Append(',').Append(row == 3 ? "\"未闭合" : "备注").Append('\n');
        }

        var path = Write("q.csv", text.ToString());
        var (code, stdout, stderr) = await Run("scan", path, "--json");
        Assert.True(code == 0, stderr);
        Assert.Contains("警告 warning: " + path + ": 第 5 行起的引号到文件结束仍未配对", stderr, StringComparison.Ordinal);
        Assert.Contains(" · line 5: a quote opens here", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("line 5: a quote opens here", StringComparison.Ordinal));

        (code, _, stderr) = await Run("scan", path);
        Assert.Equal(0, code);
        Assert.Contains("line 5: a quote opens here", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_RowOver16MiCharacters_ExitsTwoWithOneLineNamingFileAndLine_NotAStackTrace()
    {
        var text = new StringBuilder(Csv).Append("王五,").Append('x', (16 * 1024 * 1024) + 100).Append(",13800138000\n");
        var path = Write("huge.csv", text.ToString());
        var (code, stdout, stderr) = await Run("scan", path);
        Assert.True(code == 2, stderr + stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("错误 error: " + path + ":4", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ResidentIdsOfMinorsUnder14_AsOfTheInjectedClock_AreSensitive_AndCountAsSensitiveInTheAssessment()
    {
        // 20150601 is 11 on 2026-11-27; the others are adults.
        var csv = "姓名,身份证号\n张三,11010519491231002X\n李四,440304199001011233\n王五," + Id("20150601") + "\n";
        var (code, stdout, stderr) = await Run(new FixedTime(new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero)), "scan", Write("m.csv", csv), "--json", "--list", "beijing-ftz/2024");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var column = json.RootElement.GetProperty("columns")[1];
        Assert.True(column.GetProperty("sensitive").GetBoolean());
        Assert.Contains("1 of minors under 14 on 2026-11-27", column.GetProperty("types")[0].GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("list").GetProperty("persons").GetProperty("sensitive").GetInt64());
    }

    [Fact]
    public async Task Scan_AtFiveInTheAfternoonUtc_AgesAreCountedOnTheBeijingDay()
    {
        // 17:00 UTC on 2026-06-01 is already 2026-06-02 in Beijing, the day this holder turns 14: no longer a minor,
        // whatever the machine's own zone (the clock's local zone is UTC).
        var csv = "姓名,身份证号\n张三," + Id("20120602") + "\n李四,440304199001011233\n";
        var (code, stdout, stderr) = await Run(new FixedTime(new DateTimeOffset(2026, 6, 1, 17, 0, 0, TimeSpan.Zero)), "scan", Write("d.csv", csv), "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.DoesNotContain("minors", json.RootElement.GetProperty("columns")[1].GetProperty("types")[0].GetProperty("rule").GetString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ResidentIdsBornInTheFuture_AreNotCountedAsResidentIds()
    {
        var csv = "姓名,身份证号\n张三," + Id("20310101") + "\n李四," + Id("20300101") + "\n";
        var (code, stdout, stderr) = await Run(new FixedTime(new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero)), "scan", Write("f.csv", csv), "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Empty(json.RootElement.GetProperty("columns")[1].GetProperty("types").EnumerateArray());
    }

    [Theory]
    [InlineData("--table", "nosuch", "--table: no such table: nosuch")]
    [InlineData("--query", "select * from nosuch", "--query: no such table: nosuch")]
    public async Task Scan_DatabaseRefusesTableOrQuery_TheErrorNamesTheOption_WithoutStrayQuotes(string option, string value, string expected)
    {
        var path = Path.Combine(_dir, "people.db");
        using (var connection = new SqliteConnection("Data Source=" + path))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE people (name TEXT, mobile TEXT)";
            command.ExecuteNonQuery();
        }

        var (code, _, stderr) = await Run("scan", path, option, value);
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(expected, CliRun.English(line), StringComparison.Ordinal);
        Assert.True(CliRun.IsBilingual(line), line);
    }

    [Fact]
    public async Task Scan_List_NamesThePathwayInChineseBesideItsId_AndHtmlSaysWhenNoListFieldIsFound()
    {
        var html = Path.Combine(_dir, "report.html");
        var (code, stdout, stderr) = await Run("scan", Write("n.csv", "备注\nabc\ndef\n"), "--list", "beijing-ftz/2024", "--html", html);
        Assert.True(code == 0, stderr);
        Assert.Matches("(免予申报 exempt|标准合同或认证 standard-contract-or-certification|数据出境安全评估 security-assessment|其他合法途径 other-lawful-route)", stdout);
        var text = File.ReadAllText(html);
        Assert.Contains("未发现清单字段", text, StringComparison.Ordinal);
        Assert.Matches("(免予申报 exempt|标准合同或认证|数据出境安全评估|其他合法途径)", text);
    }

    [Fact]
    public async Task Scan_Json_ReportsTheDetectedEncodingAndDelimiter()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, "g.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding("gb18030").GetBytes(Csv.Replace(',', ';')));
        var (code, stdout, stderr) = await Run("scan", path, "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("gb18030", json.RootElement.GetProperty("encoding").GetString());
        Assert.Equal(";", json.RootElement.GetProperty("delimiter").GetString());
    }

    /// <summary>A valid 18-character resident ID born on <paramref name="yyyymmdd"/>.</summary>
    private static string Id(string yyyymmdd)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var body = "110105" + yyyymmdd + "123";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    private static Task<(int Code, string Out, string Error)> Run(params string[] args) => Run(TimeProvider.System, args);

    private static async Task<(int Code, string Out, string Error)> Run(TimeProvider time, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ChujingCommand.RunAsync(args, new CliContext(output, error, new StringReader(string.Empty), false, time));
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
