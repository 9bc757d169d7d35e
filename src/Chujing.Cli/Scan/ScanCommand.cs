using System.CommandLine;
using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Classification;
using Chujing.Domain.Detection;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning;
using Chujing.Scanning.Dataset;
using Chujing.Scanning.Partials;
using Chujing.Scanning.Persons;
using Spectre.Console;

namespace Chujing.Cli.Scan;

/// <summary><c>chujing scan &lt;file|connection&gt;</c>: which columns hold which personal information, and how many persons.</summary>
internal static class ScanCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("source")
        {
            Description = "要扫描的数据：CSV（UTF-8 或 GB18030）、XLSX、JSON Lines 或 Parquet 文件，由此类文件组成的文件夹（视为一个数据集，可识别 key=value 分区文件夹），SQLite 文件，PostgreSQL 连接字符串，或 - 表示标准输入 · A CSV (UTF-8 or GB18030), XLSX, JSON Lines or Parquet file, a folder of them (one dataset; key=value partition folders understood), an SQLite file, a PostgreSQL connection string, or - for standard input",
        };
        var json = new Option<bool>("--json") { Description = "写出一个 JSON 文档（见 docs/contracts.md：行、列、人数） · Write one JSON document (docs/contracts.md: rows, columns, persons)" };
        var html = new Option<string?>("--html") { HelpName = "file", Description = "另将独立的中英双语 HTML 报告写入此文件 · Also write a self-contained bilingual HTML report to this file" };
        var table = new Option<string?>("--table") { HelpName = "name", Description = "要扫描的数据库表（可写作 schema.table） · The database table to scan (schema.table allowed)" };
        var query = new Option<string?>("--query") { HelpName = "sql", Description = "扫描此查询的结果，代替 --table · A query whose result to scan, instead of --table" };
        var threshold = new Option<double>("--threshold")
        {
            HelpName = "ratio",
            Description = "列中非空值须属于某一类型的比例，(0-1] · Share of a column's non-empty values that must be of a type (0-1]",
            DefaultValueFactory = _ => 0.8,
        };
        var sensitivity = new Option<string?>("--sensitivity") { HelpName = "file", Description = "覆盖敏感个人信息类型认定的 JSON 表（格式同内置的 sensitivity.json） · A JSON table overriding which types are sensitive (shape of the shipped sensitivity.json)" };
        var memory = new Option<int>("--person-memory-mb")
        {
            HelpName = "MiB",
            Description = "统计去重人数时转存临时文件前可用的内存（MiB） · Memory for the distinct-person count before it spills to temporary files (MiB)",
            DefaultValueFactory = _ => 128,
        };
        var format = new Option<string?>("--format") { HelpName = "csv|xlsx|jsonl|parquet|sqlite", Description = "强制指定格式：csv、xlsx、jsonl、parquet、sqlite · Force the format: csv, xlsx, jsonl, parquet, sqlite" };
        var personKey = new Option<string>("--person-key")
        {
            HelpName = "siphash|hmac-sha256",
            Description = "不保留标识符而统计人数所用的带密钥函数（hmac-sha256 约慢 50 倍） · Keyed function for counting persons without keeping identifiers (hmac-sha256 is about 50 times slower)",
            DefaultValueFactory = _ => "siphash",
        };
        personKey.AcceptOnlyFromAmong("siphash", "hmac-sha256");
        var list = new Option<string?>("--list") { HelpName = "edition", Description = "将各列对应到此负面清单版本（如 beijing-ftz/2024）的字段并评估该活动 · Map the columns to the fields of this list edition (e.g. beijing-ftz/2024) and assess the activity" };
        var scenario = new Option<string?>("--scenario") { HelpName = "id", Description = "与 --list 同用：要查找其字段的场景（标识或名称） · With --list: the scenario (id or name) whose fields to look for" };
        var ciio = new Option<bool>("--ciio") { Description = "与 --list 同用：数据处理者为关键信息基础设施运营者 · With --list: the processor is a critical information infrastructure operator" };
        var partial = new Option<string?>("--partial") { HelpName = "out", Description = "另将可合并的分片结果写入此文件（需人员密钥：CHUJING_SCAN_KEY 或 --person-key-file） · Also write a mergeable partial result to this file (needs the person key: CHUJING_SCAN_KEY or --person-key-file)" };
        var keyFile = PersonKeyFileOption();

        var command = new Command("scan", "扫描数据中的个人信息并统计去重人数 · Find personal information in a table and count distinct persons");
        command.Arguments.Add(source);
        foreach (var option in (Option[])[json, html, table, query, threshold, sensitivity, memory, personKey, format, list, scenario, ciio, partial, keyFile])
        {
            command.Options.Add(option);
        }

        command.Subcommands.Add(ScanMergeCommand.Create(context));
        command.SetAction(context, async (parseResult, cancellationToken) =>
        {
            var options = BuildOptions(parseResult.GetValue(threshold), parseResult.GetValue(sensitivity), parseResult.GetValue(memory)) with
            {
                PersonKey = parseResult.GetValue(personKey) == "hmac-sha256" ? PersonKeyAlgorithm.HmacSha256 : PersonKeyAlgorithm.SipHash,
                AsOf = RegulatoryCalendar.Today(context.Time),
            };
            var sourceOptions = new TableSourceOptions
            {
                Table = parseResult.GetValue(table),
                Query = parseResult.GetValue(query),
                Format = parseResult.GetValue(format),
            };
            var asJson = parseResult.GetValue(json);
            var path = parseResult.GetValue(source)!;
            var showProgress = context.OutputIsTerminal && !asJson;
            var key = PersonKey(parseResult.GetValue(keyFile));
            var partialPath = parseResult.GetValue(partial);
            if (partialPath is not null && key is null)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--partial", "partials merge only under a shared person key: set " + PersonKeyMaterial.EnvironmentVariable + " (hex, at least 32 bytes) or give --person-key-file FILE"));
            }

            var hasher = key?.Hasher(options.PersonKey) ?? new PersonKeyHasher(options.PersonKey);
            ScanReport report;
            if (Directory.Exists(path))
            {
                RefuseTableOptions(sourceOptions);
                var folder = path.Length > 1 ? path.TrimEnd('/', '\\') : path;
                var files = DatasetFiles.Find(folder);
                report = await RunAsync(context, "扫描 Scanning " + folder + " (" + files.Count.ToString(CultureInfo.InvariantCulture) + " files)", showProgress, progress =>
                {
                    using var linker = new PersonLinker(options.PersonMemoryBudget);
                    var scans = DatasetScanner.Scan(files, options, hasher, linker, progress, cancellationToken);
                    var result = DatasetScanner.Report(folder, scans, Scanner.Persons(linker, [], scans.Sum(s => s.RowsIdentified), options), options);
                    WritePartial(partialPath, scans, linker, key, options);
                    return result;
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var reader = TableSource.Open(path, sourceOptions);
                report = await RunAsync(context, "扫描 Scanning " + reader.Source, showProgress, progress =>
                {
                    using var linker = new PersonLinker(options.PersonMemoryBudget);
                    var scan = Scanner.ScanTable(reader, options, hasher, linker, progress, cancellationToken);
                    var result = Scanner.Report(scan, linker, options);
                    WritePartial(partialPath, [scan], linker, key, options);
                    return result;
                }, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(list) is { } listId)
            {
                report = ScanListMapping.Apply(context, parseResult, report, listId, parseResult.GetValue(scenario), parseResult.GetValue(ciio));
            }
            else if (parseResult.GetValue(scenario) is not null)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--scenario", "a scenario belongs to a list: give --list too"));
            }

            await WriteAsync(context, report, asJson, parseResult.GetValue(html), cancellationToken).ConfigureAwait(false);
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Writes the report (JSON or table, and HTML when asked) and its warnings on standard error.</summary>
    internal static async Task WriteAsync(CliContext context, ScanReport report, bool asJson, string? htmlPath, CancellationToken cancellationToken)
    {
        if (htmlPath is not null)
        {
            await File.WriteAllTextAsync(htmlPath, ScanHtmlReport.Render(report, context.Time), cancellationToken).ConfigureAwait(false);
        }

        if (asJson)
        {
            CliJson.Write(context.Out, report);
        }
        else
        {
            ScanTableView.Write(context.Console, report);
        }

        foreach (var warning in report.Warnings)
        {
            await context.Error.WriteLineAsync(CliText.WarningPrefix + CliText.Both(warning)).ConfigureAwait(false);
        }
    }

    internal static Option<string?> PersonKeyFileOption() => new("--person-key-file")
    {
        HelpName = "file",
        Description = "用于可合并分片的人员密钥文件（十六进制，至少 32 字节），代替 CHUJING_SCAN_KEY · The person key (hex, at least 32 bytes) for partials that merge; instead of CHUJING_SCAN_KEY",
    };

    /// <summary>The user's person key: from the file when given, else from CHUJING_SCAN_KEY; null when neither.</summary>
    internal static PersonKeyMaterial? PersonKey(string? keyFile) =>
        PersonKeyMaterial.From(keyFile, Environment.GetEnvironmentVariable(PersonKeyMaterial.EnvironmentVariable));

    private static void WritePartial(string? path, IReadOnlyList<TableScan> scans, PersonLinker linker, PersonKeyMaterial? key, ScanOptions options)
    {
        if (path is not null)
        {
            PartialMerge.Write(path, scans, linker, key!, options);
        }
    }

    internal static ScanOptions BuildOptions(double threshold, string? sensitivityPath, int memoryMb)
    {
        if (threshold is not (> 0 and <= 1))
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--threshold", string.Create(CultureInfo.InvariantCulture, $"{threshold} is not in (0, 1]")));
        }

        if (memoryMb < 1)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--person-memory-mb", "at least 1 MiB is needed"));
        }

        var table = SensitivityTable.Default;
        if (sensitivityPath is not null)
        {
            table = SensitivityTable.Parse(File.ReadAllText(sensitivityPath), sensitivityPath, SensitivityTable.Default).ValueOrThrow();
        }

        return new ScanOptions { Threshold = threshold, Sensitivity = table, PersonMemoryBudget = (long)memoryMb << 20 };
    }

    private static void RefuseTableOptions(TableSourceOptions options)
    {
        if (options.Table is not null || options.Query is not null || options.Format is not null)
        {
            var option = options.Table is not null ? "--table" : options.Query is not null ? "--query" : "--format";
            throw new InvalidInputException(Diagnostic.ForField(null, option, "does not apply to a folder: its files are read by their extensions"));
        }
    }

    /// <summary>Runs <paramref name="scan"/> off the console thread, with one progress bar on a terminal.</summary>
    private static async Task<ScanReport> RunAsync(CliContext context, string title, bool showProgress, Func<IProgress<double>?, ScanReport> scan, CancellationToken cancellationToken)
    {
        if (!showProgress)
        {
            return await Task.Run(() => scan(null), cancellationToken).ConfigureAwait(false);
        }

        ScanReport? report = null;
        await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: 1);
                report = await Task.Run(() => scan(new DirectProgress(p => task.Value = p)), cancellationToken).ConfigureAwait(false);
                task.Value = 1;
            }).ConfigureAwait(false);
        return report!;
    }

    /// <summary>Reports on the calling thread (Spectre's task is thread-safe), unlike <see cref="Progress{T}"/>.</summary>
    private sealed class DirectProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
