using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Catalog;

/// <summary>
/// Checks what the structure alone cannot: duplicate ids, references to sources that do not exist, bands that get
/// laxer as the count grows, national rules that are missing, list entries of the wrong family. Each diagnostic
/// names the entry by id; a <see cref="EntryLocator"/> adds where the entry was written.
/// </summary>
internal sealed class EditionValidator
{
    private readonly string? _source;
    private readonly EntryLocator? _locate;

    public EditionValidator(string? source, EntryLocator? locate)
    {
        _source = source;
        _locate = locate;
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    public void Validate(CatalogEdition edition)
    {
        var ids = new Dictionary<string, object>(StringComparer.Ordinal);
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in edition.Sources)
        {
            if (!sourceIds.Add(source.Id))
            {
                Report(source, source.Id, $"duplicate source id '{source.Id}'");
            }
        }

        void Id(object entry, string id, Provenance? provenance)
        {
            if (!ids.TryAdd(id, entry))
            {
                Report(entry, id, $"duplicate id '{id}' (ids are unique within an edition)");
            }

            if (provenance is not null)
            {
                foreach (var s in provenance.Sources.Where(s => !sourceIds.Contains(s)))
                {
                    Report(provenance, id, $"provenance names unknown source '{s}'", Suggestions.Phrase(s, sourceIds));
                }
            }
        }

        foreach (var rule in edition.Rules)
        {
            Id(rule, rule.Id, rule.Provenance);
            CheckBands(rule, rule.Id, rule.Thresholds);
        }

        var ruleIds = edition.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in edition.Rules)
        {
            foreach (var target in rule.YieldsTo.Where(t => !ruleIds.Contains(t)))
            {
                Report(rule, rule.Id, $"yieldsTo names unknown rule '{target}'", Suggestions.Phrase(target, ruleIds));
            }
        }

        foreach (var duty in edition.Duties)
        {
            Id(duty, duty.Id, duty.Provenance);
        }

        foreach (var fact in edition.Facts)
        {
            Id(fact, fact.Id, fact.Provenance);
        }

        foreach (var source in edition.Coverage?.Provenance?.Sources.Where(s => !sourceIds.Contains(s)) ?? [])
        {
            Report(edition.Coverage!.Provenance!, "coverage", $"provenance names unknown source '{source}'", Suggestions.Phrase(source, sourceIds));
        }

        foreach (var domain in edition.Domains)
        {
            Id(domain, domain.Id, domain.Provenance);
            foreach (var exclusion in domain.Exclusions)
            {
                Id(exclusion, exclusion.Id, exclusion.Provenance);
            }

            foreach (var scenario in domain.Scenarios)
            {
                Id(scenario, scenario.Id, scenario.Provenance);
                foreach (var item in scenario.Items)
                {
                    if (item.Scope is not null)
                    {
                        Report(item, item.Id, "'scenarioScope' is for items written at domain level; this item sits in a scenario");
                    }

                    ValidateItem(item, Id);
                }
            }

            var scenarioIds = domain.Scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var item in domain.Items)
            {
                ValidateItem(item, Id);
                if (item.Scope is null)
                {
                    Report(item, item.Id, "an item written at domain level needs 'scenarioScope' (all, listed or unknown)");
                }
                else if (item.Scope == ScenarioScope.Listed && item.ScenarioIds.Count == 0)
                {
                    Report(item, item.Id, "'scenarioScope: listed' needs 'scenarios'");
                }

                foreach (var s in item.ScenarioIds.Where(s => !scenarioIds.Contains(s)))
                {
                    Report(item, item.Id, $"names unknown scenario '{s}' of domain '{domain.Id}'", Suggestions.Phrase(s, scenarioIds));
                }
            }
        }

        foreach (var category in edition.Categories)
        {
            Id(category, category.Id, category.Provenance);
            foreach (var sub in category.Subcategories)
            {
                Id(sub, sub.Id, sub.Provenance);
            }
        }

        foreach (var criterion in edition.ReferenceCriteria)
        {
            Id(criterion, criterion.Id, criterion.Provenance);
        }

        if (edition.Applicability?.Provenance is { } applicability)
        {
            Id(edition.Applicability, edition.Id + "#applicability", applicability);
        }

        ValidateFamily(edition);
    }

    private void ValidateItem(ListItem item, Action<object, string, Provenance?> id)
    {
        id(item, item.Id, item.Provenance);
        foreach (var exception in item.Exceptions)
        {
            id(exception, item.Id + "/" + exception.Id, exception.Provenance);
        }

        if (item.Reported is { } reported)
        {
            id(reported, item.Id + "#reported", reported.Provenance);
        }

        var fieldIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in item.Fields)
        {
            if (!fieldIds.Add(field.Id))
            {
                Report(field, item.Id + "." + field.Id, $"duplicate field id '{field.Id}' in item '{item.Id}'");
            }

            if (field.Provenance is { } provenance)
            {
                id(field, item.Id + "." + field.Id, provenance);
            }
        }

        if (item.Pathway is null && (item.Kind == ItemKind.ImportantData || item.ThresholdsKnown))
        {
            Report(item, item.Id, "'pathway' is required unless the item is personal information with 'thresholdsKnown: false'");
        }

        if (item.Kind == ItemKind.PersonalInformation && item.ThresholdsKnown && item.Thresholds.Count == 0 && item.Pathway != Pathway.OtherLawfulRoute)
        {
            Report(item, item.Id, "a personal-information item needs thresholds, or 'thresholdsKnown: false' when no source gives them");
        }

        CheckBands(item, item.Id, item.Thresholds);
    }

    /// <summary>Within one rule or item, bands of a counter must not get laxer as the count grows, nor overlap.</summary>
    private void CheckBands(object owner, string id, IReadOnlyList<Threshold> thresholds)
    {
        foreach (var group in thresholds.GroupBy(t => t.Counter))
        {
            var bands = group.OrderBy(t => t.From).ToArray();
            for (var i = 1; i < bands.Length; i++)
            {
                var (lower, upper) = (bands[i - 1], bands[i]);
                var overlap = lower.Below is null || lower.Below > upper.From;
                if (overlap && lower.Pathway != upper.Pathway)
                {
                    Report(upper, id, $"thresholds out of order: bands '{lower}' and '{upper}' overlap with different pathways");
                }
                else if (upper.Pathway < lower.Pathway && upper.Pathway != Pathway.OtherLawfulRoute)
                {
                    Report(upper, id, $"thresholds out of order: '{upper}' is laxer than the lower band '{lower}'");
                }
            }
        }
    }

    private void ValidateFamily(CatalogEdition edition)
    {
        switch (edition.Family)
        {
            case CatalogFamily.National:
                if (edition.Domains.Count > 0 || edition.Categories.Count > 0)
                {
                    Report(edition, edition.Id, "national rules have 'rules', not 'domains' or 'categories'");
                }

                foreach (var exemption in Enum.GetValues<Exemption>())
                {
                    var count = edition.Rules.Count(r => r.Role == RuleRole.Exemption && r.Exemption == exemption);
                    // An edition may lack an exemption (the regime before 2024-03-22 had none); a claim of it then fails.
                    if (count > 1)
                    {
                        Report(edition, edition.Id, $"exemption '{exemption.ToName()}' must be answered by at most one rule, not {count}");
                    }
                }

                foreach (var rule in edition.Rules)
                {
                    foreach (var group in rule.Elements.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
                    {
                        Report(rule, rule.Id, $"element '{group.Key}' is defined twice");
                    }

                    foreach (var element in rule.Elements.Where(e => e.Test == ElementTest.InForce && e.From is null))
                    {
                        Report(rule, rule.Id, $"element '{element.Id}' tests 'in-force' and needs 'from' (the day the provision takes effect)");
                    }

                    if (rule.Elements.Count > 0 && rule.Role != RuleRole.Exemption)
                    {
                        Report(rule, rule.Id, "only an exemption rule has 'elements'");
                    }
                }

                // Free-trade-zone lists (art. 6) exist only from 2024-03-22, so a national edition need not have one.
                foreach (var role in new[] { RuleRole.Ciio, RuleRole.Headcount, RuleRole.ImportantData })
                {
                    if (!edition.Rules.Any(r => r.Role == role))
                    {
                        Report(edition, edition.Id, $"national rules need at least one rule with role '{role}'");
                    }
                }

                foreach (var rule in edition.Rules.Where(r => r.Role == RuleRole.Headcount && r.Thresholds.Count == 0 && r.Pathway is null))
                {
                    Report(rule, rule.Id, "a headcount rule needs thresholds or a pathway");
                }

                break;
            case CatalogFamily.Scenario:
                if (edition.Rules.Count > 0 || edition.Categories.Count > 0)
                {
                    Report(edition, edition.Id, "a scenario-based list has 'domains', not 'rules' or 'categories'");
                }

                RequireZone(edition);
                break;
            case CatalogFamily.Category:
                if (edition.Rules.Count > 0 || edition.Domains.Count > 0)
                {
                    Report(edition, edition.Id, "a category-based list has 'categories', not 'rules' or 'domains'");
                }

                RequireZone(edition);
                break;
        }
    }

    private void RequireZone(CatalogEdition edition)
    {
        if (edition.Applicability?.Zone is null)
        {
            Report(edition, edition.Id, "a free-trade-zone list needs 'applicability.zone'");
        }
    }

    private void Report(object entry, string subject, string message, string? suggestion = null)
    {
        var (line, column) = _locate?.Invoke(entry) ?? (0, 0);
        Diagnostics.Add(new Diagnostic(_source, line, column, subject, message, suggestion));
    }
}
