using System.Security.Cryptography;
using System.Text;
using Chujing.Web.Access;

namespace Chujing.Web.Tokens;

/// <summary>The token format, its hash, the claims a token principal carries and the scopes a token may hold.</summary>
public static class ApiTokens
{
    /// <summary>Every token starts so, which makes a leaked one easy to recognise (and to scan for).</summary>
    public const string Prefix = "chj_";

    /// <summary>The claim holding the token's id on a token principal.</summary>
    public const string TokenClaim = "chujing:token";

    /// <summary>One claim per permission the token carries.</summary>
    public const string ScopeClaim = "chujing:scope";

    /// <summary>What a token may be allowed: checking exports, recording evidence, reading the processor's filings.</summary>
    public static IReadOnlyList<string> Scopes { get; } = [Permissions.ExportsCheck, Permissions.EvidenceAppend, Permissions.FilingsRead];

    /// <summary>A new token: the prefix and 32 random bytes, base64url.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex of SHA-256 over the token's UTF-8 bytes: what is stored.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The key of a token in the session cache and the revocation log: <c>token:</c> and its hash.</summary>
    public static string CacheKey(string hash) => "token:" + hash;

    /// <summary>The bearer token of a request, or null when it carries none.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
