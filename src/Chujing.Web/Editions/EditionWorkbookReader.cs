using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using MiniExcelLibs;

namespace Chujing.Web.Editions;

/// <summary>
/// Reads a workbook in the shape of <see cref="EditionWorkbook"/> onto an edition: rows update the items of the same
/// id, rows with a new id add an item to the scenario they name, items without a row leave the list. Everything the
/// sheet does not hold (ids of fields, synonyms, provenance, exceptions) is kept from the edition it starts from.
/// </summary>
public static partial class EditionWorkbookReader
{
    private const int MaxRows = 10_000;
    private const int MaxCell = 4000;

    /// <summary><paramref name="start"/> with the workbook's rows applied, or every problem by row and column.</summary>
    public static Result<CatalogEdition> Apply(CatalogEdition start, Stream workbook)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. workbook.Query(useHeaderRow: true, sheetName: EditionWorkbook.Sheet).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or KeyNotFoundException)
        {
            return Result<CatalogEdition>.Failure(Diagnostic.ForField(null, "workbook", $"not an XLSX workbook with a sheet '{EditionWorkbook.Sheet}'"));
        }

        var problems = new List<Diagnostic>();
        if (rows.Count > MaxRows)
        {
            problems.Add(Diagnostic.ForField(null, "workbook", $"at most {MaxRows:N0} rows"));
        }

        var missing = rows.Count == 0 ? EditionWorkbook.Columns : EditionWorkbook.Columns.Where(c => !rows[0].ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(Diagnostic.ForField(null, "workbook", $"sheet '{EditionWorkbook.Sheet}' needs the columns {string.Join(", ", missing)}"));
            return Result<CatalogEdition>.Failure(problems);
        }

        var parsed = new Dictionary<string, SheetRow>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (Parse(rows[i], i + 2, problems) is { } row && !parsed.TryAdd(row.Id, row))
            {
                problems.Add(new Diagnostic(EditionWorkbook.Sheet, i + 2, 3, row.Id, $"item '{row.Id}' has two rows"));
            }
        }

        if (problems.Count > 0)
        {
            return Result<CatalogEdition>.Failure(problems);
        }

        var edition = start.Family == CatalogFamily.Category ? Categories(start, parsed, problems) : Scenarios(start, parsed, problems);
        return problems.Count > 0 ? Result<CatalogEdition>.Failure(problems) : Result<CatalogEdition>.Success(edition);
    }

    private static CatalogEdition Scenarios(CatalogEdition start, Dictionary<string, SheetRow> rows, List<Diagnostic> problems)
    {
        var known = start.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var added = rows.Values.Where(r => !known.Contains(r.Id)).ToList();
        var domains = start.Domains.Select(d =>
        {
            var scenarios = d.Scenarios.Select(s => s with
            {
                Items = [.. s.Items.Where(i => rows.ContainsKey(i.Id)).Select(i => Update(i, rows[i.Id])),
                    .. Take(added, r => r.Domain == d.Name && (r.Scenario == s.Name || r.Scenario == s.Id)).Select(r => New(r, s.Provenance))],
            }).ToArray();
            return d with { Scenarios = scenarios, Items = [.. d.Items.Where(i => rows.ContainsKey(i.Id)).Select(i => Update(i, rows[i.Id]))] };
        }).ToArray();
        foreach (var r in added)
        {
            problems.Add(new Diagnostic(EditionWorkbook.Sheet, r.Line, 2, r.Id, $"a new item needs the name or id of a scenario of domain '{r.Domain}'"));
        }

        return start with { Domains = domains };
    }

    private static CatalogEdition Categories(CatalogEdition start, Dictionary<string, SheetRow> rows, List<Diagnostic> problems)
    {
        var known = start.Categories.SelectMany(c => c.Subcategories).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var added = rows.Values.Where(r => !known.Contains(r.Id)).ToList();
        var categories = start.Categories.Select(c => c with
        {
            Subcategories = [.. c.Subcategories.Where(s => rows.ContainsKey(s.Id)).Select(s => Update(s, rows[s.Id])),
                .. Take(added, r => r.Domain == c.Name).Select(r => new Subcategory(r.Id, r.Name, null, r.Features, r.Examples, r.Kind, r.Pathway ?? Pathway.SecurityAssessment, r.Citation, c.Provenance ?? new Provenance([], Confidence.Unverified)))],
        }).ToArray();
        foreach (var r in added)
        {
            problems.Add(new Diagnostic(EditionWorkbook.Sheet, r.Line, 1, r.Id, $"a new sub-category needs the name of a category, not '{r.Domain}'"));
        }

        return start with { Categories = categories };
    }

    private static List<SheetRow> Take(List<SheetRow> rows, Func<SheetRow, bool> match)
    {
        var taken = rows.Where(match).ToList();
        rows.RemoveAll(taken.Contains);
        return taken;
    }

    private static ListItem Update(ListItem item, SheetRow row) => item with
    {
        Kind = row.Kind,
        Name = row.Name,
        Description = row.Features,
        Pathway = row.Pathway,
        Thresholds = row.Thresholds,
        Citation = row.Citation,
        Fields = [.. row.Fields.Select((name, i) => item.Fields.FirstOrDefault(f => f.Name == name) ?? new CatalogField(item.Id + "-f" + (i + 1).ToString(CultureInfo.InvariantCulture), name, null, false, [], []))],
    };

    private static Subcategory Update(Subcategory sub, SheetRow row) => sub with
    {
        Kind = row.Kind,
        Name = row.Name,
        Features = row.Features,
        Examples = row.Examples,
        Pathway = row.Pathway ?? sub.Pathway,
        Citation = row.Citation,
    };

    private static ListItem New(SheetRow row, Provenance provenance) => Update(
        new ListItem(row.Id, row.Kind, row.Name, null, null, row.Pathway, [], true, [], [], row.Citation, provenance with { Confidence = Confidence.Unverified }), row);

    private static SheetRow? Parse(IDictionary<string, object?> cells, int line, List<Diagnostic> problems)
    {
        string Cell(string column) => Convert.ToString(cells.TryGetValue(column, out var v) ? v : null, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        void Problem(string column, string message) => problems.Add(new Diagnostic(EditionWorkbook.Sheet, line, Array.IndexOf(EditionWorkbook.Columns, column) + 1, column, message));

        var count = problems.Count;
        foreach (var column in EditionWorkbook.Columns.Where(c => Cell(c).Length > MaxCell))
        {
            Problem(column, $"at most {MaxCell:N0} characters");
        }

        var id = Cell("条目编号");
        if (id.Length == 0)
        {
            Problem("条目编号", "every row needs the item's id");
        }

        var kind = Cell("类型") switch
        {
            "重要数据" => ItemKind.ImportantData,
            "个人信息" => ItemKind.PersonalInformation,
            var other => Fail<ItemKind>(() => Problem("类型", $"'{other}' is not 重要数据 or 个人信息")),
        };
        var pathwayText = Cell("出境路径");
        Pathway? pathway = pathwayText == EditionWorkbook.UnknownPathway ? null
            : EditionWorkbook.PathwayTexts.FirstOrDefault(p => p.Text == pathwayText) is { Text: not null } found ? found.Pathway
            : Fail<Pathway>(() => Problem("出境路径", $"'{pathwayText}' is not one of {string.Join("、", EditionWorkbook.PathwayTexts.Select(p => p.Text))}、{EditionWorkbook.UnknownPathway}"));
        var thresholds = new List<Threshold>();
        foreach (var band in Cell("门槛").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ParseBand(band) is { } t)
            {
                thresholds.Add(t);
            }
            else
            {
                Problem("门槛", $"'{band}' is not a band such as 'sensitive 10,000 以上、不满 100,000 → security-assessment'");
            }
        }

        if (problems.Count > count)
        {
            return null;
        }

        var features = Cell("数据基本特征");
        return new SheetRow(line, Cell("领域"), Cell("场景"), id, kind, Cell("数据类别"), features.Length == 0 ? null : features,
            Cell("数据项示例").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Cell("数据项示例").Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), thresholds, pathway, Cell("依据"));
    }

    private static T Fail<T>(Action report)
        where T : struct
    {
        report();
        return default;
    }

    /// <summary>Reads a band written as <see cref="EditionWorkbook.BandText"/> writes it: <see cref="Threshold.ToString"/>, then its note if any.</summary>
    private static Threshold? ParseBand(string text)
    {
        var split = text.IndexOf(EditionWorkbook.NoteSeparator, StringComparison.Ordinal);
        var note = split < 0 ? null : text[(split + EditionWorkbook.NoteSeparator.Length)..].Trim();
        var match = Band().Match(split < 0 ? text : text[..split].TrimEnd());
        if (!match.Success || !PathwayNames.TryParse(match.Groups["pathway"].Value, out var pathway))
        {
            return null;
        }

        static long? Number(Group g) => g.Success ? long.Parse(g.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var (atLeast, below) = (Number(match.Groups["atLeast"]), Number(match.Groups["below"]));
        if (atLeast is < 1 || below is < 1 || (atLeast is not null && below is not null && atLeast >= below))
        {
            return null;
        }

        return new Threshold(match.Groups["counter"].Value == "personal" ? Counter.Personal : Counter.Sensitive, atLeast, below, pathway)
        {
            Note = string.IsNullOrEmpty(note) ? null : note,
        };
    }

    [GeneratedRegex(@"^(?<counter>personal|sensitive) (?:(?<atLeast>[0-9][0-9,]{0,20}) 以上)?(?:、)?(?:不满 (?<below>[0-9][0-9,]{0,20}))? → (?<pathway>[a-z-]+)$")]
    private static partial Regex Band();

    private sealed record SheetRow(int Line, string Domain, string Scenario, string Id, ItemKind Kind, string Name, string? Features,
        IReadOnlyList<string> Fields, IReadOnlyList<string> Examples, IReadOnlyList<Threshold> Thresholds, Pathway? Pathway, string Citation);
}
