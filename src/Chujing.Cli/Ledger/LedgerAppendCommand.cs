using System.CommandLine;
using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Spectre.Console;

namespace Chujing.Cli.Ledger;

/// <summary>
/// <c>chujing ledger append &lt;log&gt; &lt;events.jsonl|-&gt; [--batch-size N] [--key &lt;file&gt;]</c>: one leaf per line,
/// in batches. Every line of a batch is validated before any of it is written, and <c>committed &lt;tree-size&gt;</c>
/// goes to standard error only after the batch's commit has returned (synced).
/// </summary>
internal static class LedgerAppendCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var events = new Argument<string>("events") { Description = "出境事件，每行一个 JSON 对象（JSON Lines），或 '-' 表示标准输入 · Export events, one JSON object per line (JSON Lines), or '-' for standard input." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "每批行数：每批一个事务、一个签名树头（1 至 1000000） · Lines per batch: one transaction and one signed tree head each (1 to 1000000).",
            DefaultValueFactory = _ => 10_000,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1_000_000)
                {
                    result.AddError($"--batch-size: '{text}' is not a whole number between 1 and 1000000");
                    return 0;
                }

                return value;
            },
        };
        var policy = new Option<ExportEventPolicy>("--policy")
        {
            Description = "接受哪类事件：'ledger'（账本契约，默认）或 'platform'（与 POST /api/evidence 相同：每人一个带密钥哈希，每个至多 128 个字符） · Which events are accepted: 'ledger' (the ledger contract, the default) or 'platform' (as POST /api/evidence accepts them: one keyed hash per person, each at most 128 characters).",
            DefaultValueFactory = _ => ExportEventPolicy.Ledger,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var found = ExportEventPolicy.All.FirstOrDefault(p => p.Name == text);
                if (found is null)
                {
                    result.AddError($"--policy: '{text}' is not a policy; use ledger or platform");
                    return ExportEventPolicy.Ledger;
                }

                return found;
            },
        };
        var key = LedgerCommand.KeyOption();
        var json = LedgerCommand.JsonOption();
        var command = new Command("append", "向存证账本追加出境事件（JSON Lines） · Append export events (JSON Lines) to the ledger.");
        command.Arguments.Add(log);
        command.Arguments.Add(events);
        command.Options.Add(batchSize);
        command.Options.Add(policy);
        command.Options.Add(key);
        command.Options.Add(json);
        command.SetAction(context, async (parseResult, ct) =>
        {
            var location = parseResult.GetValue(log)!;
            var input = parseResult.GetValue(events)!;
            using var ledger = EvidenceLedger.Open(LedgerStores.Open(location));
            var keyPath = LedgerKeys.PathFor(location, parseResult.GetValue(key));
            var signingKey = LedgerKeyFile.Read(keyPath);
            LedgerKeyFile.EnsureMatches(keyPath, signingKey, ledger.Suite, ledger.Metadata.PublicKey);

            using var stream = input == "-" ? null : OpenEvents(input);
            using var reader = stream is not null ? new EventLineReader(stream, input)
                : ReferenceEquals(context.In, Console.In) ? new EventLineReader(Console.OpenStandardInput(), "stdin")
                : new EventLineReader(context.In, "stdin");
            var appender = new Appender(context, ledger, signingKey, reader, input == "-" ? "stdin" : input, parseResult.GetValue(batchSize), parseResult.GetValue(policy)!);
            var before = ledger.Head.Size;
            if (context.OutputIsTerminal && stream is not null && !parseResult.GetValue(json))
            {
                await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("appending", maxValue: Math.Max(1, stream.Length));
                    await appender.RunAsync(() => task.Value = stream.Position, ct).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                }).ConfigureAwait(false);
            }
            else
            {
                await appender.RunAsync(null, ct).ConfigureAwait(false);
            }

            var head = ledger.Head;
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, new AppendDocument(head.Size - before, SignedTreeHeadView.From(head, ledger.Metadata)));
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已追加 {head.Size - before} 条记录；树大小 {head.Size}，根哈希 {Convert.ToHexStringLower(head.RootHash)} · appended {Plural.Of(head.Size - before, "leaf", "leaves")}; tree size {head.Size}, root {Convert.ToHexStringLower(head.RootHash)}"));
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static FileStream OpenEvents(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "is a directory, not an events file"));
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    private sealed record AppendDocument(long Appended, SignedTreeHeadView TreeHead);

    /// <summary>
    /// Reads, validates and commits batch by batch. While one batch commits (on the thread pool) the next one is read
    /// and validated, so parsing overlaps the storage's sync; the <c>committed</c> line of a batch is written only after
    /// its commit has returned, and always before the next batch starts committing.
    /// </summary>
    private sealed class Appender(CliContext context, EvidenceLedger ledger, Evidence.Suites.LedgerKeyPair key, EventLineReader reader, string source, int batchSize, ExportEventPolicy policy)
    {
        /// <summary>At most this many bad lines are listed one by one; the rest are counted.</summary>
        private const int ReportedLines = 1000;

        private readonly List<(int Line, string Text)> _lines = new(batchSize);
        private readonly List<Diagnostic> _bad = [];
        private int _badLines;
        private Task<TreeHead>? _pending;
        private int _pendingLastLine;
        private int _resumeLine = 1;

        public async Task RunAsync(Action? progress, CancellationToken cancellationToken)
        {
            try
            {
                var lineNumber = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    _lines.Add((lineNumber, line));
                    if (_lines.Count == batchSize)
                    {
                        await CommitAsync().ConfigureAwait(false);
                        progress?.Invoke();
                    }
                }

                await CommitAsync().ConfigureAwait(false);
                if (_badLines > 0)
                {
                    // Every bad line of the input is reported at once, so that one run shows all there is to fix.
                    throw new InvalidInputException(_badLines > _bad.Count
                        ? [.. _bad, new Diagnostic(source, 0, 0, null, string.Create(CultureInfo.InvariantCulture, $"and {_badLines - _bad.Count:N0} more bad lines"))]
                        : [.. _bad]);
                }
            }
            catch
            {
                // Whatever happened to the batch being read, the one already committing is seen through and reported.
                try
                {
                    await FinishPendingAsync().ConfigureAwait(false);
                }
                finally
                {
                    await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{CliText.NotePrefix}账本已保存 {source} 第 {_resumeLine} 行之前的事件；请从该行起再次追加 · the ledger holds the events before line {_resumeLine} of {source}; append again from that line")).ConfigureAwait(false);
                }

                throw;
            }

            await FinishPendingAsync().ConfigureAwait(false);

            progress?.Invoke();
        }

        private async Task CommitAsync()
        {
            if (_lines.Count == 0)
            {
                return;
            }

            // Validate the whole batch before writing any of it. Once a line is bad nothing more is written, but the
            // rest of the input is still read and validated, so that every bad line (in file order) is reported.
            var results = new Result<ExportEvent>[_lines.Count];
            Parallel.For(0, _lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(4, Environment.ProcessorCount) }, i =>
                results[i] = ExportEvent.Parse(_lines[i].Text, source, _lines[i].Line, policy));
            var leaves = new ExportEvent[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                if (!results[i].IsSuccess)
                {
                    if (++_badLines <= ReportedLines)
                    {
                        _bad.Add(OneLine(results[i].Diagnostics));
                    }

                    continue;
                }

                leaves[i] = results[i].Value;
            }

            if (_badLines > 0)
            {
                _lines.Clear();
                return;
            }

            var lastLine = _lines[^1].Line;
            _lines.Clear();
            await FinishPendingAsync().ConfigureAwait(false);
            _pendingLastLine = lastLine;
            _pending = Task.Run(() => ledger.Append(leaves, key, context.Time));
        }

        // One line per bad input line: the first problem in full, any others after it on the same line.
        private static Diagnostic OneLine(IReadOnlyList<Diagnostic> problems) => problems.Count == 1
            ? problems[0]
            : problems[0] with
            {
                Message = problems[0].Message + "; also " + string.Join("; ", problems.Skip(1).Select(p => (p.Subject is null ? string.Empty : p.Subject + ": ") + p.Message)),
                Suggestion = null,
            };

        private async Task FinishPendingAsync()
        {
            if (_pending is null)
            {
                return;
            }

            var pending = _pending;
            _pending = null;
            var head = await pending.ConfigureAwait(false);
            _resumeLine = _pendingLastLine + 1;
            await context.Error.WriteLineAsync("committed " + head.Size.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await context.Error.FlushAsync().ConfigureAwait(false);
        }
    }
}
