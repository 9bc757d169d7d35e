using System.Text;
using System.Xml.Linq;
using Chujing.Evidence.Storage;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Encrypts the session-cookie keys (ASP.NET Core data protection) under the operator's key-encryption key before
/// they are stored in the database, as the ledgers' signing keys are: a copy of the database alone forges no cookie.
/// </summary>
internal sealed class KeyEncryptionXmlEncryptor(LedgerKeyEncryption encryption) : IXmlEncryptor
{
    /// <summary>Bound into every encrypted key: a ciphertext made for another purpose does not decrypt as a key ring entry.</summary>
    internal static readonly byte[] Context = Encoding.UTF8.GetBytes("chujing-data-protection-key/v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement(
            "encryptedKey",
            new XAttribute("kek", encryption.Id),
            new XElement("ciphertext", Convert.ToBase64String(encryption.Encrypt(plaintext, Context))));
        return new EncryptedXmlInfo(element, typeof(KeyEncryptionXmlDecryptor));
    }
}
