using System.Text;
using System.Text.Json;

namespace Chujing.Cli.Tests.Scan;

public sealed class ScanListTests : IDisposable
{
    private const string Csv = "车牌号,手机号,银行卡号\n京A12345,13800138000,6222021234567890128\n沪BD12345,15912345678,6217001234567893\n";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "chujing-scan-list-" + Guid.NewGuid().ToString("N")[..10] + ".csv");

    public ScanListTests() => File.WriteAllText(_path, Csv, Encoding.UTF8);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task ScanList_PlateNumberColumn_IsNotExteriorVideoOrImageData()
    {
        // A column of plate numbers is text, not the list's 车外视频、图像数据 (video and images that show plates).
        var (code, stdout, stderr) = await Run("scan", _path, "--list", "beijing-ftz/2024", "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Contains(root.GetProperty("columns")[0].GetProperty("types").EnumerateArray(), t => t.GetProperty("type").GetString() == "cn-license-plate");
        Assert.Empty(root.GetProperty("columns")[0].GetProperty("fields").EnumerateArray());
        var list = root.GetProperty("list");
        Assert.Equal("beijing-ftz/2024", list.GetProperty("edition").GetString());
        Assert.DoesNotContain(list.GetProperty("fields").EnumerateArray(), f => f.GetProperty("id").GetString() == "license-plate-info");
        Assert.Equal(2, list.GetProperty("persons").GetProperty("sensitive").GetInt64());
        Assert.False(string.IsNullOrEmpty(list.GetProperty("assessment").GetProperty("pathway").GetString()));
        Assert.NotEmpty(list.GetProperty("assessment").GetProperty("basis").EnumerateArray());
    }

    [Fact]
    public async Task ScanList_ColumnNamedLikeASynonym_MapsByName()
    {
        var path = Path.ChangeExtension(_path, ".names.csv");
        File.WriteAllText(path, "Face_Image,车牌图像,车牌号码\nimg001.jpg,img002.jpg,京A12345\n", Encoding.UTF8);
        try
        {
            var (code, stdout, stderr) = await Run("scan", path, "--list", "beijing-ftz/2024", "--json");
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var fields = json.RootElement.GetProperty("list").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
            Assert.Equal("name", fields["face-info"].GetProperty("evidence").GetString());
            Assert.Equal(["车牌图像"], fields["license-plate-info"].GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--list", "beijing-ftz/2042", "beijing-ftz/2024")]
    [InlineData("--scenario", "no-such-scenario", "--scenario")]
    public async Task ScanList_UnknownIds_ExitTwoWithASuggestion(string option, string value, string expected)
    {
        string[] args = option == "--list"
            ? ["scan", _path, "--list", value]
            : ["scan", _path, "--list", "beijing-ftz/2024", "--scenario", value];
        var (code, _, stderr) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ScenarioWithoutList_ExitsTwo()
    {
        var (code, _, stderr) = await Run("scan", _path, "--scenario", "x");
        Assert.Equal(2, code);
        Assert.Contains("--list", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ChujingCommand.RunAsync(args, new CliContext(output, error, new StringReader(string.Empty), false, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }
}
