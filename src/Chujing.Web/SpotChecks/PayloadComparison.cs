using System.Text.Json;
using Chujing.Domain.Evidence;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence.SpotChecks;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The flight-inspection part of a run: what the enterprise produced for a sampled leaf with a <c>digest</c> against
/// what it reported. No payload is a missing record; a different SHA-256 is a digest mismatch; a payload that holds
/// more distinct persons, or catalog fields the event did not report, departs from the event.
/// </summary>
internal static class PayloadComparison
{
    public static IEnumerable<(string Kind, string Path, string Detail)> Compare(ExportEvent exportEvent, string digest, SpotCheckPayload? payload)
    {
        if (payload is null)
        {
            yield return (FindingKinds.RecordMissing, "digest", "抽中的记录带有摘要，但企业未提交出境数据原件。 The sampled record carries a digest but its payload was not produced.");
            yield break;
        }

        var expected = digest.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? digest["sha256:".Length..] : digest;
        if (!string.Equals(expected, payload.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            yield return (FindingKinds.DigestMismatch, "digest", $"提交的数据原件 SHA-256 为 {payload.Sha256}，与记录的摘要 {digest} 不符。 The produced payload hashes to {payload.Sha256}, not the recorded {digest}.");
            yield break;
        }

        if (payload.Persons is { } persons && persons > exportEvent.Persons)
        {
            yield return (FindingKinds.PayloadPersonsDiffer, "persons", $"数据原件中有 {persons} 个不同的人，事件只报告了 {exportEvent.Persons} 个。 The payload holds {persons} distinct persons; the event reported {exportEvent.Persons}.");
        }

        var fields = JsonSerializer.Deserialize<List<string>>(payload.FieldsJson) ?? [];
        var unreported = fields.Where(f => !exportEvent.Fields.Contains(f, StringComparer.Ordinal)).ToList();
        if (unreported.Count > 0)
        {
            yield return (FindingKinds.PayloadFieldsDiffer, "fields", $"数据原件含有事件未报告的字段：{string.Join("、", unreported)}。 The payload carries fields the event did not report: {string.Join(", ", unreported)}.");
        }
    }
}
