using System.Text;
using Chujing.TestSupport;

namespace Chujing.Cli.Tests;

/// <summary>
/// What a person reads on standard error when a verb is given bad input: one line per problem, Chinese first and the
/// English beside it (<c>错误 error: place: 中文 · English</c>), the place (file, line, field) as before, and the exit code
/// of the contract (2 for bad input). The cases are the usual mistakes of each verb; a message without a Chinese wording
/// is listed by the test that fails.
/// </summary>
public sealed class BilingualErrorTests : IDisposable
{
    private const string Seed = "126331563425354643662325";
    private const string Event = """{"processor":"91110000MA01ABCD1M","filing":"F-2026-0001","time":"2026-11-27T08:00:00Z","recipient":"Example GmbH","country":"DE","persons":1}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-bilingual-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Missing(string name) => Path.Combine(_dir, name);

    /// <summary>A folder with one catalog whose YAML has several mistakes.</summary>
    private string BrokenCatalogs()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "catalogs", "x-ftz")).Parent!.FullName;
        File.WriteAllText(Path.Combine(folder, "x-ftz", "2025.yaml"), "id: x-ftz/2025\nfamily: scenaro\ntitle: 测试\neffective: 2025-13-01\nfoo: 1\n");
        return folder;
    }

    /// <summary>The usual bad inputs of each verb, each with the exit code it must end with.</summary>
    private async Task<IReadOnlyList<(string[] Args, string Stdin, int Exit)>> CasesAsync()
    {
        var example = RepositoryPaths.Of("examples", "beijing-auto-ota.json");
        var filing = RepositoryPaths.Of("examples", "filings", "clinical-trial.json");
        var csv = RepositoryPaths.Of("examples", "spot-check-payload.csv");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "folder")).FullName;
        var array = Write("array.json", "[]");
        var truncated = Write("truncated.json", "{\"processor\":");
        var notUtf8 = Write("latin1.json", [0xFF, 0xFE, (byte)'{', (byte)'}']);
        var fraction = Write("fraction.json", """{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1.5,"sensitive":0}}""");
        var unknownList = Write("unknown-list.json", """{"processor":{"ciio":false},"importantData":false,"list":"beijing-ftz/2023","persons":{"personal":1,"sensitive":0}}""");
        var badCountry = Write("bad-country.jsonl", Event.Replace("\"DE\"", "\"ZZ\"", StringComparison.Ordinal) + "\n");
        var badBytes = Write("bad-bytes.jsonl", [0xFF, (byte)'\n']);
        var events = Write("events.jsonl", Event + "\n");
        var ledger = Path.Combine(_dir, "ledger.db");
        var init = await CliRun.RunAsync("ledger", "init", ledger);
        Assert.True(init.ExitCode == 0, init.Error);
        var append = await CliRun.RunAsync("ledger", "append", ledger, events);
        Assert.True(append.ExitCode == 0, append.Error);
        var bundle = Path.Combine(_dir, "bundle.jsonl");
        var export = await CliRun.RunAsync("ledger", "export", ledger, bundle);
        Assert.True(export.ExitCode == 0, export.Error);
        var tampered = Write("tampered.jsonl", File.ReadAllText(bundle).Replace("Example GmbH", "Other GmbH", StringComparison.Ordinal));

        return
        [
            (["assess", Missing("no-such.json")], "", 2),
            (["assess", folder], "", 2),
            (["assess", truncated], "", 2),
            (["assess", notUtf8], "", 2),
            (["assess", fraction], "", 2),
            (["assess", unknownList], "", 2),
            (["assess", array], "", 2),
            (["assess", "-"], "{", 2),
            (["assess", example, "--as-of", "2020-13-01"], "", 2),
            (["assess", example, "--min-confidence", "sure"], "", 2),
            (["assess"], "", 2),
            (["catalog", "show", "beijing-ftz/2023"], "", 2),
            (["catalog", "diff", "beijing-ftz/2024", "nowhere/1"], "", 2),
            (["catalog", "show", "beijing-ftz/2024", "--catalog-dir", Missing("no-catalogs")], "", 2),
            (["catalog", "frob"], "", 2),
            (["catalog", "list", "--catalog-dir", BrokenCatalogs()], "", 2),
            (["check", Missing("no-filing.json"), events], "", 2),
            (["check", array, events], "", 2),
            (["check", filing, Write("bad-event.jsonl", "{\"processor\":1}\n")], "", 2),
            (["check", filing, "-"], "{not json\n", 2),
            (["scan", Missing("no-such.csv")], "", 2),
            (["scan", csv, "--threshold", "2"], "", 2),
            (["scan", csv, "--scenario", "bj-auto-ota"], "", 2),
            (["scan", csv, "--list", "nowhere/1"], "", 2),
            (["scan", csv, "--format", "docx"], "", 2),
            (["scan", Write("empty.jsonl", string.Empty)], "", 2),
            (["scan", folder, "--format", "csv"], "", 2),
            (["ledger", "init", ledger], "", 2),
            (["ledger", "append", ledger, badCountry], "", 2),
            (["ledger", "append", ledger, badBytes], "", 2),
            (["ledger", "append", ledger, folder], "", 2),
            (["ledger", "append", ledger, "-"], "{\"x\":1}\n", 2),
            (["ledger", "append", ledger, Missing("no-events.jsonl")], "", 2),
            (["ledger", "append", ledger, events, "--batch-size", "0"], "", 2),
            (["ledger", "export", ledger, bundle], "", 2),
            (["ledger", "export", ledger, folder], "", 2),
            (["ledger", "export", ledger, ledger, "--force"], "", 2),
            (["ledger", "verify", Missing("no-ledger.db")], "", 2),
            (["ledger", "verify", truncated], "", 2),
            (["ledger", "verify", ledger, "--public-key", "!!"], "", 2),
            (["ledger", "verify", ledger, "--head", Missing("no-head.json")], "", 2),
            (["ledger", "verify", tampered], "", 1),
            (["ledger", "prove", ledger, "--leaf", "first"], "", 2),
            (["ledger", "prove", ledger], "", 2),
            (["ledger", "head", Missing("no-ledger.db")], "", 2),
            (["documents", filing, "--out", example], "", 2),
            (["documents", array, "--out", Path.Combine(_dir, "out")], "", 2),
            (["documents", filing], "", 2),
            (["spot-check", "plan", Missing("no-population.json"), "--seed", Seed], "", 2),
            (["spot-check", "plan", array, "--seed", Seed], "", 2),
            (["spot-check", "plan", Write("population.json", "{\"format\":\"other\"}"), "--seed", Seed], "", 2),
            (["spot-check", "plan", array, "--seed", "short"], "", 2),
            (["spot-check", "plan", array, "--seed", Seed, "--filings", "0"], "", 2),
            (["spot-check", "plan", array, "--seed", Seed, "--recusal", "F-2026-0001"], "", 2),
            (["accounts", "create", "--role", "auditor", "--email", "a@city.example"], "", 2),
            (["accounts", "create", "--role", "enterprise", "--email", "a@city.example"], "", 2),
            (["accounts", "create", "--role", "city", "--email", "a@city.example", "--zone-group", "daxing"], "", 2),
            (["accounts", "create", "--role", "city", "--email", "a@city.example", "--public-url", "ftp://city"], "", 2),
            (["frob"], "", 2),
        ];
    }

    [Fact]
    public async Task EveryErrorLine_IsChineseFirstWithTheEnglishBeside_AndTheExitCodeHolds()
    {
        var failures = new List<string>();
        foreach (var (args, stdin, exit) in await CasesAsync())
        {
            var run = await CliRun.RunAsync(args, stdin);
            var what = "chujing " + string.Join(' ', args.Select(a => a.Replace(_dir, "…", StringComparison.Ordinal)));
            if (run.ExitCode != exit)
            {
                failures.Add($"{what}: exit {run.ExitCode}, not {exit}: {run.Error.Trim()}");
            }

            var errors = run.ErrorLines.Where(l => l.StartsWith(CliText.ErrorPrefix, StringComparison.Ordinal)).ToList();
            if (errors.Count == 0)
            {
                failures.Add($"{what}: no line starts with '{CliText.ErrorPrefix}': {run.Error.Trim()}");
            }

            failures.AddRange(run.ErrorLines.Where(l => !CliRun.IsBilingual(l)).Select(l => $"{what}: {l}"));
        }

        Assert.True(failures.Count == 0, "lines without Chinese and English:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task ADiagnostic_KeepsItsPlace_ThenChinese_ThenTheEnglish()
    {
        var run = await CliRun.RunAsync(["assess", "-"], """{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1.5,"sensitive":0}}""");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("错误 error: stdin: persons.personal: 须为整数人数。 · must be a whole number of persons, not 1.5", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task ASuggestion_IsGivenInBothLanguages()
    {
        var run = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2023");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("错误 error: edition: 没有版本“beijing-ftz/2023”；已有：", line, StringComparison.Ordinal);
        Assert.Contains("（您是否要填：'beijing-ftz/2024' or 'zhejiang-ftz/2024'？） · unknown edition 'beijing-ftz/2023'; known: ", line, StringComparison.Ordinal);
        Assert.EndsWith(" (did you mean 'beijing-ftz/2024' or 'zhejiang-ftz/2024'?)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUsageError_SaysWhereHelpIs_InBothLanguages()
    {
        var run = await CliRun.RunAsync("frob");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("错误 error: 无法识别的命令或参数“frob”。（用法见 chujing --help） · Unrecognized command or argument 'frob'. (see 'chujing --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void AMessageWithoutATranslation_IsWrittenInEnglishAlone()
    {
        var diagnostic = new Chujing.Domain.Diagnostics.Diagnostic("f.json", 3, 7, "x", "a sentence no table knows");

        Assert.Equal("错误 error: f.json:3:7: x: a sentence no table knows", CliText.Error(diagnostic));
    }
}
