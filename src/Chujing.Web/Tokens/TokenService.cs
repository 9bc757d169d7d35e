using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Tokens;
using Chujing.Web.Access;
using Chujing.Web.Access.Sessions;
using Chujing.Persistence.Sessions;
using Chujing.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Tokens;

/// <summary>The enterprise's API tokens: made (the token shown once, its hash stored), listed and revoked, each change audited.</summary>
public sealed class TokenService(ChujingDbContext db, AuditLog audit, TimeProvider time, SessionCache sessions)
{
    public const int MaxName = 100;

    public const int MaxTokensPerProcessor = 50;

    /// <summary>The audit log's entity name for API tokens: the one kind an enterprise reads (its own).</summary>
    public const string Entity = "api-token";

    public async Task<IReadOnlyList<TokenView>> ListAsync(Caller caller, CancellationToken ct) =>
        [.. (await db.ApiTokens.AsNoTracking().Where(t => t.ProcessorId == caller.ProcessorId).OrderByDescending(t => t.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ToView)];

    public async Task<Result<CreatedToken>> CreateAsync(Caller caller, TokenRequest request, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(Diagnostic.ForField(null, "name", "a name is required, e.g. 出境网关 or nightly ETL"));
        }
        else if (name.Length > MaxName)
        {
            problems.Add(Diagnostic.ForField(null, "name", $"at most {MaxName} characters"));
        }

        var scopes = request.Scopes ?? ApiTokens.Scopes;
        for (var i = 0; i < scopes.Count; i++)
        {
            if (!ApiTokens.Scopes.Contains(scopes[i], StringComparer.Ordinal))
            {
                problems.Add(Diagnostic.ForField(null, $"scopes[{i}]", $"'{scopes[i]}' is not a token scope", string.Join(", ", ApiTokens.Scopes)));
            }
        }

        if (scopes.Count == 0)
        {
            problems.Add(Diagnostic.ForField(null, "scopes", "at least one scope is required", string.Join(", ", ApiTokens.Scopes)));
        }

        if (problems.Count == 0 && await db.ApiTokens.CountAsync(t => t.ProcessorId == caller.ProcessorId && t.RevokedAt == null, ct).ConfigureAwait(false) >= MaxTokensPerProcessor)
        {
            problems.Add(Diagnostic.ForField(null, "name", $"a processor holds at most {MaxTokensPerProcessor} tokens; revoke one first"));
        }

        if (problems.Count > 0)
        {
            return new InvalidError(problems);
        }

        var processor = await db.Processors.AsNoTracking().SingleAsync(p => p.Id == caller.ProcessorId, ct).ConfigureAwait(false);
        var token = ApiTokens.Create();
        var row = new ApiToken
        {
            ProcessorId = processor.Id,
            ZoneGroupId = processor.ZoneGroupId,
            Name = name!,
            TokenHash = ApiTokens.Hash(token),
            Prefix = token[..12],
            Scopes = [.. scopes.Distinct(StringComparer.Ordinal)],
            CreatedBy = caller.UserId,
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        audit.Record(db, caller, Entity, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "create", row.ProcessorId, row.ZoneGroupId, null, ToView(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new CreatedToken(row.Id, token, row.Name, row.Scopes, row.CreatedAt);
    }

    /// <summary>Revokes a token of the caller's processor (again: no change), answering it as it is now; another's is not found.</summary>
    public async Task<Result<TokenView>> RevokeAsync(Caller caller, int id, CancellationToken ct)
    {
        var row = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.ProcessorId == caller.ProcessorId, ct).ConfigureAwait(false);
        if (row is null)
        {
            return new NotFoundError($"API token {id} does not exist or is not yours");
        }

        if (row.RevokedAt is not null)
        {
            return ToView(row);
        }

        var before = ToView(row);
        row.RevokedAt = time.GetUtcNow();
        audit.Record(db, caller, Entity, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "revoke", row.ProcessorId, row.ZoneGroupId, before, ToView(row));

        // Logged with the revocation in one transaction, so that every node drops the token from its cache.
        var key = ApiTokens.CacheKey(row.TokenHash);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await SessionRevocationLog.StageAsync(db, key, row.RevokedAt.Value, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        sessions.Revoke(key);
        return ToView(row);
    }

    // The last use is recorded at most once a minute (ApiTokenHandler), so it is stated to the minute: 10:42, never 10:42:17.385.
    private static TokenView ToView(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.Scopes, t.CreatedAt, ToMinute(t.LastUsedAt), t.RevokedAt);

    private static DateTimeOffset? ToMinute(DateTimeOffset? at) =>
        at is { } a ? new DateTimeOffset(a.Ticks - (a.Ticks % TimeSpan.TicksPerMinute), a.Offset) : null;
}
