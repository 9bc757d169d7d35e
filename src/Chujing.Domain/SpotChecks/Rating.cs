using System.Text.Json.Serialization;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// A processor's rating under one model version: class and score, the switching state, its top reasons (at most
/// four, largest first, as adverse-action reason codes are limited) and what would raise it. Replayable: the same
/// inputs and model give the same rating.
/// </summary>
public sealed record Rating(
    [property: JsonPropertyName("class"), JsonConverter(typeof(JsonStringEnumConverter<RiskClass>))] RiskClass Class,
    int Score,
    string Model,
    string State,
    DateOnly AsOf,
    IReadOnlyList<RatingReason> Reasons,
    IReadOnlyList<string> Raise);
