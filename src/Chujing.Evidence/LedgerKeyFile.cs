using System.Security.Cryptography;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Suites;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence;

/// <summary>
/// The private signing key of a log, in a file of its own (by default <c>&lt;log&gt;.key</c> next to an SQLite log),
/// created with mode 0600 and never inside the log. JSON: <c>{"format","suite","privateKey","publicKey"}</c> with the
/// keys in base64.
/// </summary>
public static class LedgerKeyFile
{
    private const string Format = "chujing-ledger-key/v1";

    /// <summary>The default key path of an SQLite log.</summary>
    public static string DefaultPathFor(string logPath) => logPath + ".key";

    /// <summary>Writes a new key file; refuses to overwrite one.</summary>
    public static void Write(string path, LedgerKeyPair key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["format"] = Format,
            ["suite"] = key.Suite,
            ["privateKey"] = Convert.ToBase64String(key.PrivateKey),
            ["publicKey"] = Convert.ToBase64String(key.PublicKey),
        });
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(json);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "a key file already exists here; it is never overwritten"));
        }
    }

    /// <summary>Reads a key file written by <see cref="Write"/>.</summary>
    public static LedgerKeyPair Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "the signing key file does not exist (give it with --key)"));
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new LedgerKeyPair(
                root.GetProperty("suite").GetString()!,
                Convert.FromBase64String(root.GetProperty("privateKey").GetString()!),
                Convert.FromBase64String(root.GetProperty("publicKey").GetString()!));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "not a Chujing ledger key file"));
        }
    }

    /// <summary>Checks that <paramref name="key"/> is the key of a log with <paramref name="suite"/> and <paramref name="publicKey"/>.</summary>
    public static void EnsureMatches(string path, LedgerKeyPair key, ILedgerSuite suite, byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(suite);
        byte[] derived;
        try
        {
            derived = suite.PublicKeyOf(key.PrivateKey);
        }
        catch (CryptographicException)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, "privateKey", "not a " + suite.Id + " private key"));
        }

        if (!string.Equals(key.Suite, suite.Id, StringComparison.Ordinal) || !derived.AsSpan().SequenceEqual(publicKey))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "this key is not the signing key of the ledger"));
        }
    }
}
