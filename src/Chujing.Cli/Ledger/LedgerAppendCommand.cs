using System.CommandLine;
using System.Globalization;
using Chujing.Diagnostics;
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
        var events = new Argument<string>("events") { Description = "Export events, one JSON object per line (JSON Lines), or '-' for standard input." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Lines per batch: one transaction and one signed tree head each.",
            DefaultValueFactory = _ => 10_000,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                result.AddError("--batch-size must be between 1 and 1000000");
            }
        });
        var key = LedgerCommand.KeyOption();
        var json = LedgerCommand.JsonOption();
        var command = new Command("append", "Append export events (JSON Lines) to the ledger.");
        command.Arguments.Add(log);
        command.Arguments.Add(events);
        command.Options.Add(batchSize);
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

            using var stream = input == "-" ? null : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = stream is null ? null : new StreamReader(stream, System.Text.Encoding.UTF8, true, 1 << 16);
            var appender = new Appender(context, ledger, signingKey, reader ?? context.In, input == "-" ? "stdin" : input, parseResult.GetValue(batchSize));
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
                CliJson.Write(context.Out, new AppendDocument(head.Size - before, TreeHeadDocument.From(head, ledger.Metadata)));
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"appended {head.Size - before} leaves; tree size {head.Size}, root {Convert.ToHexStringLower(head.RootHash)}"));
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private sealed record AppendDocument(long Appended, TreeHeadDocument TreeHead);

    /// <summary>
    /// Reads, validates and commits batch by batch. While one batch commits (on the thread pool) the next one is read
    /// and validated, so parsing overlaps the storage's sync; the <c>committed</c> line of a batch is written only after
    /// its commit has returned, and always before the next batch starts committing.
    /// </summary>
    private sealed class Appender(CliContext context, EvidenceLedger ledger, Evidence.Suites.LedgerKeyPair key, TextReader reader, string source, int batchSize)
    {
        private readonly List<(int Line, string Text)> _lines = new(batchSize);
        private Task<TreeHead>? _pending;

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
            }
            finally
            {
                // Whatever happened to the batch being read, the one already committing is seen through and reported.
                await FinishPendingAsync().ConfigureAwait(false);
            }

            progress?.Invoke();
        }

        private async Task CommitAsync()
        {
            if (_lines.Count == 0)
            {
                return;
            }

            // Validate the whole batch before writing any of it; the first bad line (in file order) is reported.
            var results = new Result<ExportEvent>[_lines.Count];
            Parallel.For(0, _lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(4, Environment.ProcessorCount) }, i =>
                results[i] = ExportEvent.Parse(_lines[i].Text, source, _lines[i].Line));
            var leaves = new ExportEvent[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                if (!results[i].IsSuccess)
                {
                    throw new InvalidInputException(results[i].Diagnostics);
                }

                leaves[i] = results[i].Value;
            }

            _lines.Clear();
            await FinishPendingAsync().ConfigureAwait(false);
            _pending = Task.Run(() => ledger.Append(leaves, key, context.Time));
        }

        private async Task FinishPendingAsync()
        {
            if (_pending is null)
            {
                return;
            }

            var pending = _pending;
            _pending = null;
            var head = await pending.ConfigureAwait(false);
            await context.Error.WriteLineAsync("committed " + head.Size.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await context.Error.FlushAsync().ConfigureAwait(false);
        }
    }
}
