using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Suites;

namespace Chujing.Evidence.Storage;

/// <summary>
/// The key-encryption key under which signing keys stored in a database are encrypted (AES-256-GCM, a fresh nonce
/// per key, the log's name and suite bound in as associated data), so that a copy of the database alone signs
/// nothing. The operator supplies it outside the database: 32 bytes as 64 hex digits in
/// <see cref="EnvironmentVariable"/>, or in a file named by <see cref="FileEnvironmentVariable"/>.
/// </summary>
public sealed class LedgerKeyEncryption
{
    /// <summary>The environment variable holding the key as 64 hex digits.</summary>
    public const string EnvironmentVariable = "CHUJING_KEY_ENCRYPTION_KEY";

    /// <summary>The environment variable naming a file that holds the key as 64 hex digits (preferred to <see cref="EnvironmentVariable"/>).</summary>
    public const string FileEnvironmentVariable = "CHUJING_KEY_ENCRYPTION_KEY_FILE";

    private const string Scheme = "aes-256-gcm:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    private LedgerKeyEncryption(byte[] key)
    {
        _key = key;
        Id = Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));
    }

    /// <summary>The key's fingerprint (16 hex digits), recorded with every key it encrypts; not secret.</summary>
    public string Id { get; }

    /// <summary>Reads a key of 64 hex digits; <paramref name="source"/> names where it came from in the message when it is not one.</summary>
    public static LedgerKeyEncryption FromHex(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length != 64 || !trimmed.All(char.IsAsciiHexDigit))
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "the key-encryption key must be 32 bytes written as 64 hex digits (e.g. from 'openssl rand -hex 32')"));
        }

        return new LedgerKeyEncryption(Convert.FromHexString(trimmed));
    }

    /// <summary>The key from the environment (the file first, then the variable); null when neither is set.</summary>
    public static LedgerKeyEncryption? FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(FileEnvironmentVariable) is { Length: > 0 } path)
        {
            if (!File.Exists(path))
            {
                throw new InvalidInputException(new Diagnostic(path, 0, 0, null, $"no such file (named by {FileEnvironmentVariable})"));
            }

            return FromHex(File.ReadAllText(path), path);
        }

        return environment(EnvironmentVariable) is { Length: > 0 } hex ? FromHex(hex, EnvironmentVariable) : null;
    }

    /// <summary>What is stored for <paramref name="pair"/> of log <paramref name="log"/>: the protection's name and the bytes.</summary>
    internal (string Protection, byte[] Stored) Protect(string log, LedgerKeyPair pair) =>
        (Scheme + Id, Encrypt(pair.PrivateKey, Bound(log, pair.Suite)));

    /// <summary>
    /// Encrypts <paramref name="plaintext"/> (nonce, ciphertext and tag in one array); <paramref name="context"/> is
    /// bound in, and decrypting needs the same context.
    /// </summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        var stored = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = stored.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, stored.AsSpan(NonceSize, plaintext.Length), stored.AsSpan(NonceSize + plaintext.Length), context);
        return stored;
    }

    /// <summary>What <see cref="Encrypt"/> made of it; throws <see cref="CryptographicException"/> when it was changed, or made under another key or context.</summary>
    public byte[] Decrypt(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> context)
    {
        if (stored.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("too short to be encrypted by a key-encryption key");
        }

        var plaintext = new byte[stored.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(stored[..NonceSize], stored.Slice(NonceSize, plaintext.Length), stored[(NonceSize + plaintext.Length)..], plaintext, context);
        return plaintext;
    }

    /// <summary>
    /// The private key stored with <paramref name="protection"/>. Throws <see cref="EnvironmentFailureException"/>
    /// naming <paramref name="where"/> when the key is encrypted and no key-encryption key, or another one, is given,
    /// or when it does not decrypt.
    /// </summary>
    internal static byte[] Unprotect(LedgerKeyEncryption? encryption, string log, string suite, string protection, byte[] stored, string where)
    {
        if (string.Equals(protection, "none", StringComparison.Ordinal))
        {
            return stored;
        }

        if (!protection.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw new EnvironmentFailureException($"{where}: the signing key is stored with an unknown protection '{protection}'", isTransient: false);
        }

        var id = protection[Scheme.Length..];
        if (encryption is null)
        {
            throw new EnvironmentFailureException($"{where}: the signing key is encrypted under key-encryption key {id}; supply it in {EnvironmentVariable} or {FileEnvironmentVariable}", isTransient: false);
        }

        if (!string.Equals(id, encryption.Id, StringComparison.Ordinal))
        {
            throw new EnvironmentFailureException($"{where}: the signing key is encrypted under key-encryption key {id}, not under the one supplied ({encryption.Id})", isTransient: false);
        }

        try
        {
            return encryption.Decrypt(stored, Bound(log, suite));
        }
        catch (CryptographicException e)
        {
            throw new EnvironmentFailureException($"{where}: the stored signing key does not decrypt: it was changed, or belongs to another log", isTransient: false, e);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"key-encryption key {Id}");

    // Binds the ciphertext to its log: a key copied onto another log's row does not decrypt there.
    private static byte[] Bound(string log, string suite) => Encoding.UTF8.GetBytes("chujing-ledger-key/v1\n" + log + "\n" + suite);
}
