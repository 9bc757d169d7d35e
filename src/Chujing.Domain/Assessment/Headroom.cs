namespace Chujing.Domain.Assessment;

/// <summary>Headroom for both counters, measured against the bands that decided the activity.</summary>
/// <param name="Basis">Whose bands: the national rules, or the list items named.</param>
public sealed record Headroom(CounterHeadroom Personal, CounterHeadroom Sensitive, string Basis);
