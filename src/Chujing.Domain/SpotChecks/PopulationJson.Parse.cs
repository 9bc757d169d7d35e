using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.SpotChecks;

public static partial class PopulationJson
{
    /// <summary>The largest population text accepted (256 MiB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Reads a population as <see cref="Write"/> writes it (any whitespace), with every problem named by its JSON path
    /// (e.g. <c>filings[3].leaves[0]</c>); unknown members are an error, so that the hash covers the whole file.
    /// </summary>
    public static Result<SpotCheckPopulation> Parse(ReadOnlyMemory<byte> utf8, string? source = null)
    {
        if (utf8.Length > MaxBytes)
        {
            return Fail(source, string.Empty, $"larger than {MaxBytes} bytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return Result<SpotCheckPopulation>.Failure(new Diagnostic(source, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, null, "not valid JSON"));
        }

        using (document)
        {
            var reader = new JsonFields(source);
            var population = Read(document.RootElement, reader);
            if (reader.Problems.Count > 0 || population is null)
            {
                return Result<SpotCheckPopulation>.Failure(reader.Problems.Count > 0 ? reader.Problems : [Diagnostic.ForField(source, string.Empty, "not a population")]);
            }

            var invariants = PopulationRules.Check(population.Value.ZoneGroup, population.Value.From, population.Value.To, population.Value.Rules, population.Value.Processors, population.Value.Filings, population.Value.Inspectors);
            if (invariants.Count > 0)
            {
                return Result<SpotCheckPopulation>.Failure([.. invariants.Select(p => Diagnostic.ForField(source, p.Path, p.Message))]);
            }

            return Result<SpotCheckPopulation>.Success(population.Value.Build());
        }
    }

    private static Parsed? Read(JsonElement root, JsonFields reader)
    {
        if (!reader.Object(root, string.Empty, "format", "check", "zoneGroup", "from", "to", "rules", "processors", "filings", "inspectors"))
        {
            return null;
        }

        var format = reader.String(root, "format", string.Empty);
        if (format is not null && format != SpotCheckPopulation.FormatName)
        {
            reader.Fail("format", $"'{format}' is not '{SpotCheckPopulation.FormatName}'");
        }

        var check = reader.String(root, "check", string.Empty);
        var zoneGroup = reader.String(root, "zoneGroup", string.Empty, nullable: true);
        var from = reader.Date(root, "from", string.Empty);
        var to = reader.Date(root, "to", string.Empty);
        var rules = ReadRules(root, reader);
        var processors = reader.Items(root, "processors", string.Empty, PopulationRules.MaxProcessors, ReadProcessor);
        var filings = reader.Items(root, "filings", string.Empty, PopulationRules.MaxFilings, ReadFiling);
        var inspectors = reader.Items(root, "inspectors", string.Empty, PopulationRules.MaxInspectors, ReadInspector);
        if (reader.Problems.Count > 0 || check is null || from is null || to is null || rules is null || processors is null || filings is null || inspectors is null)
        {
            return null;
        }

        return new Parsed(check, zoneGroup, from.Value, to.Value, rules, processors, filings, inspectors);
    }

    private static SamplingRules? ReadRules(JsonElement root, JsonFields reader)
    {
        if (!root.TryGetProperty("rules", out var rules))
        {
            reader.Fail("rules", "is required");
            return null;
        }

        if (!reader.Object(rules, "rules", "weights", "ratios", "detectRate", "confidence", "inspectorsPerFiling"))
        {
            return null;
        }

        var weights = ByClass<int>(rules, "weights", reader, e => e.TryGetInt32(out var w) && w is >= 1 and <= 1000 ? w : null, "a whole number 1–1000");
        var ratios = ByClass<double>(rules, "ratios", reader, e => e.TryGetDouble(out var r) && r > 0 && r <= 1 ? r : null, "a number in (0, 1]");
        var detect = reader.Number(rules, "detectRate", "rules", 0, 1, minExclusive: true);
        var confidence = reader.Number(rules, "confidence", "rules", 0, 1, minExclusive: true, maxExclusive: true);
        var inspectors = reader.Long(rules, "inspectorsPerFiling", "rules", 2, 10);
        if (weights is null || ratios is null || detect is null || confidence is null || inspectors is null)
        {
            return null;
        }

        return new SamplingRules(weights, ratios, detect.Value, confidence.Value, (int)inspectors.Value);
    }

    private static List<T>? ByClass<T>(JsonElement rules, string name, JsonFields reader, Func<JsonElement, T?> value, string expected)
        where T : struct
    {
        var path = "rules." + name;
        if (!rules.TryGetProperty(name, out var element))
        {
            reader.Fail(path, "is required");
            return null;
        }

        if (!reader.Object(element, path, "A", "B", "C", "D"))
        {
            return null;
        }

        var list = new List<T>();
        foreach (var riskClass in Enum.GetValues<RiskClass>())
        {
            var key = riskClass.ToString();
            if (!element.TryGetProperty(key, out var item) || item.ValueKind != JsonValueKind.Number || value(item) is not { } v)
            {
                reader.Fail(path + "." + key, "must be " + expected);
                continue;
            }

            list.Add(v);
        }

        return list.Count == 4 ? list : null;
    }

    private static PopulationProcessor? ReadProcessor(JsonElement element, string path, JsonFields reader)
    {
        if (!reader.Object(element, path, "uscc", "riskClass", "head", "previousHead"))
        {
            return null;
        }

        var uscc = reader.String(element, "uscc", path);
        var riskText = reader.String(element, "riskClass", path);
        RiskClass? riskClass = riskText is "A" or "B" or "C" or "D" ? Enum.Parse<RiskClass>(riskText) : null;
        if (riskText is not null && riskClass is null)
        {
            reader.Fail(path + ".riskClass", $"'{riskText}' is not one of A, B, C, D");
        }

        var head = ReadHead(element, "head", path, reader, nullable: false);
        var previous = ReadHead(element, "previousHead", path, reader, nullable: true);
        return uscc is null || riskClass is null || head is null ? null : new PopulationProcessor(uscc, riskClass.Value, head, previous);
    }

    private static PopulationHead? ReadHead(JsonElement parent, string name, string parentPath, JsonFields reader, bool nullable)
    {
        var path = parentPath + "." + name;
        if (!parent.TryGetProperty(name, out var element) || (element.ValueKind == JsonValueKind.Null && !nullable))
        {
            reader.Fail(path, "is required");
            return null;
        }

        if (element.ValueKind == JsonValueKind.Null || !reader.Object(element, path, "size", "rootHash", "timestamp"))
        {
            return null;
        }

        var size = reader.Long(element, "size", path, 0, long.MaxValue);
        var root = reader.String(element, "rootHash", path);
        var timestamp = reader.String(element, "timestamp", path);
        if (root is not null && !LowerHex.Is(root, 64))
        {
            reader.Fail(path + ".rootHash", "must be 64 lower-case hex digits");
            return null;
        }

        return size is null || root is null || timestamp is null ? null : new PopulationHead(size.Value, root, timestamp);
    }

    private static PopulationFiling? ReadFiling(JsonElement element, string path, JsonFields reader)
    {
        if (!reader.Object(element, path, "id", "processor", "zoneGroup", "leaves"))
        {
            return null;
        }

        var id = reader.String(element, "id", path);
        var processor = reader.String(element, "processor", path);
        var zoneGroup = reader.String(element, "zoneGroup", path);
        var runs = reader.Items(element, "leaves", path, 10_000_000, (run, runPath, r) =>
        {
            if (run.ValueKind != JsonValueKind.Array || run.GetArrayLength() != 2
                || !run[0].TryGetInt64(out var first) || !run[1].TryGetInt64(out var last) || first < 0 || last < first)
            {
                r.Fail(runPath, "must be [first, last] with 0 ≤ first ≤ last");
                return (LeafRange?)null;
            }

            return new LeafRange(first, last);
        });
        var leaves = runs?.Select(run => run!.Value).ToList();
        if (leaves is not null)
        {
            for (var i = 1; i < leaves.Count; i++)
            {
                if (leaves[i].First <= leaves[i - 1].Last)
                {
                    reader.Fail(path + ".leaves[" + i.ToString(CultureInfo.InvariantCulture) + "]", "runs must be ascending and disjoint");
                    return null;
                }
            }
        }

        return id is null || processor is null || zoneGroup is null || leaves is null ? null : new PopulationFiling(id, processor, zoneGroup, leaves);
    }

    private static PopulationInspector? ReadInspector(JsonElement element, string path, JsonFields reader)
    {
        if (!reader.Object(element, path, "id", "zoneGroup", "recusals"))
        {
            return null;
        }

        var id = reader.String(element, "id", path);
        var zoneGroup = reader.String(element, "zoneGroup", path);
        var recusals = reader.Items(element, "recusals", path, 10_000, (item, itemPath, r) =>
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                r.Fail(itemPath, "must be a USCC");
                return null;
            }

            return item.GetString();
        });
        return id is null || zoneGroup is null || recusals is null ? null : new PopulationInspector(id, zoneGroup, recusals);
    }

    // Fields read but not yet checked together: PopulationRules runs on them before the constructor does.
    private readonly record struct Parsed(
        string Check, string? ZoneGroup, DateOnly From, DateOnly To, SamplingRules Rules,
        List<PopulationProcessor> Processors, List<PopulationFiling> Filings, List<PopulationInspector> Inspectors)
    {
        public SpotCheckPopulation Build() => new(Check, ZoneGroup, From, To, Rules, Processors, Filings, Inspectors);
    }
}
