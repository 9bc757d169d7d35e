using Chujing.Domain.Calendar;
using System.CommandLine;
using System.Globalization;
using Chujing.Cli.Catalogs;
using Chujing.Cli.Ledger;
using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Web.Consistency;
using Spectre.Console;

namespace Chujing.Cli.Check;

/// <summary>
/// <c>chujing check &lt;filing.json&gt; &lt;events.jsonl|-&gt; [--counters FILE] [--json]</c>: the same consistency
/// check as the platform's, over a file or a ledger export. Exit 0 when no event deviates, 1 when any does, 2 for bad input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var filingFile = new Argument<string>("filing") { Description = "备案，格式同 GET /api/filings/{id} 的返回（含 statusHistory） · The filing as GET /api/filings/{id} returns it (with its statusHistory)." };
        var events = new Argument<string>("events") { Description = "出境事件，每行一个 JSON 对象，或 '-' 表示标准输入 · Export events, one JSON object per line, or '-' for standard input." };
        var counters = new Option<string?>("--counters") { Description = "本年度累计数，格式同 GET /api/counters 的返回；不给出时跳过计数类检查 · The year's counts as GET /api/counters returns them; without them the count kinds are skipped." };
        var json = new Option<bool>("--json") { Description = "以一个 JSON 文档写出结果 · Write the result as one JSON document." };
        var command = new Command("check", "核对出境事件与其备案的一致性：列出偏差及其严重程度与依据 · Check export events against their filing: deviations with their severity and basis.") { filingFile, events, counters, json };
        command.SetAction(context, async (parseResult, ct) =>
        {
            var catalogs = context.LoadCatalogs(parseResult);
            var (bytes, source) = await InputFiles.ReadAllBytesAsync(context, parseResult.GetValue(filingFile)!, ct).ConfigureAwait(false);
            var (filing, carried) = FilingDocument.Read(bytes, source, catalogs);
            var counts = carried;
            if (parseResult.GetValue(counters) is { } countersPath)
            {
                var (countBytes, countSource) = await InputFiles.ReadAllBytesAsync(context, countersPath, ct).ConfigureAwait(false);
                counts = FilingDocument.ReadCounters(countBytes, countSource, filing.Processor);
            }

            var input = parseResult.GetValue(events)!;
            var read = await ReadEventsAsync(context, input, ct).ConfigureAwait(false);
            var checker = new ConsistencyChecker(context.CreateEngine(catalogs), catalogs, Chujing.Web.Localization.CountryNameTable.Instance);
            var compiled = checker.Compile(filing);
            var deviations = new List<DeviationView>();
            var skipped = 0;
            var countsUsed = false;
            for (var i = 0; i < read.Count; i++)
            {
                var e = read[i];
                if (e.Filing is { } named && !string.Equals(named, filing.Id, StringComparison.Ordinal))
                {
                    skipped++;
                    continue;
                }

                var year = counts is not null && counts.Year == Chujing.Domain.Calendar.RegulatoryCalendar.YearOf(e.Time) ? counts : null;
                countsUsed |= year is not null;
                deviations.AddRange(checker.Check(e, i, e.Filing is null ? null : compiled, year).Select(d => DeviationView.From(d)));
            }

            IReadOnlyList<string> skippedKinds = countsUsed ? [] : [FilingNames.Of(DeviationKind.PersonsOverFiled), FilingNames.Of(DeviationKind.BandCrossed)];
            var report = new CheckReport(filing.Id, read.Count, deviations.Count == 0, deviations, skipped, skippedKinds);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, report);
            }
            else
            {
                Write(context.Console, report);
            }

            if (skippedKinds.Count > 0)
            {
                await context.Error.WriteLineAsync(CliText.NotePrefix + "没有事件所在年度的计数（--counters，或备案 JSON 中的 counters），因此未检查 persons-over-filed 与 band-crossed · no counts for the events' year (--counters, or counters in the filing JSON), so persons-over-filed and band-crossed were not checked").ConfigureAwait(false);
            }

            return report.Consistent ? ExitCode.Ok : ExitCode.Failure;
        });
        return command;
    }

    private static async Task<List<ExportEvent>> ReadEventsAsync(CliContext context, string input, CancellationToken ct)
    {
        if (input != "-" && Directory.Exists(input))
        {
            throw new InvalidInputException(new Diagnostic(input, 0, 0, null, "is a directory, not an events file"));
        }

        if (input != "-" && !File.Exists(input))
        {
            throw new InvalidInputException(new Diagnostic(input, 0, 0, null, "no such file"));
        }

        using var reader = input != "-" ? new EventLineReader(File.OpenRead(input), input)
            : ReferenceEquals(context.In, Console.In) ? new EventLineReader(Console.OpenStandardInput(), "stdin")
            : new EventLineReader(context.In, "stdin");
        var source = input == "-" ? "stdin" : input;
        var events = new List<ExportEvent>();
        var line = 0;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text) || IsBundleHeader(text, line))
            {
                continue;
            }

            events.Add(ExportEvent.Parse(text, source, line).ValueOrThrow());
        }

        return events;
    }

    /// <summary>The first line of a ledger bundle (<c>chujing ledger export</c>) is its header, not an event.</summary>
    private static bool IsBundleHeader(string text, int line) =>
        line == 1 && text.Contains("\"size\"", StringComparison.Ordinal) && !text.Contains("\"processor\"", StringComparison.Ordinal);

    private static void Write(IAnsiConsole console, CheckReport report)
    {
        var skipped = report.Skipped.ToString(CultureInfo.InvariantCulture);
        var verdict = report.Events > 0 && report.Skipped >= report.Events
            ? "[yellow]未检查任何事件：所有事件均指向其他备案 nothing checked: every event names another filing[/]"
            : report.Consistent ? "[green]一致 consistent[/]" : $"[red]{report.Deviations.Count.ToString(CultureInfo.InvariantCulture)} 处偏差 deviations[/]";
        console.MarkupLine($"备案 Filing {Markup.Escape(report.Filing)}: {report.Events.ToString(CultureInfo.InvariantCulture)} 条事件 events, {verdict}"
            + (report.Skipped > 0 && report.Skipped < report.Events ? $"（其他备案的 {skipped} 条事件未检查 · {skipped} naming other filings not checked）" : string.Empty));
        if (report.Deviations.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("event 事件", "severity 严重程度", "kind 类型", "path 字段", "detail 说明", "basis 依据");
        foreach (var d in report.Deviations)
        {
            var severity = FilingNames.Of(d.Severity);
            var colour = d.Severity switch { Severity.Serious => "red", Severity.Major => "yellow", _ => "grey" };
            table.AddRow(
                d.Event.ToString(CultureInfo.InvariantCulture),
                $"[{colour}]{Markup.Escape(Both("severity." + severity))}[/]",
                Markup.Escape(Both("kind." + FilingNames.Of(d.Kind))),
                Markup.Escape(d.Path),
                Markup.Escape(d.Detail + "\n" + d.DetailEn),
                Markup.Escape(string.Join("\n", d.Basis.Select(b => b.Citation))));
        }

        console.Write(table);
    }

    /// <summary>A label as a person reads it: <c>中文 English</c>; the code itself when it has no label.</summary>
    private static string Both(string key) =>
        Chujing.Web.Localization.UiText.Has(key)
            ? Chujing.Web.Localization.UiText.In(key, english: false) + " " + Chujing.Web.Localization.UiText.In(key, english: true)
            : key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
