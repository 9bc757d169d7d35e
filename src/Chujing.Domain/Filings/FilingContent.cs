using Chujing.Domain.Diagnostics;
using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Filings;

/// <summary>
/// What a filing registers: the list edition it relies on (pinned), the scenario and fields, the recipients, the
/// purpose, how many persons, how long the data is kept abroad, the security measures and the validity period.
/// Built only through <see cref="Create"/>, which reports every problem at once, each naming its JSON field.
/// </summary>
public sealed partial record FilingContent
{
    /// <summary>The longest validity a filing may ask for, in years.</summary>
    public const int MaxValidityYears = 3;

    private FilingContent(
        string listEdition,
        string scenario,
        IReadOnlyList<string> fields,
        IReadOnlyList<FilingRecipient> recipients,
        string purpose,
        bool importantData,
        long personsPersonal,
        long personsSensitive,
        int retentionMonths,
        string securityMeasures,
        DateOnly validFrom,
        DateOnly validUntil)
    {
        ListEdition = listEdition;
        Scenario = scenario;
        Fields = fields;
        Recipients = recipients;
        Purpose = purpose;
        ImportantData = importantData;
        PersonsPersonal = personsPersonal;
        PersonsSensitive = personsSensitive;
        RetentionMonths = retentionMonths;
        SecurityMeasures = securityMeasures;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>Catalog edition id, e.g. <c>beijing-ftz/2024</c>; pinned so that later list revisions do not change it silently.</summary>
    public string ListEdition { get; }

    /// <summary>Scenario id from that edition.</summary>
    public string Scenario { get; }

    /// <summary>Field ids (or names) from that edition; may be empty.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>At least one overseas recipient.</summary>
    public IReadOnlyList<FilingRecipient> Recipients { get; }

    /// <summary>Why the data leaves (出境目的).</summary>
    public string Purpose { get; }

    /// <summary>The data includes data that authorities notified or published as important data (重要数据).</summary>
    public bool ImportantData { get; }

    /// <summary>Distinct persons whose non-sensitive personal information is covered per calendar year.</summary>
    public long PersonsPersonal { get; }

    /// <summary>Distinct persons whose sensitive personal information is covered per calendar year.</summary>
    public long PersonsSensitive { get; }

    /// <summary>How long the recipients keep the data, in months (1–600).</summary>
    public int RetentionMonths { get; }

    /// <summary>Technical and organisational measures (安全保护措施).</summary>
    public string SecurityMeasures { get; }

    /// <summary>First day the filing covers.</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>Last day the filing covers (inclusive); at most <see cref="MaxValidityYears"/> after <see cref="ValidFrom"/>.</summary>
    public DateOnly ValidUntil { get; }

    /// <summary>
    /// Validates everything and returns the content, or every diagnostic (field paths like <c>recipients[0].country</c>).
    /// A null count or date is reported as required, so that the caller does not need to know which fields are.
    /// </summary>
    public static Result<FilingContent> Create(
        string? listEdition,
        string? scenario,
        IReadOnlyList<string>? fields,
        IReadOnlyList<FilingRecipient>? recipients,
        string? purpose,
        bool importantData,
        long? personsPersonal,
        long? personsSensitive,
        int retentionMonths,
        string? securityMeasures,
        DateOnly? validFrom,
        DateOnly? validUntil)
    {
        var problems = new List<Diagnostic>();
        Require(problems, listEdition, "listEdition", "the list edition is required (e.g. beijing-ftz/2024)");
        if (!string.IsNullOrWhiteSpace(listEdition) && !listEdition.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "listEdition", $"'{listEdition}' is not an edition id of the form <jurisdiction>/<edition>"));
        }

        Require(problems, scenario, "scenario", "the scenario is required");
        Require(problems, purpose, "purpose", "the purpose of the export is required");
        Require(problems, securityMeasures, "securityMeasures", "the security measures are required");
        InputLimits.CheckLength(problems, listEdition, "listEdition", InputLimits.Identifier);
        InputLimits.CheckLength(problems, scenario, "scenario", InputLimits.Identifier);
        InputLimits.CheckLength(problems, purpose, "purpose", InputLimits.Text);
        InputLimits.CheckLength(problems, securityMeasures, "securityMeasures", InputLimits.Text);
        var fieldList = fields ?? [];
        InputLimits.CheckCount(problems, fieldList.Count, "fields", InputLimits.Fields);
        for (var i = 0; i < fieldList.Count && i < InputLimits.Fields; i++)
        {
            Require(problems, fieldList[i], $"fields[{i}]", "a field id must not be empty");
            InputLimits.CheckLength(problems, fieldList[i], $"fields[{i}]", InputLimits.Identifier);
        }

        // Duplicates are looked for within the limits only: an oversized list is one diagnostic, not one per entry. Two
        // fields are the same as the consistency check compares them (case, _, - and spaces do not count).
        Duplicates(problems, [.. fieldList.Take(InputLimits.Fields)], f => f is null ? null : Consistency.FieldNameComparer.Normalise(f), i => $"fields[{i}]", "is filed twice");
        var recipientList = recipients ?? [];
        Duplicates(problems, [.. recipientList.Take(InputLimits.Recipients)], r => r is null ? null : r.Name?.Trim().ToUpperInvariant() + "\u0000" + r.Country, i => $"recipients[{i}]", "names the same recipient in the same country twice");
        if (recipientList.Count == 0)
        {
            problems.Add(Diagnostic.ForField(null, "recipients", "at least one overseas recipient is required"));
        }

        InputLimits.CheckCount(problems, recipientList.Count, "recipients", InputLimits.Recipients);
        for (var i = 0; i < recipientList.Count && i < InputLimits.Recipients; i++)
        {
            Require(problems, recipientList[i]?.Name, $"recipients[{i}].name", "the recipient's name is required");
            InputLimits.CheckLength(problems, recipientList[i]?.Name, $"recipients[{i}].name", InputLimits.Name);
            var country = recipientList[i]?.Country;
            if (country == CountryCodes.Mainland)
            {
                problems.Add(Diagnostic.ForField(null, $"recipients[{i}].country", "CN is mainland China, which is not abroad; give the recipient's country or region outside the mainland"));
            }
            else if (!CountryCodes.IsAssigned(country))
            {
                problems.Add(Diagnostic.ForField(null, $"recipients[{i}].country", $"'{country}' is not an assigned ISO 3166-1 alpha-2 code such as DE or HK"));
            }
        }

        Count(problems, personsPersonal, "persons.personal");
        Count(problems, personsSensitive, "persons.sensitive");

        if (retentionMonths is < 1 or > 600)
        {
            problems.Add(Diagnostic.ForField(null, "retentionMonths", "must be between 1 and 600 months"));
        }

        if (validFrom is null)
        {
            problems.Add(Diagnostic.ForField(null, "validFrom", "the first valid day is required (YYYY-MM-DD)"));
        }

        if (validUntil is null)
        {
            problems.Add(Diagnostic.ForField(null, "validUntil", "the last valid day is required (YYYY-MM-DD)"));
        }
        else if (validFrom is null)
        {
            // Nothing to compare the last day with.
        }
        else if (validUntil < validFrom)
        {
            problems.Add(Diagnostic.ForField(null, "validUntil", "must not be before validFrom"));
        }
        else if (validUntil > validFrom.Value.AddYears(MaxValidityYears))
        {
            problems.Add(Diagnostic.ForField(null, "validUntil", $"a filing is valid for at most {MaxValidityYears} years"));
        }

        if (problems.Count > 0)
        {
            return Result<FilingContent>.Failure(problems);
        }

        return Result<FilingContent>.Success(new FilingContent(
            listEdition!.Trim(),
            scenario!.Trim(),
            [.. fieldList.Select(f => f.Trim())],
            [.. recipientList.Select(r => new FilingRecipient(r.Name.Trim(), r.Country))],
            purpose!.Trim(),
            importantData,
            personsPersonal!.Value,
            personsSensitive!.Value,
            retentionMonths,
            securityMeasures!.Trim(),
            validFrom!.Value,
            validUntil!.Value));
    }

    private static void Count(List<Diagnostic> problems, long? count, string field)
    {
        if (count is null)
        {
            problems.Add(Diagnostic.ForField(null, field, "the number of persons is required (a whole number ≥ 0)"));
        }
        else if (count < 0)
        {
            problems.Add(Diagnostic.ForField(null, field, "must be a whole number ≥ 0"));
        }
    }

    /// <summary>A value given twice (by its key: case and surrounding spaces ignored) is refused, never stored twice.</summary>
    private static void Duplicates<T>(List<Diagnostic> problems, IReadOnlyList<T> values, Func<T, string?> key, Func<int, string> path, string message)
    {
        // Keys are upper-cased where case does not matter (field ids, recipients' names); country codes stay as written.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (key(values[i]) is not { Length: > 0 } k)
            {
                continue;
            }

            if (seen.TryGetValue(k, out var first))
            {
                problems.Add(Diagnostic.ForField(null, path(i), $"{message} (as {path(first)})"));
            }
            else
            {
                seen[k] = i;
            }
        }
    }

    private static void Require(List<Diagnostic> problems, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Diagnostic.ForField(null, field, message));
        }
    }
}
