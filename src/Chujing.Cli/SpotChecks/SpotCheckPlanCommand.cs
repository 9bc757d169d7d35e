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
        var file = new Argument<string>("population") { Description = "The frozen population as JSON (GET /api/spot-checks/{id}/population or the public page), or - for standard input." };
        var seed = new Option<string>("--seed") { Description = "The published seed (at least 24 characters).", Required = true };
        var filings = new Option<long?>("--filings") { Description = "How many filings to draw (default: the class ratios of the population's rules)." };
        var records = new Option<long?>("--records-per-filing") { Description = "How many records of each filing (default: discovery sampling of the rules)." };
        var recusals = new Option<string[]>("--recusal") { Description = "A recusal declared after the draw, FILING=INSPECTOR (repeatable, as the check lists them).", Arity = ArgumentArity.ZeroOrMore };
        var expect = new Option<string?>("--expect-hash") { Description = "The published population hash; fails (exit 1) when the file hashes otherwise." };
        var json = new Option<bool>("--json") { Description = "Write the sample as one JSON document." };
        var command = new Command("plan", "Derive a spot check's sample (filings, records, inspectors) from its population and seed.")
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
                await context.Error.WriteLineAsync($"error: {source}: the population hashes to {population.Hash}, not the published {expected.Trim()}").ConfigureAwait(false);
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
