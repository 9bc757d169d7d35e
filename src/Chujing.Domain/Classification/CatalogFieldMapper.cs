using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Classification;

/// <summary>
/// Maps scanned columns to the fields of a list edition: a column holds a field when one of the column's detected
/// types is among the field's <see cref="CatalogField.Detectors"/>, or when the column's name is one of the field's
/// <see cref="CatalogField.Synonyms"/> (or its name) — compared without case, spaces, hyphens and underscores; a
/// Chinese synonym also matches a column name that contains it (车牌 matches 车牌号码).
/// </summary>
public static class CatalogFieldMapper
{
    /// <summary>
    /// The fields of <paramref name="edition"/> (of <paramref name="scenario"/> only, when given, by id or name) found in
    /// <paramref name="columns"/>, and the columns with their <see cref="ColumnReport.Fields"/> filled.
    /// </summary>
    public static Result<(IReadOnlyList<FieldMatch> Fields, IReadOnlyList<ColumnReport> Columns)> Map(CatalogEdition edition, string? scenario, IReadOnlyList<ColumnReport> columns)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(columns);
        IEnumerable<ListItem> items = edition.Items;
        if (scenario is not null)
        {
            var found = edition.Domains.SelectMany(d => d.Scenarios.Select(s => (Domain: d, Scenario: s)))
                .FirstOrDefault(x => string.Equals(x.Scenario.Id, scenario, StringComparison.Ordinal) || string.Equals(x.Scenario.Name, scenario, StringComparison.Ordinal));
            if (found.Scenario is null)
            {
                return Result<(IReadOnlyList<FieldMatch>, IReadOnlyList<ColumnReport>)>.Failure(Diagnostic.ForField(null, "--scenario",
                    $"unknown scenario '{scenario}' in '{edition.Id}'", Suggestions.Phrase(scenario, edition.Scenarios.Select(s => s.Id))));
            }

            items = found.Domain.ItemsOf(found.Scenario);
        }

        var fields = new List<FieldMatch>();
        var byColumn = columns.Select(_ => new List<string>()).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var field in item.Fields)
            {
                if (!seen.Add(field.Id))
                {
                    continue;
                }

                var matched = new List<string>();
                var byDetector = false;
                var byName = false;
                for (var c = 0; c < columns.Count; c++)
                {
                    var detector = columns[c].Types.Any(t => field.Detectors.Contains(t.Type, StringComparer.Ordinal));
                    var name = NameMatches(columns[c].Name, field);
                    if (detector || name)
                    {
                        matched.Add(columns[c].Name);
                        byColumn[c].Add(field.Id);
                        byDetector |= detector;
                        byName |= name;
                    }
                }

                if (matched.Count > 0)
                {
                    fields.Add(new FieldMatch(field.Id, field.Name, field.NameEn, item.Id, field.Sensitive, matched,
                        byDetector && byName ? "detector+name" : byDetector ? "detector" : "name"));
                }
            }
        }

        var mapped = columns.Select((column, c) => column with { Fields = byColumn[c] }).ToList();
        return Result<(IReadOnlyList<FieldMatch>, IReadOnlyList<ColumnReport>)>.Success((fields, mapped));
    }

    private static bool NameMatches(string column, CatalogField field)
    {
        var normalized = Normalize(column);
        foreach (var synonym in field.Synonyms.Append(field.Name))
        {
            var s = Normalize(synonym);
            if (s.Length == 0)
            {
                continue;
            }

            if (string.Equals(normalized, s, StringComparison.Ordinal)
                || (s.Length >= 2 && s.Any(c => c is >= '\u4E00' and <= '\u9FFF') && normalized.Contains(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string name) =>
        string.Concat(name.Where(c => c is not (' ' or '_' or '-' or '.'))).ToLowerInvariant();
}
