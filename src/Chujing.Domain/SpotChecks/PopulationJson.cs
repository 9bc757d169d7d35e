using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The population as JSON. <see cref="Write"/> gives the canonical text whose SHA-256 is the published hash: the members
/// below, sorted as <see cref="Evidence.CanonicalJson"/> sorts them (RFC 8785 order, no whitespace). A population
/// downloaded in any layout hashes the same after <see cref="Parse"/>, because parsing accepts exactly these members.
/// <code>
/// {"check","filings":[{"id","leaves":[[first,last]...],"processor","zoneGroup"}],"format","from",
///  "inspectors":[{"id","recusals":[uscc...],"zoneGroup"}],
///  "processors":[{"head":{"rootHash","size","timestamp"},"previousHead":{...}|null,"riskClass":"A|B|C|D","uscc"}],
///  "rules":{"confidence","detectRate","inspectorsPerFiling","ratios":{"A"...},"weights":{"A"...}},"to","zoneGroup"}
/// </code>
/// </summary>
public static partial class PopulationJson
{
    /// <summary>The canonical JSON text of <paramref name="population"/>.</summary>
    public static string Write(SpotCheckPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", SpotCheckPopulation.FormatName);
            json.WriteString("check", population.Check);
            if (population.ZoneGroup is null)
            {
                json.WriteNull("zoneGroup");
            }
            else
            {
                json.WriteString("zoneGroup", population.ZoneGroup);
            }

            json.WriteString("from", population.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("to", population.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteRules(json, population.Rules);
            json.WriteStartArray("processors");
            foreach (var processor in population.Processors)
            {
                json.WriteStartObject();
                json.WriteString("uscc", processor.Uscc);
                json.WriteString("riskClass", processor.RiskClass.ToString());
                json.WritePropertyName("head");
                WriteHead(json, processor.Head);
                json.WritePropertyName("previousHead");
                WriteHead(json, processor.PreviousHead);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("filings");
            foreach (var filing in population.Filings)
            {
                json.WriteStartObject();
                json.WriteString("id", filing.Id);
                json.WriteString("processor", filing.Processor);
                json.WriteString("zoneGroup", filing.ZoneGroup);
                json.WriteStartArray("leaves");
                foreach (var run in filing.Leaves)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(run.First);
                    json.WriteNumberValue(run.Last);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("inspectors");
            foreach (var inspector in population.Inspectors)
            {
                json.WriteStartObject();
                json.WriteString("id", inspector.Id);
                json.WriteString("zoneGroup", inspector.ZoneGroup);
                json.WriteStartArray("recusals");
                foreach (var uscc in inspector.Recusals)
                {
                    json.WriteStringValue(uscc);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return Evidence.CanonicalJson.Serialize(document.RootElement).Value;
    }

    private static void WriteRules(Utf8JsonWriter json, SamplingRules rules)
    {
        json.WriteStartObject("rules");
        json.WriteStartObject("weights");
        foreach (var riskClass in Enum.GetValues<RiskClass>())
        {
            json.WriteNumber(riskClass.ToString(), rules.WeightOf(riskClass));
        }

        json.WriteEndObject();
        json.WriteStartObject("ratios");
        foreach (var riskClass in Enum.GetValues<RiskClass>())
        {
            json.WriteNumber(riskClass.ToString(), rules.RatioOf(riskClass));
        }

        json.WriteEndObject();
        json.WriteNumber("detectRate", rules.DetectRate);
        json.WriteNumber("confidence", rules.Confidence);
        json.WriteNumber("inspectorsPerFiling", rules.InspectorsPerFiling);
        json.WriteEndObject();
    }

    private static void WriteHead(Utf8JsonWriter json, PopulationHead? head)
    {
        if (head is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("size", head.Size);
        json.WriteString("rootHash", head.RootHash);
        json.WriteString("timestamp", head.Timestamp);
        json.WriteEndObject();
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, for hashing.</summary>
    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Result<SpotCheckPopulation> Fail(string? source, string path, string message) =>
        Result<SpotCheckPopulation>.Failure(Diagnostic.ForField(source, path, message));
}
