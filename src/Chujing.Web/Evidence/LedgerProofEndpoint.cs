using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Problems;

namespace Chujing.Web.Evidence;

/// <summary>
/// <c>GET /api/ledger/proof?leaf=N[&amp;processor=&lt;USCC&gt;][&amp;size=M]</c>: the RFC 9162 inclusion proof of one
/// recorded export (its leaf) in the processor's ledger, as <c>chujing ledger prove --leaf N --json</c> writes it,
/// against the latest signed tree head unless <c>size</c> names an earlier one. Scoped as the ledger bundle: the
/// enterprise its own ledger, officials a processor of their zone group, the city any; any other is 404.
/// </summary>
public static class LedgerProofEndpoint
{
    public static IEndpointRouteBuilder MapLedgerProof(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger/proof", async (string? leaf, string? size, string? processor, ChujingDbContext db, IEvidenceLedger ledgers, HttpContext http, CancellationToken ct) =>
            {
                var index = Number(leaf, "leaf");
                if (index.Error is { } badLeaf)
                {
                    return ProblemMapping.ToHttpResult(badLeaf);
                }

                if (index.Value is not { } at)
                {
                    return ProblemMapping.ToHttpResult(new InvalidError([Diagnostic.ForField(DiagnosticKind.Required, null, "leaf", "name the leaf: ?leaf=<index, from 0>")]));
                }

                var treeSize = Number(size, "size");
                if (treeSize.Error is { } badSize)
                {
                    return ProblemMapping.ToHttpResult(badSize);
                }

                var resolved = await LedgerBundleEndpoint.ResolveAsync(Caller.From(http.User), processor, db, ct).ConfigureAwait(false);
                if (resolved.Error is { } error)
                {
                    return ProblemMapping.ToHttpResult(error);
                }

                var uscc = resolved.Value;
                var proof = await ledgers.ReadAsync(uscc, ledger =>
                {
                    if (ledger is null)
                    {
                        return Result<InclusionProofView>.Failure(LedgerBundleEndpoint.NoLedger(uscc));
                    }

                    var upTo = treeSize.Value ?? ledger.Head.Size;
                    if (upTo > ledger.Head.Size || upTo < 1)
                    {
                        return Result<InclusionProofView>.Failure(Diagnostic.ForField(null, "size", string.Create(CultureInfo.InvariantCulture, $"the ledger has {ledger.Head.Size} leaves; size must be between 1 and that")));
                    }

                    return at < upTo
                        ? InclusionProofView.Create(ledger, at, upTo)
                        : new NotFoundError(string.Create(CultureInfo.InvariantCulture, $"leaf {at} is not in the tree of {upTo} leaves"));
                }, ct).ConfigureAwait(false);
                return proof.ToHttpResult(view =>
                {
                    http.Response.Headers.ContentDisposition = string.Create(CultureInfo.InvariantCulture, $"inline; filename=\"{uscc}.leaf-{at}.proof.json\"");
                    return Results.Ok(view);
                });
            })
            .RequirePermission(Permissions.LedgerExport)
            .Produces<InclusionProofView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("evidence");
        return app;
    }

    /// <summary>The number in a query parameter, null when it is not given, or the parameter's problem.</summary>
    private static Result<long?> Number(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Result<long?>.Success(null);
        }

        return text.Length <= 18 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : Result<long?>.Failure(Diagnostic.ForField(DiagnosticKind.Syntax, null, name, "must be a whole number, 0 or more"));
    }
}
