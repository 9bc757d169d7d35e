using System.Xml.Linq;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Storage;
using Chujing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Before a node serves: the session-cookie keys already in the database must be readable with the key-encryption key
/// the node was given. A node started without it, or with another, would otherwise add a key of its own to the shared
/// key ring (in plain text, or under its own key) that the other nodes cannot read, and cookies would stop carrying
/// across nodes; it refuses to start instead, naming the key it needs.
/// </summary>
internal static class SessionKeyCheck
{
    /// <summary>How many stored keys are looked at (the ring keeps a few per 90 days).</summary>
    private const int MaxKeys = 1_000;

    public static async Task EnsureReadableAsync(ChujingDbContext db, LedgerKeyEncryption? encryption, CancellationToken cancellationToken)
    {
        var stored = await db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Take(MaxKeys).Select(k => k.Xml).ToListAsync(cancellationToken).ConfigureAwait(false);
        var keks = stored
            .Select(xml => xml is null ? null : TryParse(xml))
            .OfType<XElement>()
            .SelectMany(key => key.Descendants("encryptedKey"))
            .Select(e => (string?)e.Attribute("kek"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (keks.Count == 0)
        {
            return;
        }

        if (encryption is null)
        {
            throw new EnvironmentFailureException(
                $"数据库中的会话密钥以密钥加密密钥 {string.Join("、", keks)} 加密，本节点未提供该密钥：请在 {LedgerKeyEncryption.FileEnvironmentVariable} 或 {LedgerKeyEncryption.EnvironmentVariable} 中提供与其他节点相同的密钥（docs/deployment.md）。 · " +
                $"The session-cookie keys in the database are encrypted under key-encryption key {string.Join(", ", keks)}, and this node was given none: supply the other nodes' key in {LedgerKeyEncryption.FileEnvironmentVariable} or {LedgerKeyEncryption.EnvironmentVariable} (docs/deployment.md).",
                isTransient: false);
        }

        if (keks.Any(k => !string.Equals(k, encryption.Id, StringComparison.Ordinal)))
        {
            throw new EnvironmentFailureException(
                $"数据库中的会话密钥以密钥加密密钥 {string.Join("、", keks)} 加密，而本节点提供的是 {encryption.Id}：请为所有节点提供同一密钥加密密钥（docs/deployment.md）。 · " +
                $"The session-cookie keys in the database are encrypted under key-encryption key {string.Join(", ", keks)}, not under the one this node was given ({encryption.Id}): give every node the same key-encryption key (docs/deployment.md).",
                isTransient: false);
        }
    }

    private static XElement? TryParse(string xml)
    {
        try
        {
            return XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
