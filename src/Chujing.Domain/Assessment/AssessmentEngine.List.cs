using System.Globalization;
using Chujing.Catalog;
using Chujing.Diagnostics;
using Chujing.Text;

namespace Chujing.Assessment;

/// <summary>The list part: resolving ids with suggestions, and deciding item by item.</summary>
public sealed partial class AssessmentEngine
{
    private static readonly Result<ResolvedList?> NoList = Result<ResolvedList?>.Success(null);

    private Result<ResolvedList?> Resolve(ExportActivity activity, string? source)
    {
        var errors = new List<Diagnostic>();
        if (activity.List is null)
        {
            if (activity.Fields.Count > 0)
            {
                errors.Add(Diagnostic.ForField(source, "fields", "fields are named by a list: give 'list' too"));
            }

            if (activity.Exceptions.Count > 0)
            {
                errors.Add(Diagnostic.ForField(source, "exceptions", "exceptions belong to list items: give 'list' too"));
            }

            return errors.Count > 0 ? Result<ResolvedList?>.Failure(errors) : NoList;
        }

        if (!_lists.TryGetValue(activity.List, out var list))
        {
            var message = string.Equals(activity.List, _national.Edition.Id, StringComparison.Ordinal)
                ? $"'{activity.List}' holds the national rules, which always apply; 'list' names a free-trade-zone list edition"
                : $"unknown list edition '{activity.List}'; known: {string.Join(", ", _listIds)}";
            errors.Add(Diagnostic.ForField(source, "list", message, SuggestList(activity.List)));
            return Result<ResolvedList?>.Failure(errors);
        }

        CompiledScenario? scenario = null;
        if (activity.Scenario is not null)
        {
            scenario = list.FindScenario(activity.Scenario);
            if (scenario is null)
            {
                errors.Add(Diagnostic.ForField(source, "scenario", $"unknown scenario '{activity.Scenario}' in '{list.Edition.Id}'",
                    Suggestions.Phrase(activity.Scenario, list.ScenarioNames)));
            }
        }

        var items = new List<CompiledItem>();
        for (var i = 0; i < activity.Fields.Count; i++)
        {
            var field = activity.Fields[i];
            var found = list.FindField(scenario, field);
            if (found is null)
            {
                var where = scenario is null ? $"'{list.Edition.Id}'" : $"scenario '{scenario.Id}'";
                errors.Add(Diagnostic.ForField(source, $"fields[{i.ToString(CultureInfo.InvariantCulture)}]", $"unknown field '{field}' in {where}",
                    Suggestions.Phrase(field, scenario?.FieldNames ?? list.FieldNames)));
                continue;
            }

            foreach (var item in found)
            {
                if (!items.Contains(item))
                {
                    items.Add(item);
                }
            }
        }

        // Items whose fields no public source gives: the engine cannot show that the activity's personal
        // information lies outside them, so inside their scenario they apply whenever persons are counted.
        var assumed = new List<CompiledItem>();
        if (scenario is not null && activity.Persons.Any)
        {
            foreach (var item in scenario.Items)
            {
                if (item.Kind == ItemKind.PersonalInformation && item.FieldsUnknown && !items.Contains(item))
                {
                    items.Add(item);
                    assumed.Add(item);
                }
            }
        }

        var claimed = new Dictionary<CompiledItem, ItemException>();
        for (var i = 0; i < activity.Exceptions.Count; i++)
        {
            var id = activity.Exceptions[i];
            var path = $"exceptions[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (list.FindException(id) is not { } found)
            {
                errors.Add(Diagnostic.ForField(source, path, $"unknown exception '{id}' in '{list.Edition.Id}'", Suggestions.Phrase(id, list.ExceptionIds)));
            }
            else if (!items.Contains(found.Item))
            {
                errors.Add(Diagnostic.ForField(source, path, $"exception '{id}' belongs to item '{found.Item.Id}', which no field of the activity names"));
            }
            else
            {
                claimed[found.Item] = found.Exception;
            }
        }

        return errors.Count > 0
            ? Result<ResolvedList?>.Failure(errors)
            : Result<ResolvedList?>.Success(new ResolvedList(list, scenario, items, assumed, claimed, scenario is not null || items.Count > 0));
    }

    /// <summary>Item by item inside an applicable list; data the list does not name is exempt (art. 6).</summary>
    private Pathway DecideByList(ExportActivity activity, ResolvedList list, List<BasisEntry> basis, List<Duty> duties, out Headroom headroom)
    {
        var persons = activity.Persons;
        basis.Add(list.List.Applies);
        duties.AddRange(list.List.ZoneFiling);
        var pathway = Pathway.Exempt;
        CounterHeadroom? personal = null;
        CounterHeadroom? sensitive = null;
        if (list.Items.Count == 0)
        {
            basis.Add(list.List.OutsideList);
        }

        foreach (var item in list.Items)
        {
            if (list.Assumed.Contains(item))
            {
                basis.Add(item.Assumed);
            }

            Pathway itemPathway;
            IReadOnlyList<Threshold>? bands = null;
            if (list.Claimed.TryGetValue(item, out var exception))
            {
                itemPathway = exception.Effect;
                basis.Add(new BasisEntry(list.List.Edition.Id + "#" + item.Id + "/" + exception.Id, exception.Citation,
                    $"The processor meets the item's exception ({exception.TextEn ?? exception.Text}), so it needs {exception.Effect.ToName()}.", exception.Effect)
                    {
                        Title = exception.Text,
                    });
            }
            else if (item.Kind == ItemKind.ImportantData)
            {
                // Important data needs a security assessment; an item with a band (e.g. "a group of 100,000 or more")
                // is important data only inside the band.
                itemPathway = item.Bands.Count == 0 ? Pathway.SecurityAssessment : Bands.At(item.Bands, persons);
                basis.Add(itemPathway == Pathway.Exempt ? item.BelowBands : item.Listed);
            }
            else if (item.Route is not null)
            {
                duties.Add(item.Route);
                basis.Add(item.OtherRoute);
                bands = _national.NonCiioBands;
                itemPathway = Bands.At(bands, persons);
            }
            else if (item.BandsKnown)
            {
                bands = item.Bands;
                itemPathway = Bands.At(bands, persons);
                basis.Add(itemPathway == Pathway.Exempt ? item.BelowBands : item.Listed with { Pathway = itemPathway });
            }
            else
            {
                bands = _national.NonCiioBands;
                itemPathway = Bands.At(bands, persons);
                basis.Add(item.BandsUnknown with { Pathway = itemPathway });
            }

            pathway = PathwayNames.Stricter(pathway, itemPathway);
            if (bands is not null)
            {
                var p = Bands.Headroom(bands, Counter.Personal, persons.Personal);
                var s = Bands.Headroom(bands, Counter.Sensitive, persons.Sensitive);
                personal = personal is null ? p : Bands.Nearer(personal, p);
                sensitive = sensitive is null ? s : Bands.Nearer(sensitive, s);
            }
        }

        headroom = new Headroom(
            personal ?? new CounterHeadroom(persons.Personal, Pathway.Exempt, null, null, null),
            sensitive ?? new CounterHeadroom(persons.Sensitive, Pathway.Exempt, null, null, null),
            list.List.Edition.Id);
        return pathway;
    }
}
