using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Assessment;

/// <summary>The list part: resolving ids with suggestions, and deciding item by item.</summary>
public sealed partial class AssessmentEngine
{
    private static readonly Result<ResolvedList?> NoList = Result<ResolvedList?>.Success(null);

    /// <summary>"; known: a, b, c" (at most 12), for messages where no spelling is close.</summary>
    private static string Known(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? string.Empty : "; known: " + string.Join(", ", ids.Take(12)) + (ids.Count > 12 ? ", …" : string.Empty);

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

        if (activity.Processor.FreeTradeZone is { } zone && !_lists.Values.Any(l => l.IsZone(zone)) &&
            Suggestions.Phrase(zone, _zones) is { } zoneSuggestion)
        {
            errors.Add(Diagnostic.ForField(source, "processor.freeTradeZone", $"unknown free trade zone '{zone}'", zoneSuggestion));
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
                errors.Add(Diagnostic.ForField(source, "scenario", $"unknown scenario '{activity.Scenario}' in '{list.Edition.Id}'" + Known(list.ScenarioIds),
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
                var path = $"fields[{i.ToString(CultureInfo.InvariantCulture)}]";
                var elsewhere = scenario is null ? null : list.FindField(null, field);
                var message = elsewhere is not null
                    ? $"'{field}' is a field of {string.Join(", ", list.ScenariosOf(elsewhere).Select(s => "'" + s + "'"))}, not of scenario '{scenario!.Id}'"
                    : $"unknown field '{field}' in " + (scenario is null ? $"'{list.Edition.Id}'" : $"scenario '{scenario.Id}'");
                errors.Add(Diagnostic.ForField(source, path, message, elsewhere is null ? Suggestions.Phrase(field, scenario?.FieldNames ?? list.FieldNames) : null));
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

    /// <summary>Each counter with the item's band it falls in (or the counts, when below every band).</summary>
    private static BasisInput[] ItemInputs(CompiledItem item, PersonCounts persons)
    {
        var matched = MatchedBands(item.Bands, persons);
        if (matched.Length > 0 || item.Bands.Count == 0)
        {
            return matched;
        }

        var first = item.Bands[0].Counter;
        var both = false;
        for (var i = 1; i < item.Bands.Count; i++)
        {
            both |= item.Bands[i].Counter != first;
        }

        return both
            ? [BasisInput.Persons(Counter.Personal, persons.Personal, null), BasisInput.Persons(Counter.Sensitive, persons.Sensitive, null)]
            : [BasisInput.Persons(first, persons[first], null)];
    }

    /// <summary>
    /// Item by item inside an applicable list. An exemption covers the personal information only: listed important
    /// data and the human-genetic-resources route stand whatever the exemption. Personal information that no item
    /// names is exempt (art. 6) when the edition is complete; when the encoded edition lacks items of the official one,
    /// the engine cannot show that the data lies outside the list and applies the national bands.
    /// </summary>
    private Pathway DecideByList(ExportActivity activity, ResolvedList list, List<BasisEntry> basis, List<Duty> duties, Confidence min, out Headroom headroom)
    {
        var persons = activity.Persons;
        var exempted = activity.Exemption is not null;
        basis.Add(list.List.Applies);
        duties.AddRange(list.List.ZoneFiling);
        if (activity.Exemption is { } exemption)
        {
            AddExemption(activity, exemption, basis);
        }

        var pathway = Pathway.Exempt;
        var personalMatched = false;
        CounterHeadroom? personal = null;
        CounterHeadroom? sensitive = null;
        foreach (var item in list.Items)
        {
            Pathway itemPathway;
            IReadOnlyList<Threshold>? bands = null;
            if (item.Kind == ItemKind.PersonalInformation)
            {
                personalMatched = true;
                if (item.Route is not null)
                {
                    duties.Add(item.Route);
                    basis.Add(item.OtherRoute);
                }

                if (exempted)
                {
                    continue;
                }

                if (list.Assumed.Contains(item))
                {
                    basis.Add(item.Assumed);
                }
            }

            var claimed = list.Claimed.TryGetValue(item, out var exception);
            if (claimed && exception!.Provenance.Confidence > min)
            {
                basis.Add(CompiledItem.BelowMin(exception.Text, BasisId.Exception(list.List.Edition.Id, item.Id, exception.Id), exception.Citation, exception.Provenance.Confidence, min));
                claimed = false;
            }

            if (claimed)
            {
                itemPathway = exception!.Effect;
                basis.Add(EngineNotes.Entry(EngineNotes.ItemException, BasisId.Exception(list.List.Edition.Id, item.Id, exception.Id), exception.Citation, exception.Effect,
                    [exception.TextEn ?? exception.Text, exception.Effect.ToName()], [exception.Text, EngineNotes.PathwayZh(exception.Effect)]) with
                {
                    Title = exception.Text,
                    Confidence = exception.Provenance.Confidence,
                    Inputs = [BasisInput.Of("exceptions", exception.Id)],
                });
            }
            else if (item.Confidence > min)
            {
                // Set aside: personal information falls to the national bands; listed important data no longer decides.
                basis.Add(item.SetAside[(int)min]);
                if (item.Kind == ItemKind.ImportantData)
                {
                    itemPathway = Pathway.Exempt;
                }
                else
                {
                    bands = _national.NonCiioBands;
                    itemPathway = NationalBands(persons, basis);
                }
            }
            else if (item.Kind == ItemKind.ImportantData)
            {
                // Important data needs a security assessment; an item with a band (e.g. "a group of 100,000 or more")
                // is important data only inside the band.
                itemPathway = item.Bands.Count == 0 ? Pathway.SecurityAssessment : Bands.At(item.Bands, persons);
                basis.Add((itemPathway == Pathway.Exempt ? item.BelowBands : item.Listed) with { Inputs = ItemInputs(item, persons) });
            }
            else if (item.Route is not null || !item.BandsKnown)
            {
                if (item.Route is null)
                {
                    basis.Add(item.BandsUnknown);
                }

                bands = _national.NonCiioBands;
                itemPathway = NationalBands(persons, basis);
            }
            else
            {
                bands = item.EffectiveBands;
                var listed = Bands.At(item.Bands, persons);
                basis.Add(listed == Pathway.Exempt
                    ? item.BelowBands with { Inputs = ItemInputs(item, persons) }
                    : item.Listed with { Pathway = listed, Inputs = ItemInputs(item, persons) });
                itemPathway = listed;
                for (var u = 0; u < item.Unbanded.Count; u++)
                {
                    var counter = item.Unbanded[u];
                    if (persons[counter] > 0)
                    {
                        basis.Add(item.UnbandedNotes[u]);
                        var only = counter == Counter.Personal ? new PersonCounts(persons.Personal, 0) : new PersonCounts(0, persons.Sensitive);
                        itemPathway = PathwayNames.Stricter(itemPathway, NationalBands(only, basis));
                    }
                }
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

        if (!personalMatched && !exempted && persons.Any && !list.List.Complete)
        {
            basis.Add(list.List.Incomplete);
            pathway = PathwayNames.Stricter(pathway, NationalBands(persons, basis));
            personal = Bands.Headroom(_national.NonCiioBands, Counter.Personal, persons.Personal);
            sensitive = Bands.Headroom(_national.NonCiioBands, Counter.Sensitive, persons.Sensitive);
        }
        else if (!personalMatched && !exempted)
        {
            basis.Add(list.List.OutsideList);
        }

        list.List.NoteReferenceCriteria(persons, basis);
        headroom = new Headroom(
            personal ?? new CounterHeadroom(persons.Personal, Pathway.Exempt, null, null, null),
            sensitive ?? new CounterHeadroom(persons.Sensitive, Pathway.Exempt, null, null, null),
            list.List.Edition.Id);
        return pathway;
    }
}
