using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Filings;

/// <summary>
/// What a filing registers: the list edition it relies on (pinned), the scenario and fields, the recipients, the
/// purpose, how many persons, how long the data is kept abroad, the security measures and the validity period.
/// Built only through <see cref="Create"/>, which reports every problem at once, each naming its JSON field.
/// </summary>
public sealed record FilingContent
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

    /// <summary>Validates everything and returns the content, or every diagnostic (field paths like <c>recipients[0].country</c>).</summary>
    public static Result<FilingContent> Create(
        string? listEdition,
        string? scenario,
        IReadOnlyList<string>? fields,
        IReadOnlyList<FilingRecipient>? recipients,
        string? purpose,
        bool importantData,
        long personsPersonal,
        long personsSensitive,
        int retentionMonths,
        string? securityMeasures,
        DateOnly validFrom,
        DateOnly validUntil)
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
        var fieldList = fields ?? [];
        for (var i = 0; i < fieldList.Count; i++)
        {
            Require(problems, fieldList[i], $"fields[{i}]", "a field id must not be empty");
        }

        Duplicates(problems, fieldList, f => f?.Trim(), i => $"fields[{i}]", "is filed twice");
        var recipientList = recipients ?? [];
        Duplicates(problems, recipientList, r => r is null ? null : r.Name?.Trim() + "\u0000" + r.Country, i => $"recipients[{i}]", "names the same recipient in the same country twice");
        if (recipientList.Count == 0)
        {
            problems.Add(Diagnostic.ForField(null, "recipients", "at least one overseas recipient is required"));
        }

        for (var i = 0; i < recipientList.Count; i++)
        {
            Require(problems, recipientList[i]?.Name, $"recipients[{i}].name", "the recipient's name is required");
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

        if (personsPersonal < 0)
        {
            problems.Add(Diagnostic.ForField(null, "persons.personal", "must be a whole number ≥ 0"));
        }

        if (personsSensitive < 0)
        {
            problems.Add(Diagnostic.ForField(null, "persons.sensitive", "must be a whole number ≥ 0"));
        }

        if (retentionMonths is < 1 or > 600)
        {
            problems.Add(Diagnostic.ForField(null, "retentionMonths", "must be between 1 and 600 months"));
        }

        if (validUntil < validFrom)
        {
            problems.Add(Diagnostic.ForField(null, "validUntil", "must not be before validFrom"));
        }
        else if (validUntil > validFrom.AddYears(MaxValidityYears))
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
            personsPersonal,
            personsSensitive,
            retentionMonths,
            securityMeasures!.Trim(),
            validFrom,
            validUntil));
    }

    /// <summary>A value given twice (ignoring case and surrounding spaces) is refused, never stored twice.</summary>
    private static void Duplicates<T>(List<Diagnostic> problems, IReadOnlyList<T> values, Func<T, string?> key, Func<int, string> path, string message)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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
