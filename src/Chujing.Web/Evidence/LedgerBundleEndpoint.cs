using Chujing.Domain.Diagnostics;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Evidence;

/// <summary>
/// <c>GET /api/ledger/bundle</c>: a processor's whole evidence ledger as <c>chujing ledger export</c> writes it
/// (JSON Lines), for anyone to verify offline with <c>chujing ledger verify</c> whatever store it came from. The
/// enterprise downloads its own; officials name the processor (<c>?processor=&lt;USCC&gt;</c>) within their zone group,
/// the city any; a processor outside the caller's scope does not exist for them (404).
/// </summary>
public static class LedgerBundleEndpoint
{
    /// <summary>The media type of a bundle.</summary>
    public const string MediaType = "application/jsonl";

    public static IEndpointRouteBuilder MapLedgerBundle(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger/bundle", async (string? processor, ChujingDbContext db, IEvidenceLedger ledgers, HttpContext http, CancellationToken ct) =>
            {
                var caller = Caller.From(http.User);
                var resolved = await ResolveAsync(caller, processor, db, ct).ConfigureAwait(false);
                if (resolved.Error is { } error)
                {
                    return ProblemMapping.ToHttpResult(error);
                }

                var uscc = resolved.Value;
                if (!await HasLedgerAsync(ledgers, uscc, ct).ConfigureAwait(false))
                {
                    return ProblemMapping.ToHttpResult(NoLedger(uscc));
                }

                // The bundle writer is synchronous (as the CLI's); it streams the ledger page by page.
                http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
                http.Response.ContentType = MediaType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{uscc}.bundle.jsonl\"";
                await ledgers.ExportAsync(uscc, http.Response.Body, ct).ConfigureAwait(false);
                return Results.Empty;
            })
            .RequirePermission(Permissions.LedgerExport)
            .Produces(StatusCodes.Status200OK, contentType: MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("evidence");
        return app;
    }

    /// <summary>The processor has recorded no export yet, so it has no ledger to give.</summary>
    internal static NotFoundError NoLedger(string uscc) => new($"processor {uscc} has no evidence ledger yet (no export has been recorded)");

    /// <summary>The USCC of the processor the caller names (its own for an enterprise), within its scope; invalid or not found otherwise.</summary>
    internal static async Task<Result<string>> ResolveAsync(Caller caller, string? processor, ChujingDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(processor))
        {
            if (caller.IsEnterprise)
            {
                return await db.Processors.AsNoTracking().Where(p => p.Id == caller.ProcessorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
            }

            return Result<string>.Failure(Diagnostic.ForField(DiagnosticKind.Syntax, null, "processor", "name the processor: ?processor=<统一社会信用代码 USCC>"));
        }

        if (processor.Length > 18 || Uscc.Validate(processor, "processor") is not null)
        {
            return Result<string>.Failure(Diagnostic.ForField(DiagnosticKind.Syntax, null, "processor", "not a unified social credit code (18 characters with a valid check character)"));
        }

        var uscc = await db.Processors.AsNoTracking().VisibleTo(caller).Where(p => p.Uscc == processor).Select(p => p.Uscc).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return uscc is null ? new NotFoundError($"processor {processor} not found") : uscc;
    }

    private static Task<bool> HasLedgerAsync(IEvidenceLedger ledgers, string uscc, CancellationToken ct) =>
        ledgers.ReadAsync(uscc, ledger => ledger is not null, ct);
}
