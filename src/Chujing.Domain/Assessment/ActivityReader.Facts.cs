using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.Text;

namespace Chujing.Domain.Assessment;

/// <summary>The optional facts for the elements of an exemption and for duties by legal basis.</summary>
public static partial class ActivityReader
{
    private static readonly string[] SubjectNames = [.. Enum.GetValues<DataSubject>().Select(FilingNames.Of)];
    private static readonly string[] ContractNames = [.. Enum.GetValues<ContractType>().Select(FilingNames.Of)];
    private static readonly string[] BasisNames = [.. Enum.GetValues<LegalBasis>().Select(FilingNames.Of)];

    private static ActivityFacts ReadFacts(JsonElement root, string source, List<Diagnostic> errors)
    {
        IReadOnlyList<DataSubject>? subjects = null;
        if (root.TryGetProperty("dataSubjects", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            var names = StringArray(root, "dataSubjects", source, errors);
            var parsed = new List<DataSubject>(names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                if (Named<DataSubject>(names[i], $"dataSubjects[{i.ToString(CultureInfo.InvariantCulture)}]", "data subject", SubjectNames, source, errors) is { } subject)
                {
                    parsed.Add(subject);
                }
            }

            if (names.Count == 0 && value.ValueKind == JsonValueKind.Array)
            {
                errors.Add(Diagnostic.ForField(source, "dataSubjects", $"is empty; name whose personal information is sent ({string.Join(", ", SubjectNames)}), or leave it out"));
            }

            subjects = parsed;
        }

        var contract = OptionalString(root, "contractType", "contractType", source, errors) is { } c
            ? Named<ContractType>(c, "contractType", "contract type", ContractNames, source, errors)
            : null;
        var basis = OptionalString(root, "legalBasis", "legalBasis", source, errors) is { } b
            ? Named<LegalBasis>(b, "legalBasis", "legal basis", BasisNames, source, errors)
            : null;
        return new ActivityFacts(
            subjects,
            OptionalBool(root, "collectedAbroad", "collectedAbroad", source, errors),
            OptionalBool(root, "domesticDataAdded", "domesticDataAdded", source, errors),
            contract,
            basis);
    }

    private static T? Named<T>(string text, string path, string what, IReadOnlyList<string> names, string source, List<Diagnostic> errors)
        where T : struct, Enum
    {
        if (FilingNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(Diagnostic.ForField(source, path, $"unknown {what} '{text}'; known: {string.Join(", ", names)}", Suggestions.Phrase(text, names)));
        return null;
    }
}
