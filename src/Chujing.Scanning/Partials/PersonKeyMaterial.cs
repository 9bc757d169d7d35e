using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Partials;

/// <summary>
/// The person key a user supplies so that partial results made on different machines merge: at least 32 bytes as hex
/// (in <c>CHUJING_SCAN_KEY</c>, or a file). The hashing key and a fingerprint that partials carry are derived from it
/// with HMAC-SHA256 under distinct labels; neither the key nor anything that reveals it is written.
/// </summary>
public sealed class PersonKeyMaterial
{
    /// <summary>The environment variable holding the key as hex.</summary>
    public const string EnvironmentVariable = "CHUJING_SCAN_KEY";

    /// <summary>Bytes a key must have at least.</summary>
    public const int MinimumBytes = 32;

    private const int MaximumHexLength = 1024;
    private readonly byte[] _hashKey;

    private PersonKeyMaterial(byte[] key)
    {
        _hashKey = HMACSHA256.HashData(key, "chujing scan person key v1"u8)[..16];
        Fingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(key, "chujing scan key fingerprint v1"u8)[..16]);
    }

    /// <summary>Identifies the key (not reversible to it): partials with different fingerprints were keyed differently.</summary>
    public string Fingerprint { get; }

    /// <summary>The hasher for person identifiers under this key.</summary>
    public PersonKeyHasher Hasher(PersonKeyAlgorithm algorithm) => new(_hashKey, algorithm);

    /// <summary>
    /// The key from <paramref name="keyFile"/> when given, else from <paramref name="environmentValue"/>; null when
    /// neither is given. A malformed key throws <see cref="InvalidInputException"/> naming where it came from.
    /// </summary>
    public static PersonKeyMaterial? From(string? keyFile, string? environmentValue)
    {
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile))
            {
                throw new InvalidInputException(new Diagnostic(keyFile, 0, 0, "--person-key-file", "no such file"));
            }

            var info = new FileInfo(keyFile);
            var text = info.Length <= MaximumHexLength ? File.ReadAllText(keyFile, Encoding.UTF8) : string.Empty;
            return new PersonKeyMaterial(Parse(text, keyFile, "--person-key-file"));
        }

        return environmentValue is null ? null : new PersonKeyMaterial(Parse(environmentValue, EnvironmentVariable, EnvironmentVariable));
    }

    private static byte[] Parse(string text, string where, string field)
    {
        var hex = text.Trim();
        if (hex.Length > MaximumHexLength || hex.Length % 2 != 0 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new InvalidInputException(new Diagnostic(where, 0, 0, field, "the person key must be hexadecimal digits (at least 64, for 32 bytes; at most 1024)"));
        }

        if (hex.Length < MinimumBytes * 2)
        {
            throw new InvalidInputException(new Diagnostic(where, 0, 0, field, string.Create(CultureInfo.InvariantCulture, $"the person key has {hex.Length / 2} bytes; at least {MinimumBytes} are needed (e.g. openssl rand -hex 32)")));
        }

        return Convert.FromHexString(hex);
    }
}
