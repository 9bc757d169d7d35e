using System.CommandLine;
using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.SpotChecks;
using Spectre.Console;

namespace Chujing.Cli.SpotChecks;

/// <summary>
/// <c>chujing spot-check plan &lt;population.json&gt; --seed &lt;seed&gt; [--filings N] [--records-per-filing N]
/// [--recusal FILING=INSPECTOR]… [--expect-hash sha256:…] [--json]</c>: the sample the platform draws for that
/// population and seed, derived by the same algorithm (docs/spot-checks.md).
/// </summary>
internal static class SpotCheckPlanCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("population") { Description = "已冻结的抽验总体，JSON 格式（GET /api/spot-checks/{id}/population 或公示页面），或 - 表示标准输入 · The frozen population as JSON (GET /api/spot-checks/{id}/population or the public page), or - for standard input." };
        var seed = new Option<string>("--seed") { Description = "已公布的随机种子（至少 24 个字符） · The published seed (at least 24 characters).", Required = true };
        var filings = new Option<long?>("--filings") { Description = "抽取的备案数（默认按总体规则的分类比例） · How many filings to draw (default: the class ratios of the population's rules)." };
        var records = new Option<long?>("--records-per-filing") { Description = "每个备案抽取的记录数（默认按规则的发现抽样） · How many records of each filing (default: discovery sampling of the rules)." };
        var recusals = new Option<string[]>("--recusal") { Description = "抽取后申报的回避，格式 FILING=INSPECTOR（可重复，照抽验所列给出） · A recusal declared after the draw, FILING=INSPECTOR (repeatable, as the check lists them).", Arity = ArgumentArity.ZeroOrMore };
        var expect = new Option<string?>("--expect-hash") { Description = "已公布的总体哈希；文件哈希不符时失败（退出码 1） · The published population hash; fails (exit 1) when the file hashes otherwise." };
        var json = new Option<bool>("--json") { Description = "以一个 JSON 文档写出样本 · Write the sample as one JSON document." };
        var command = new Command("plan", "由抽验总体与随机种子推导一致性抽验的样本（备案、记录、检查人员） · Derive a spot check's sample (filings, records, inspectors) from its population and seed.")
        {
            file, seed, filings, records, recusals, expect, json,
        };
        command.SetAction(context, async (parseResult, cancellationToken) =>
        {
            var sizes = Sizes(parseResult.GetValue(filings), parseResult.GetValue(records));
            var late = Recusals(parseResult.GetValue(recusals) ?? []);
            var (bytes, source) = await InputFiles.ReadAllBytesAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            var population = PopulationJson.Parse(bytes, source).ValueOrThrow();
            if (parseResult.GetValue(expect) is { } expected && !string.Equals(expected.Trim(), population.Hash, StringComparison.Ordinal))
            {
                await context.Error.WriteLineAsync($"{CliText.ErrorPrefix}{source}: 抽验总体的哈希为 {population.Hash}，与公布的 {expected.Trim()} 不符 · the population hashes to {population.Hash}, not the published {expected.Trim()}").ConfigureAwait(false);
                return ExitCode.Failure;
            }

            var sample = SpotCheckSampler.Draw(population, parseResult.GetValue(seed)!, sizes, late).ValueOrThrow();
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, new SpotCheckPlanDocument(population.Check, population.Hash, sample.Seed, sample.FilingsRequested, sample.Sample));
            }
            else
            {
                Write(context, population, sample);
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static SampleSizes Sizes(long? filings, long? records)
    {
        if (filings is < 1 || records is < 1)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, filings is < 1 ? "--filings" : "--records-per-filing", "must be at least 1"));
        }

        return new SampleSizes(filings, records);
    }

    private static List<Recusal> Recusals(string[] values)
    {
        var list = new List<Recusal>();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--recusal", $"'{value}' is not FILING=INSPECTOR"));
            }

            list.Add(new Recusal(parts[0], parts[1]));
        }

        return list;
    }

    private static void Write(CliContext context, SpotCheckPopulation population, SpotCheckSample sample)
    {
        context.Console.MarkupLine(Markup.Escape($"check {population.Check} · population {population.Hash} · seed {sample.Seed}"));
        var table = new Table().AddColumn("filing").AddColumn("processor").AddColumn("class").AddColumn("records").AddColumn("inspectors").AddColumn("guarantee");
        foreach (var filing in sample.Sample)
        {
            var recused = filing.Recused.Count == 0 ? string.Empty : " (recused: " + string.Join(", ", filing.Recused) + ")";
            table.AddRow(
                Markup.Escape(filing.Filing),
                Markup.Escape(filing.Processor),
                filing.RiskClass.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"{filing.Leaves.Count} of {filing.Guarantee.Records}"),
                Markup.Escape(string.Join(", ", filing.Inspectors) + recused),
                string.Create(CultureInfo.InvariantCulture, $"≥{filing.Guarantee.DetectableDeviating} deviating found with ≥{filing.Guarantee.Confidence:P0}"));
        }

        context.Console.Write(table);
    }
}
