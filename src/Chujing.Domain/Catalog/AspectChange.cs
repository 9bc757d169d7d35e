namespace Chujing.Domain.Catalog;

/// <summary>
/// One aspect of an entry that differs between two editions. For list-valued aspects (fields, thresholds,
/// exceptions, items…) <see cref="Added"/> and <see cref="Removed"/> name the members that differ.
/// </summary>
public sealed record AspectChange(string Aspect, string? From, string? To, IReadOnlyList<string>? Added, IReadOnlyList<string>? Removed)
{
    /// <summary><c>pathway: security-assessment ⇒ exempt</c>, or <c>fields: +a, −b</c>.</summary>
    public override string ToString() => Added is null && Removed is null
        ? $"{Aspect}: {From ?? "(none)"} ⇒ {To ?? "(none)"}"
        : $"{Aspect}: " + string.Join(", ", (Added ?? []).Select(a => "+" + a).Concat((Removed ?? []).Select(r => "−" + r)));
}
