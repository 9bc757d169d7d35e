using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Catalog;

/// <summary>The edition's own invariants, checked however it was built (YAML, the platform, code).</summary>
public sealed partial record CatalogEdition
{
    /// <summary>
    /// What the structure alone cannot say: duplicate ids, references to unknown sources, rules or scenarios, bands
    /// that get laxer as the count grows, missing national rules, entries of the wrong family. Each diagnostic names
    /// the entry by id (<see cref="Diagnostic.Subject"/>); <paramref name="locate"/>, when given, adds its line.
    /// Empty when the edition is valid.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate(EntryLocator? locate = null)
    {
        var validator = new EditionValidator(SourcePath, locate);
        if (!Id.Contains('/', StringComparison.Ordinal))
        {
            validator.Diagnostics.Add(new Diagnostic(SourcePath, locate?.Invoke(this).Line ?? 0, locate?.Invoke(this).Column ?? 0, Id, "an edition id is <jurisdiction>/<edition>"));
        }

        validator.Validate(this);
        return validator.Diagnostics;
    }
}
