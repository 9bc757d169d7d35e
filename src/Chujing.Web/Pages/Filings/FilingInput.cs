using System.Globalization;
using Chujing.Web.Filings;

namespace Chujing.Web.Pages.Filings;

/// <summary>The filing form's fields as posted by the browser; turned into a <see cref="FilingRequest"/> for the service.</summary>
public sealed class FilingInput
{
    public string? Title { get; set; }

    public string ListEdition { get; set; } = string.Empty;

    public string? Scenario { get; set; }

    /// <summary>The ids of the fields ticked among the chosen scenario's fields.</summary>
    public List<string> Fields { get; set; } = [];

    /// <summary>One recipient per line: <c>name, country code</c>.</summary>
    public string? Recipients { get; set; }

    public string? Purpose { get; set; }

    public bool ImportantData { get; set; }

    public long PersonsPersonal { get; set; }

    public long PersonsSensitive { get; set; }

    public int RetentionMonths { get; set; } = 12;

    public string? SecurityMeasures { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public int? Version { get; set; }

    public FilingRequest ToRequest() => new()
    {
        Title = Title,
        ListEdition = ListEdition,
        Scenario = Scenario,
        Fields = [.. Fields.Where(f => !string.IsNullOrWhiteSpace(f))],
        Recipients = [.. (Recipients ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseRecipient)],
        Purpose = Purpose,
        ImportantData = ImportantData,
        Persons = new PersonsBody(PersonsPersonal, PersonsSensitive),
        RetentionMonths = RetentionMonths,
        SecurityMeasures = SecurityMeasures,
        ValidFrom = ValidFrom,
        ValidUntil = ValidUntil,
        Version = Version,
    };

    public static FilingInput From(FilingView f) => new()
    {
        Title = f.Title,
        ListEdition = f.ListEdition,
        Scenario = f.Scenario,
        Fields = [.. f.Fields],
        Recipients = string.Join("\n", f.Recipients.Select(r => r.Name + ", " + r.Country)),
        Purpose = f.Purpose,
        ImportantData = f.ImportantData,
        PersonsPersonal = f.Persons.Personal,
        PersonsSensitive = f.Persons.Sensitive,
        RetentionMonths = f.RetentionMonths,
        SecurityMeasures = f.SecurityMeasures,
        ValidFrom = f.ValidFrom,
        ValidUntil = f.ValidUntil,
        Version = f.Version,
    };

    private static RecipientBody ParseRecipient(string line)
    {
        var cut = line.LastIndexOfAny([',', '，']);
        return cut < 0
            ? new RecipientBody(line, string.Empty)
            : new RecipientBody(line[..cut].Trim(), line[(cut + 1)..].Trim().ToUpper(CultureInfo.InvariantCulture));
    }
}
