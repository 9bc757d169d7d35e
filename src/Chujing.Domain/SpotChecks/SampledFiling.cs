using System.Text.Json.Serialization;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// One drawn filing: its records (leaf indexes in the order drawn, so an expansion only appends), the inspectors
/// drawn for it and those drawn but recused (in the order met), and what the record sample can detect.
/// </summary>
public sealed record SampledFiling(
    string Filing,
    string Processor,
    string ZoneGroup,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RiskClass>))] RiskClass RiskClass,
    IReadOnlyList<long> Leaves,
    IReadOnlyList<string> Inspectors,
    IReadOnlyList<string> Recused,
    DetectionGuarantee Guarantee);
