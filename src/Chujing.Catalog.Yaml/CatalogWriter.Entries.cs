using Chujing.Domain.Catalog;

namespace Chujing.Catalog.Yaml;

/// <summary>The entries: national rules, duties, criteria, domains, scenarios, items, fields, categories.</summary>
public static partial class CatalogWriter
{
    private static void WriteRule(YamlText y, NationalRule r, int i)
    {
        y.Scalar(i, "id", r.Id);
        y.Line(i, "role: " + EditionReader.RoleNames[(int)r.Role]);
        y.Line(i, "appliesTo: " + EditionReader.ScopeNames[(int)r.AppliesTo]);

        if (r.Exemption is { } exemption)
        {
            y.Line(i, "exemption: " + exemption.ToName());
        }

        if (r.CoversImportantData || r.Role == RuleRole.Exemption)
        {
            y.Bool(i, "coversImportantData", r.CoversImportantData);
        }

        y.Scalar(i, "pathway", r.Pathway?.ToName());
        WriteThresholds(y, i, r.Thresholds);
        WritePeriod(y, i, "period", r.Period);
        WritePeriod(y, i, "extensionWindow", r.ExtensionWindow);
        WritePeriod(y, i, "extension", r.Extension);
        y.List(i, "yieldsTo", r.YieldsTo);
        y.Scalar(i, "title", r.Title);
        y.Scalar(i, "titleEn", r.TitleEn);
        y.Scalar(i, "text", r.Text);
        y.Scalar(i, "textEn", r.TextEn);
        y.Scalar(i, "explanation", r.Explanation);
        y.Scalar(i, "explanationZh", r.ExplanationZh);
        if (r.OnlyForLegalBasis is { } basis)
        {
            y.Line(i, "onlyForLegalBasis: " + Chujing.Domain.Filings.FilingNames.Of(basis));
        }

        y.Scalar(i, "citation", r.Citation);
        WriteProvenance(y, i, r.Provenance);
        y.Scalar(i, "note", r.Note);
        WriteElements(y, i, r);
    }

    /// <summary>
    /// Each element of an exemption on one line, <c>- {id: …, test: …, title: …}</c>; its citation only when it is not
    /// the rule's, which the reader falls back to.
    /// </summary>
    private static void WriteElements(YamlText y, int indent, NationalRule r)
    {
        if (r.Elements.Count == 0)
        {
            return;
        }

        y.Open(indent, "elements");
        foreach (var e in r.Elements)
        {
            y.Line(indent + 2, "- " + YamlText.FlowMap(
                ("id", YamlText.Quote(e.Id, flow: true)),
                ("test", Chujing.Domain.Filings.FilingNames.Of(e.Test)),
                ("from", e.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                ("title", YamlText.Quote(e.Title, flow: true)),
                ("titleEn", e.TitleEn is null ? null : YamlText.Quote(e.TitleEn, flow: true)),
                ("citation", e.Citation == r.Citation ? null : YamlText.Quote(e.Citation, flow: true))));
        }
    }

    private static void WriteDuty(YamlText y, ListDuty d, int i)
    {
        y.Scalar(i, "id", d.Id);
        y.Scalar(i, "text", d.Text);
        y.Scalar(i, "textEn", d.TextEn);
        y.Scalar(i, "explanation", d.Explanation);
        y.Scalar(i, "citation", d.Citation);
        WriteProvenance(y, i, d.Provenance);
        y.Scalar(i, "note", d.Note);
    }

    private static void WriteCriterion(YamlText y, ReferenceCriterion c, int i)
    {
        y.Scalar(i, "id", c.Id);
        y.Scalar(i, "text", c.Text);
        y.Scalar(i, "textEn", c.TextEn);
        y.Scalar(i, "counter", c.Counter is { } counter ? EditionReader.CounterNames[(int)counter] : null);
        y.Number(i, "persons", c.Persons);
        y.Scalar(i, "citation", c.Citation);
        WriteProvenance(y, i, c.Provenance);
        y.Scalar(i, "note", c.Note);
    }

    private static void WriteDomain(YamlText y, CatalogDomain d, int i)
    {
        y.Scalar(i, "id", d.Id);
        y.Scalar(i, "name", d.Name);
        y.Scalar(i, "nameEn", d.NameEn);
        y.Scalar(i, "citation", d.Citation);
        WriteProvenance(y, i, d.Provenance);
        y.Scalar(i, "note", d.Note);
        y.Sequence(i, "exclusions", d.Exclusions, (x, j) =>
        {
            y.Scalar(j, "id", x.Id);
            y.Scalar(j, "text", x.Text);
            y.Scalar(j, "textEn", x.TextEn);
            y.Scalar(j, "citation", x.Citation);
            WriteProvenance(y, j, x.Provenance);
            y.Scalar(j, "note", x.Note);
        });
        y.Sequence(i, "scenarios", d.Scenarios, (s, j) =>
        {
            y.Scalar(j, "id", s.Id);
            y.Scalar(j, "name", s.Name);
            y.Scalar(j, "nameEn", s.NameEn);
            y.Scalar(j, "description", s.Description);
            y.Scalar(j, "citation", s.Citation);
            WriteProvenance(y, j, s.Provenance);
            y.Scalar(j, "note", s.Note);
            y.Sequence(j, "items", s.Items, (item, k) => WriteItem(y, item, k), always: true);
        }, always: true);
        y.Sequence(i, "items", d.Items, (item, k) => WriteItem(y, item, k));
    }

    private static void WriteItem(YamlText y, ListItem item, int i)
    {
        y.Scalar(i, "id", item.Id);
        y.Line(i, "kind: " + EditionReader.KindNames[(int)item.Kind]);
        y.Scalar(i, "name", item.Name);
        y.Scalar(i, "nameEn", item.NameEn);
        y.Scalar(i, "description", item.Description);
        if (item.Scope is { } scope)
        {
            y.Line(i, "scenarioScope: " + EditionReader.ScopeNamesOfItems[(int)scope]);
        }

        y.List(i, "scenarios", item.ScenarioIds);
        y.Scalar(i, "pathway", item.Pathway?.ToName());
        WriteThresholds(y, i, item.Thresholds, always: true);
        y.Bool(i, "thresholdsKnown", item.ThresholdsKnown);

        if (item.Reported is { } reported)
        {
            y.Open(i, "reportedThreshold");
            y.Number(i + 2, "persons", reported.Persons);
            y.Scalar(i + 2, "quote", reported.Quote);
            y.Scalar(i + 2, "citation", reported.Citation);
            WriteProvenance(y, i + 2, reported.Provenance);
            y.Scalar(i + 2, "note", reported.Note);
        }

        y.Scalar(i, "citation", item.Citation);
        WriteProvenance(y, i, item.Provenance);
        y.Scalar(i, "note", item.Note);
        y.Sequence(i, "exceptions", item.Exceptions, (x, j) =>
        {
            y.Scalar(j, "id", x.Id);
            y.Scalar(j, "text", x.Text);
            y.Scalar(j, "textEn", x.TextEn);
            y.Line(j, "effect: " + x.Effect.ToName());
            y.Scalar(j, "citation", x.Citation);
            WriteProvenance(y, j, x.Provenance);
            y.Scalar(j, "note", x.Note);
        });
        y.Sequence(i, "fields", item.Fields, (f, j) =>
        {
            y.Scalar(j, "id", f.Id);
            y.Scalar(j, "name", f.Name);
            y.Scalar(j, "nameEn", f.NameEn);
            y.Bool(j, "sensitive", f.Sensitive);
            y.List(j, "detectors", f.Detectors, always: true);
            y.List(j, "synonyms", f.Synonyms, always: true);
            WriteProvenance(y, j, f.Provenance);
            y.Scalar(j, "note", f.Note);
        }, always: true);
    }

    private static void WriteCategory(YamlText y, Category c, int i)
    {
        y.Scalar(i, "id", c.Id);
        y.Scalar(i, "name", c.Name);
        y.Scalar(i, "nameEn", c.NameEn);
        y.Scalar(i, "citation", c.Citation);
        WriteProvenance(y, i, c.Provenance);
        y.Scalar(i, "note", c.Note);
        y.Sequence(i, "subcategories", c.Subcategories, (s, j) =>
        {
            y.Scalar(j, "id", s.Id);
            y.Scalar(j, "name", s.Name);
            y.Scalar(j, "nameEn", s.NameEn);
            y.Scalar(j, "features", s.Features);
            y.List(j, "examples", s.Examples);
            y.Line(j, "kind: " + EditionReader.KindNames[(int)s.Kind]);
            y.Line(j, "pathway: " + s.Pathway.ToName());
            y.Scalar(j, "citation", s.Citation);
            WriteProvenance(y, j, s.Provenance);
            y.Scalar(j, "note", s.Note);
        }, always: true);
    }
}
