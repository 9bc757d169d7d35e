using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Chujing.Evidence.Storage;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Decrypts what <see cref="KeyEncryptionXmlEncryptor"/> stored, with the key-encryption key the node was given.
/// Data protection creates it by type name with the node's services.
/// </summary>
internal sealed class KeyEncryptionXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var kek = (string?)encryptedElement.Attribute("kek") ?? "?";
        var encryption = services.GetRequiredService<PlatformOptions>().KeyEncryption
            ?? throw new CryptographicException($"the session-cookie keys are encrypted under key-encryption key {kek}; supply it in {LedgerKeyEncryption.EnvironmentVariable} or {LedgerKeyEncryption.FileEnvironmentVariable}");
        if (!string.Equals(kek, encryption.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException($"the session-cookie keys are encrypted under key-encryption key {kek}, not under the one supplied ({encryption.Id})");
        }

        var ciphertext = Convert.FromBase64String((string?)encryptedElement.Element("ciphertext") ?? string.Empty);
        return XElement.Parse(Encoding.UTF8.GetString(encryption.Decrypt(ciphertext, KeyEncryptionXmlEncryptor.Context)));
    }
}
