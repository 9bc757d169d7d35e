using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chujing.Cli.Tests.Scan;

public sealed class ScanCommandTests : IDisposable
{
    private const string Csv = "姓名,身份证号,手机号,银行卡号,订单号\n张三,11010519491231002X,13800138000,6222021234567890128,110105194912310021\n"
        + "李四,440304199001011233,15912345678,6217001234567893,440304199001011234\n张三,11010519491231002X,13800138000,6222021234567890128,320106200002293451\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "chujing-cli-scan-" + Guid.NewGuid().ToString("N")[..10]);

    public ScanCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Scan_Json_FollowsTheContract()
    {
        var (code, stdout, stderr) = await Run("scan", Write("a.csv", Csv), "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("rows").GetInt64());
        Assert.Equal(2, root.GetProperty("persons").GetProperty("distinct").GetInt64());
        var columns = root.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal("身份证号", columns[1].GetProperty("name").GetString());
        var type = columns[1].GetProperty("types")[0];
        Assert.Equal("cn-resident-id", type.GetProperty("type").GetString());
        Assert.Equal(3, type.GetProperty("matches").GetInt64());
        Assert.Equal(1.0, type.GetProperty("ratio").GetDouble());
        Assert.False(columns[1].GetProperty("sensitive").GetBoolean());
        Assert.True(columns[3].GetProperty("sensitive").GetBoolean());
        Assert.Equal(JsonValueKind.Array, columns[1].GetProperty("fields").ValueKind);
        Assert.Empty(columns[4].GetProperty("types").EnumerateArray());
    }

    [Fact]
    public async Task Scan_AFolder_ScansEveryFileAsOneDatasetWithItsFiles()
    {
        var folder = Path.Combine(_dir, "export");
        Directory.CreateDirectory(Path.Combine(folder, "day=2026-11-01"));
        Directory.CreateDirectory(Path.Combine(folder, "day=2026-11-02"));
        File.WriteAllText(Path.Combine(folder, "day=2026-11-01", "orders.csv"), "姓名,身份证号,手机号\n张三,11010519491231002X,13800138000\n");
        File.WriteAllText(Path.Combine(folder, "day=2026-11-02", "orders.csv"), "姓名,手机号\n张三,13800138000\n李四,15912345678\n");
        var (code, stdout, stderr) = await Run("scan", folder, "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(("directory", 3L, 2L), (root.GetProperty("format").GetString(), root.GetProperty("rows").GetInt64(), root.GetProperty("persons").GetProperty("distinct").GetInt64()));
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal("2026-11-02", files[1].GetProperty("partition").GetProperty("day").GetString());
        Assert.Equal(["姓名", "手机号", "day"], files[1].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        var (tableCode, table, _) = await Run("scan", folder);
        Assert.Equal(0, tableCode);
        Assert.Contains("Files: 2", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_AFolderWithoutData_OrWithTable_ExitsTwoNamingIt()
    {
        var folder = Path.Combine(_dir, "nothing");
        Directory.CreateDirectory(folder);
        var (code, _, stderr) = await Run("scan", folder);
        Assert.Equal(2, code);
        Assert.Contains(folder, stderr, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "a.csv"), "手机号\n13800138000\n");
        (code, _, stderr) = await Run("scan", folder, "--table", "t");
        Assert.Equal(2, code);
        Assert.Contains("--table", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Table_SaysWhenAColumnHasSuspectValuesThatWereNotCounted()
    {
        var (code, stdout, _) = await Run("scan", Write("cards.csv", "银行卡号\n6222021234567890127\n6217001234567894\n6222021234567890129\n"));
        Assert.Equal(0, code);
        // The note may wrap inside the table cell: look for its parts.
        Assert.Contains("bank-card", stdout, StringComparison.Ordinal);
        Assert.Contains("存疑", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_HmacPersonKeys_CountTheSamePersons()
    {
        var (code, stdout, stderr) = await Run("scan", Write("a.csv", Csv), "--json", "--person-key", "hmac-sha256");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("persons").GetProperty("distinct").GetInt64());
    }

    [Fact]
    public async Task Scan_Default_PrintsATableAndThePersonCount()
    {
        var (code, stdout, _) = await Run("scan", Write("a.csv", Csv));
        Assert.Equal(0, code);
        Assert.Contains("cn-resident-id", stdout, StringComparison.Ordinal);
        Assert.Contains("Distinct persons: 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Html_WritesASelfContainedBilingualReport()
    {
        var html = Path.Combine(_dir, "report.html");
        var (code, _, _) = await Run("scan", Write("a.csv", Csv), "--html", html);
        Assert.Equal(0, code);
        var text = File.ReadAllText(html);
        Assert.Contains("个人信息扫描报告", text, StringComparison.Ordinal);
        Assert.Contains("Personal information scan report", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Scan_RaggedRow_WarnsOnStandardErrorWithTheLine()
    {
        var (code, _, stderr) = await Run("scan", Write("r.csv", Csv + "王五,1\n"), "--json");
        Assert.Equal(0, code);
        Assert.Contains("line 5: 2 fields, the header has 5", stderr, StringComparison.Ordinal);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(CliRun.IsBilingual(l), l));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("missing")]
    [InlineData("threshold")]
    [InlineData("no-table")]
    [InlineData("missing-table")]
    [InlineData("bad-xlsx")]
    [InlineData("bad-parquet")]
    [InlineData("bad-encoding")]
    public async Task Scan_BadInput_ExitsTwoWithOneLine(string kind)
    {
        string[] args = kind switch
        {
            "empty" => ["scan", Write("e.csv", string.Empty)],
            "binary" => ["scan", WriteBytes("b.csv", [0x50, 0x4B, 0, 1, 2, 3, 0, 0, 9])],
            "missing" => ["scan", Path.Combine(_dir, "nope.csv")],
            "threshold" => ["scan", Write("a.csv", Csv), "--threshold", "1.5"],
            "no-table" => ["scan", Sqlite()],
            "missing-table" => ["scan", Sqlite(), "--table", "nosuch"],
            "bad-xlsx" => ["scan", WriteBytes("x.xlsx", Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"))],
            "bad-encoding" => ["scan", WriteBytes("enc.csv", [.. "name,mobile\n"u8, 0xFF, 0xFE, 0xFF, (byte)',', (byte)'1', (byte)'\n'])],
            _ => ["scan", WriteBytes("p.parquet", Encoding.ASCII.GetBytes("PAR1 not really parquet PAR1"))],
        };
        var (code, stdout, stderr) = await Run(args);
        Assert.True(code == 2, kind + ": exit " + code + " " + stderr + stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("错误 error: ", lines[0], StringComparison.Ordinal);
        Assert.True(CliRun.IsBilingual(lines[0]), lines[0]);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_UnreachableDatabase_ExitsOneWithOneLine()
    {
        var (code, _, stderr) = await Run("scan", "Host=127.0.0.1;Port=1;Username=x;Database=y;Timeout=3", "--table", "t");
        Assert.Equal(1, code);
        Assert.Contains("does not answer", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Scan_SqliteTable_ReadsIt(bool asConnectionString)
    {
        var source = asConnectionString ? "Data Source=" + Sqlite() : Sqlite();
        var (code, stdout, stderr) = await Run("scan", source, "--table", "people", "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("cn-mobile", json.RootElement.GetProperty("columns")[1].GetProperty("types")[0].GetProperty("type").GetString());
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ChujingCommand.RunAsync(args, new CliContext(output, error, new StringReader(string.Empty), false, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Sqlite()
    {
        var path = Path.Combine(_dir, "people.db");
        if (!File.Exists(path))
        {
            using var connection = new SqliteConnection("Data Source=" + path);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE people (name TEXT, mobile TEXT); INSERT INTO people VALUES ('张三', '13800138000'), ('李四', '15912345678');";
            command.ExecuteNonQuery();
        }

        return path;
    }
}
