using System.Security.Cryptography;
using System.Text.Json;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Persistence.SpotChecks;
using Chujing.Scanning;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Evidence;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The enterprise produces the payload of a sampled leaf that carries a <c>digest</c>: the platform hashes it and scans
/// it (fields, distinct persons), keeps only those results, and deletes the payload.
/// </summary>
public sealed class PayloadService(ChujingDbContext db, IEvidenceLedger ledgers, AuditLog audit, TimeProvider time)
{
    /// <summary>The largest payload accepted (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public sealed record PayloadView(string SpotCheck, long Leaf, string Sha256, long Bytes, string? Digest, bool Matches, long? Persons, IReadOnlyList<string> Fields, string? ScanProblem);

    public async Task<PayloadView> UploadAsync(Caller caller, string id, long leaf, Stream body, CancellationToken ct)
    {
        var check = await db.SpotChecks.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.Status == SpotCheckStatus.Drawn, ct).ConfigureAwait(false)
            ?? throw new ResourceNotFoundException($"no drawn spot check {id} awaits payloads");
        var uscc = await db.Processors.Where(p => p.Id == caller.ProcessorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
        var sample = JsonSerializer.Deserialize<List<SampledFiling>>(check.SampleJson!, JsonConventions.Compact)!;
        if (!sample.Any(s => s.Processor == uscc && s.Leaves.Contains(leaf)))
        {
            throw new ResourceNotFoundException($"leaf {leaf} of your ledger is not sampled in {id}");
        }

        var digest = await ledgers.ReadAsync(uscc, ledger =>
        {
            var stored = ledger?.Store.ReadLeaves(leaf, 1);
            return stored is { Count: 1 } && ExportEvent.Parse(stored[0].Text) is { IsSuccess: true } parsed ? parsed.Value.Digest : null;
        }, ct).ConfigureAwait(false);
        if (digest is null)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "leaf", $"leaf {leaf} carries no digest: no payload is asked for"));
        }

        var path = Path.Combine(Path.GetTempPath(), "chujing-payload-" + Guid.NewGuid().ToString("N"));
        try
        {
            long bytes;
            string sha;
            await using (var file = File.Create(path))
            {
                bytes = await CopyLimitedAsync(body, file, ct).ConfigureAwait(false);
                file.Position = 0;
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct).ConfigureAwait(false));
            }

            var (persons, fields, problem) = Scan(path, ct);
            var row = await db.SpotCheckPayloads.SingleOrDefaultAsync(p => p.SpotCheckId == id && p.ProcessorId == caller.ProcessorId && p.Leaf == leaf, ct).ConfigureAwait(false);
            if (row is null)
            {
                row = new SpotCheckPayload { SpotCheckId = id, ProcessorId = caller.ProcessorId!.Value, Leaf = leaf };
                db.SpotCheckPayloads.Add(row);
            }

            row.Sha256 = sha;
            row.Bytes = bytes;
            row.Persons = persons;
            row.FieldsJson = JsonSerializer.Serialize(fields);
            row.ScanProblem = problem;
            row.UploadedAt = time.GetUtcNow();
            audit.Record(db, caller, "spot-check-payload", id + "/" + leaf, "upload", caller.ProcessorId, check.ZoneGroupId, null, new { leaf, sha256 = sha, bytes, persons, fields });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var expected = digest.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? digest[7..] : digest;
            return new PayloadView(id, leaf, sha, bytes, digest, string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase), persons, fields, problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (long? Persons, List<string> Fields, string? Problem) Scan(string path, CancellationToken ct)
    {
        try
        {
            var format = TableSource.Sniff(path);
            if (format is not ("csv" or "xlsx" or "jsonl" or "parquet"))
            {
                return (null, [], "not a CSV, XLSX, JSON Lines or Parquet file");
            }

            using var reader = TableSource.Open(path, new TableSourceOptions { Format = format });
            var report = Scanner.Scan(reader, new ScanOptions(), null, ct);
            return (report.Persons.Distinct, [.. report.Columns.SelectMany(c => c.Fields).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], null);
        }
        catch (InvalidInputException e)
        {
            return (null, [], e.Diagnostics[0].Message);
        }
    }

    private static async Task<long> CopyLimitedAsync(Stream from, Stream to, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "body", $"a payload is at most {MaxBytes} bytes"));
            }

            await to.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }

        return total;
    }
}
