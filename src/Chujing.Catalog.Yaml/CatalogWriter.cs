using Chujing.Domain.Catalog;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Writes an edition as YAML that <see cref="CatalogLoader"/> reads back to the same model, in the layout of
/// docs/catalog-format.md. Deterministic: the same edition always gives the same text, so writing what was read from
/// the writer's own output changes nothing. Comments of a hand-written file are not part of the model and are not kept.
/// </summary>
/// <remarks>Thread-safe: no shared state.</remarks>
public static partial class CatalogWriter
{
    /// <summary>The edition as YAML text (UTF-8, LF line endings).</summary>
    public static string Write(CatalogEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var y = new YamlText();
        y.Comment(edition.Title);
        if (edition.TitleEn is not null)
        {
            y.Comment(edition.TitleEn);
        }

        y.Scalar(0, "id", edition.Id);
        y.Line(0, "family: " + EditionReader.FamilyNames[(int)edition.Family]);
        y.Scalar(0, "title", edition.Title);
        y.Scalar(0, "titleEn", edition.TitleEn);
        y.Scalar(0, "editionLabel", edition.EditionLabel);
        y.Date(0, "issued", edition.Issued);
        y.Date(0, "effective", edition.Effective);
        y.Date(0, "signed", edition.Signed);
        y.Scalar(0, "supersedes", edition.Supersedes);
        y.List(0, "issuers", edition.Issuers);
        y.Sequence(0, "facts", edition.Facts, (f, i) =>
        {
            y.Scalar(i, "id", f.Id);
            y.Scalar(i, "text", f.Text);
            y.Scalar(i, "textEn", f.TextEn);
            y.Scalar(i, "citation", f.Citation);
            WriteProvenance(y, i, f.Provenance);
        });
        WriteApplicability(y, edition.Applicability);
        WriteCoverage(y, edition.Coverage);
        y.Scalar(0, "notes", edition.Notes);
        y.Sequence(0, "sources", edition.Sources, (s, i) =>
        {
            y.Scalar(i, "id", s.Id);
            y.Scalar(i, "title", s.Title);
            y.Scalar(i, "url", s.Url);
            y.Date(i, "date", s.Date);
            y.Scalar(i, "note", s.Note);
        });
        Section(y, "rules", edition.Rules, WriteRule);
        Section(y, "duties", edition.Duties, WriteDuty);
        Section(y, "referenceCriteria", edition.ReferenceCriteria, WriteCriterion);
        Section(y, "domains", edition.Domains, WriteDomain);
        Section(y, "categories", edition.Categories, WriteCategory);
        return y.ToString();
    }

    private static void Section<T>(YamlText y, string key, IReadOnlyList<T> values, Action<YamlText, T, int> body)
    {
        if (values.Count > 0)
        {
            y.Blank();
            y.Sequence(0, key, values, (v, i) => body(y, v, i));
        }
    }

    private static void WriteApplicability(YamlText y, Applicability? a)
    {
        if (a is null)
        {
            return;
        }

        y.Open(0, "applicability");
        y.Scalar(2, "zone", a.Zone);
        y.Scalar(2, "zoneName", a.ZoneName);
        y.List(2, "zoneGroups", a.ZoneGroups);
        y.Scalar(2, "eligibility", a.Eligibility);
        y.Scalar(2, "eligibilityNote", a.EligibilityNote);
        y.Bool(2, "ciioExcluded", a.CiioExcluded);
        y.Bool(2, "requiresApproval", a.RequiresApproval);
        y.Scalar(2, "citation", a.Citation);
        WriteProvenance(y, 2, a.Provenance);
        y.Scalar(2, "note", a.Note);
    }

    private static void WriteCoverage(YamlText y, Coverage? c)
    {
        if (c is null)
        {
            return;
        }

        y.Open(0, "coverage");
        y.Number(2, "items", c.Items);
        y.Number(2, "importantDataItems", c.ImportantDataItems);
        y.Number(2, "personalInformationItems", c.PersonalInformationItems);
        y.Number(2, "scenarios", c.Scenarios);
        y.Number(2, "fields", c.Fields);
        y.Number(2, "categories", c.Categories);
        y.Number(2, "subcategories", c.Subcategories);
        WriteProvenance(y, 2, c.Provenance);
        y.Scalar(2, "note", c.Note);
    }

    /// <summary><c>provenance: {sources: [...], confidence: ...}</c>, in block style when it carries a note.</summary>
    private static void WriteProvenance(YamlText y, int indent, Provenance? p)
    {
        if (p is null)
        {
            return;
        }

        var confidence = EditionReader.ConfidenceNames[(int)p.Confidence];
        if (p.Note is null)
        {
            y.Line(indent, "provenance: " + YamlText.FlowMap(("sources", YamlText.FlowList(p.Sources)), ("confidence", confidence)));
            return;
        }

        y.Open(indent, "provenance");
        y.Line(indent + 2, "sources: " + YamlText.FlowList(p.Sources));
        y.Line(indent + 2, "confidence: " + confidence);
        y.Scalar(indent + 2, "note", p.Note);
    }

    /// <summary>Each band on one line, <c>- {counter: personal, atLeast: 10, pathway: …}</c>.</summary>
    private static void WriteThresholds(YamlText y, int indent, IReadOnlyList<Threshold> thresholds, bool always = false)
    {
        if (thresholds.Count == 0)
        {
            if (always)
            {
                y.Line(indent, "thresholds: []");
            }

            return;
        }

        y.Open(indent, "thresholds");
        foreach (var t in thresholds)
        {
            y.Line(indent + 2, "- " + YamlText.FlowMap(
                ("counter", EditionReader.CounterNames[(int)t.Counter]),
                ("atLeast", t.AtLeast?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("below", t.Below?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("pathway", t.Pathway.ToName()),
                ("note", t.Note is null ? null : YamlText.Quote(t.Note, flow: true))));
        }
    }

    private static void WritePeriod(YamlText y, int indent, string key, Period? period)
    {
        if (period is not null)
        {
            y.Line(indent, key + ": " + YamlText.FlowMap(
                ("value", period.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("unit", EditionReader.UnitNames[(int)period.Unit])));
        }
    }
}
