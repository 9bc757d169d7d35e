using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Consistency;
using Chujing.Web.Access;
using Chujing.Web.Evidence;
using Chujing.Web.Processors;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Consistency;

/// <summary>
/// <c>POST /api/check</c>: the same events as <c>POST /api/evidence</c>, an answer per event, before the data leaves.
/// Stores no evidence and changes no counter; records each check (time, processor, filing, the event's digest, the
/// answer) so that what was checked can later be compared with what was reported.
/// </summary>
public sealed class GatewayCheckService(ProcessorCache processors, ConsistencyService consistency, GatewayCheckRecorder recorder, TimeProvider time)
{
    /// <summary>The most events one request may carry.</summary>
    public const int MaxBatch = 10_000;

    private const int MaxFilingId = 64;

    private static readonly IReadOnlyList<string> CountKinds = [FilingNames.Of(DeviationKind.PersonsOverFiled), FilingNames.Of(DeviationKind.BandCrossed)];

    public async Task<CheckAnswer> CheckAsync(Caller caller, JsonElement body, CancellationToken ct)
    {
        var processor = await processors.GetAsync(caller.ProcessorId ?? throw new InvalidOperationException("an enterprise caller has a processor"), ct).ConfigureAwait(false);
        var events = ExportEventReader.Read(body, processor.Uscc, MaxBatch, ExportEventPolicy.Ledger);
        var deviations = (await consistency.CheckAsync(processor, events, withCounts: false, ct).ConfigureAwait(false)).ToLookup(d => d.Event);
        var now = time.GetUtcNow();
        int? token = int.TryParse(caller.UserId.StartsWith("token:", StringComparison.Ordinal) ? caller.UserId[6..] : null, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;
        var results = new List<CheckResult>(events.Count);
        var rows = new List<GatewayCheck>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var found = deviations[i].ToList();
            var allowed = !found.Any(d => d.Blocks);
            results.Add(new CheckResult(i, allowed, [.. found.Select(d => DeviationView.From(d))]));
            rows.Add(new GatewayCheck
            {
                ProcessorId = processor.Id,
                ZoneGroupId = processor.ZoneGroupId,
                At = now,
                FilingId = e.Filing is { Length: > MaxFilingId } named ? named[..MaxFilingId] : e.Filing,
                EventDigest = DigestOf(e),
                EventTime = e.Time.ToUniversalTime(),
                Allowed = allowed,
                Kinds = [.. found.Select(d => FilingNames.Of(d.Kind))],
                TokenId = token,
            });
        }

        await recorder.RecordAsync(rows, ct).ConfigureAwait(false);
        return new CheckAnswer(results, CountKinds);
    }

    /// <summary>The event's own digest, else <c>sha256:</c> of its canonical text (what its leaf would hold).</summary>
    public static string DigestOf(ExportEvent e) =>
        e.Digest is { Length: <= 200 } digest ? digest : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.CanonicalJson)));
}
