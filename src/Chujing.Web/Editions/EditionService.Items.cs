using System.Text.Json;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence.Editions;
using Chujing.Web.Access;
using Chujing.Web.Audit;

namespace Chujing.Web.Editions;

/// <summary>Editing a draft's items: any property of the format, validated as the loader validates a file.</summary>
public sealed partial class EditionService
{
    /// <summary>
    /// Replaces the properties of item <paramref name="itemId"/> named in <paramref name="patch"/> (null removes one);
    /// an unknown item with a <c>scenario</c> is added to it. Nothing is saved unless the whole edition still loads.
    /// </summary>
    public async Task<Result<ItemEditResult>> PatchItemAsync(Caller caller, string id, string itemId, JsonElement patch, CancellationToken ct)
    {
        var draft = await DraftAsync(caller, id, ct).ConfigureAwait(false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        var problems = new List<Diagnostic>();
        CheckTextLengths(patch, itemId, problems);
        return problems.Count > 0
            ? Result<ItemEditResult>.Failure(problems)
            : await SaveEditAsync(caller, draft.Value, itemId, ItemPatch.Apply(draft.Value.Yaml, itemId, patch), ct).ConfigureAwait(false);
    }

    /// <summary>Every text in an item patch is at most <see cref="InputLimits.Text"/> characters, named by its path.</summary>
    private static void CheckTextLengths(JsonElement element, string path, List<Diagnostic> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString()!.Length > InputLimits.Text:
                problems.Add(Diagnostic.ForField(null, path, $"at most {InputLimits.Text:N0} characters"));
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckTextLengths(property.Value, path + "." + property.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckTextLengths(item, $"{path}[{index++}]", problems);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Takes item <paramref name="itemId"/> out of the list (调出).</summary>
    public async Task<Result<ItemEditResult>> RemoveItemAsync(Caller caller, string id, string itemId, CancellationToken ct)
    {
        var draft = await DraftAsync(caller, id, ct).ConfigureAwait(false);
        return draft.IsSuccess
            ? await SaveEditAsync(caller, draft.Value, itemId, ItemPatch.Remove(draft.Value.Yaml, itemId), ct).ConfigureAwait(false)
            : draft.Error!;
    }

    private async Task<Result<ItemEditResult>> SaveEditAsync(Caller caller, EditionRecord row, string itemId, Result<string> edited, CancellationToken ct)
    {
        if (!edited.IsSuccess)
        {
            return edited.Error!;
        }

        var before = EditionText.Parse(row).ValueOrThrow();
        var loaded = EditionText.Load(edited.Value, row.Id);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (yaml, after) = EditionText.Write(loaded.Value).ValueOrThrow();
        if (yaml.Length > EditionLimits.MaxYamlLength)
        {
            return Result<ItemEditResult>.Failure(Diagnostic.ForField(null, itemId, $"the edition would exceed {EditionLimits.MaxYamlLength:N0} characters"));
        }

        var (was, now) = (Snapshot(before, itemId), Snapshot(after, itemId));
        row.Yaml = yaml;
        row.UpdatedAt = time.GetUtcNow();
        row.Version++;
        var action = was is null ? "add-item" : now is null ? "remove-item" : "edit-item";
        audit.Record(db, caller, Entity, row.Id, action, null, null, new { edition = row.Id, item = itemId, value = was }, new { edition = row.Id, item = itemId, value = now });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new ItemEditResult(row.Id, itemId, after.Items.FirstOrDefault(i => i.Id == itemId) is { } item ? ItemView.Of(item) : null);
    }

    /// <summary>The item (or sub-category) as <c>catalog show --json</c> shows it, or null when the edition has none.</summary>
    private static object? Snapshot(CatalogEdition edition, string itemId) =>
        edition.Items.FirstOrDefault(i => i.Id == itemId) is { } item
            ? ItemView.Of(item)
            : edition.Categories.SelectMany(c => c.Subcategories).FirstOrDefault(s => s.Id == itemId);

    /// <summary>The audit trail of one edition: who changed which item, before and after.</summary>
    public async Task<Result<IReadOnlyList<AuditEntryView>>> HistoryAsync(Caller caller, string id, CancellationToken ct)
    {
        var edition = await GetAsync(caller, id, ct).ConfigureAwait(false);
        return edition.IsSuccess
            ? Result<IReadOnlyList<AuditEntryView>>.Success(await AuditEndpoints.QueryAsync(db, caller, Entity, id, EditionLimits.MaxHistory, ct).ConfigureAwait(false))
            : edition.Error!;
    }
}
