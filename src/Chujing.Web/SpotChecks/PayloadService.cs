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
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The enterprise produces the payload of a sampled leaf that carries a <c>digest</c>: the platform hashes it and scans
/// it (fields, distinct persons), keeps only those results, and deletes the payload. Its columns are matched to the
/// fields of the list edition the leaf's filing is pinned to (in the export's scenario) as the scanner maps columns
/// (<see cref="CatalogFieldMapper"/>: a column <c>blood_test</c> is the field <c>blood-test</c> by its synonym).
/// </summary>
public sealed class PayloadService(ChujingDbContext db, IEvidenceLedger ledgers, AuditLog audit, TimeProvider time, Consistency.PlatformConsistency consistency)
{
    /// <summary>The largest payload accepted (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public sealed record PayloadView(string SpotCheck, long Leaf, string Sha256, long Bytes, string? Digest, bool Matches, long? Persons, IReadOnlyList<string> Fields, string? ScanProblem);

    public async Task<Result<PayloadView>> UploadAsync(Caller caller, string id, long leaf, Stream body, CancellationToken ct)
    {
        var check = await db.SpotChecks.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.Status == SpotCheckStatus.Drawn, ct).ConfigureAwait(false);
        if (check is null || caller is not { IsEnterprise: true, ProcessorId: { } processorId })
        {
            return new NotFoundError($"no drawn spot check {id} awaits payloads");
        }

        var uscc = await db.Processors.Where(p => p.Id == processorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
        var sample = JsonSerializer.Deserialize<List<SampledFiling>>(check.SampleJson!, JsonConventions.Compact)!;
        if (!sample.Any(s => s.Processor == uscc && s.Leaves.Contains(leaf)))
        {
            return NotSampled(id, leaf.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var exported = await ledgers.ReadAsync(uscc, ledger =>
        {
            var stored = ledger?.Store.ReadLeaves(leaf, 1);
            return stored is { Count: 1 } && ExportEvent.Parse(stored[0].Text) is { IsSuccess: true } parsed ? parsed.Value : null;
        }, ct).ConfigureAwait(false);
        var digest = exported?.Digest;
        if (digest is null)
        {
            return new InvalidError([Diagnostic.ForField(null, "leaf", $"leaf {leaf} carries no digest: no payload is asked for")]);
        }

        var path = Path.Combine(Path.GetTempPath(), "chujing-payload-" + Guid.NewGuid().ToString("N"));
        try
        {
            long bytes;
            string sha;
            await using (var file = File.Create(path))
            {
                if (await CopyLimitedAsync(body, file, ct).ConfigureAwait(false) is not { } copied)
                {
                    return new InvalidError([Diagnostic.ForField(null, "body", $"a payload is at most {MaxBytes} bytes")]);
                }

                bytes = copied;
                file.Position = 0;
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct).ConfigureAwait(false));
            }

            var (edition, scenario) = await ListOfAsync(exported!, processorId, ct).ConfigureAwait(false);
            var (persons, fields, problem) = Scan(path, edition, scenario, ct);
            var row = await db.SpotCheckPayloads.SingleOrDefaultAsync(p => p.SpotCheckId == id && p.ProcessorId == processorId && p.Leaf == leaf, ct).ConfigureAwait(false);
            if (row is null)
            {
                row = new SpotCheckPayload { SpotCheckId = id, ProcessorId = processorId, Leaf = leaf };
                db.SpotCheckPayloads.Add(row);
            }

            row.Sha256 = sha;
            row.Bytes = bytes;
            row.Persons = persons;
            row.FieldsJson = JsonSerializer.Serialize(fields);
            row.ScanProblem = problem;
            row.UploadedAt = time.GetUtcNow();
            audit.Record(db, caller, "spot-check-payload", id + "/" + leaf, "upload", processorId, check.ZoneGroupId, null, new { leaf, sha256 = sha, bytes, persons, fields });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var expected = digest.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? digest[7..] : digest;
            return new PayloadView(id, leaf, sha, bytes, digest, string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase), persons, fields, problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The list edition the export's filing is pinned to and the scenario (the export's, else the filing's); nulls when neither is known.</summary>
    private async Task<(Domain.Catalog.CatalogEdition? Edition, string? Scenario)> ListOfAsync(ExportEvent exported, int processorId, CancellationToken ct)
    {
        if (exported.Filing is not { } filingId)
        {
            return (null, null);
        }

        var filing = await db.Filings.AsNoTracking().Where(f => f.Id == filingId && f.ProcessorId == processorId)
            .Select(f => new { f.ListEdition, f.Scenario }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var edition = filing is null ? null : consistency.Today()?.Catalogs.Find(filing.ListEdition);
        return (edition, exported.Scenario ?? filing?.Scenario);
    }

    private static (long? Persons, List<string> Fields, string? Problem) Scan(string path, Domain.Catalog.CatalogEdition? edition, string? scenario, CancellationToken ct)
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
            var columns = report.Columns;
            if (edition is not null)
            {
                // The export's scenario first; a scenario the edition does not know maps over the whole edition.
                var mapped = CatalogFieldMapper.Map(edition, scenario, columns) is { IsSuccess: true } inScenario ? inScenario : CatalogFieldMapper.Map(edition, null, columns);
                columns = mapped.IsSuccess ? mapped.Value.Columns : columns;
            }

            return (report.Persons.Distinct, [.. columns.SelectMany(c => c.Fields).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], null);
        }
        catch (InvalidInputException e)
        {
            return (null, [], e.Diagnostics[0].Message);
        }
    }

    /// <summary>The leaf named in a payload's path is not one of the caller's sampled leaves (or not a leaf index at all).</summary>
    public static NotFoundError NotSampled(string id, string leaf) =>
        new($"数据原件无法对应：叶子 {leaf} 不是您在抽验 {id} 中被抽中的账本记录 · leaf {leaf} of your ledger is not sampled in {id}");

    /// <summary>The bytes copied, or null when the body is larger than <see cref="MaxBytes"/>.</summary>
    private static async Task<long?> CopyLimitedAsync(Stream from, Stream to, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                return null;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }

        return total;
    }
}
