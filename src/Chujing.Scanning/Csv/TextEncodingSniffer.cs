using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Csv;

/// <summary>
/// Tells the encoding of a text file from its first bytes: a BOM (UTF-8, UTF-16) wins; otherwise valid UTF-8 is UTF-8,
/// and text that is not UTF-8 but decodes cleanly as GB18030 (a superset of GBK and GB2312, what Excel writes on
/// Chinese Windows) is GB18030. NUL bytes without a UTF-16 BOM mean a binary file, which is bad input.
/// </summary>
public static class TextEncodingSniffer
{
    /// <summary>Bytes looked at.</summary>
    public const int PrefixLength = 64 * 1024;

    /// <summary>GB18030 (code page 54936), registered from the BCL's code-pages provider.</summary>
    public static Encoding Gb18030 { get; } = RegisterCodePages();

    /// <summary>The encoding of text starting with <paramref name="prefix"/>; <paramref name="complete"/> when it is the whole input.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> prefix, bool complete, string source)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (prefix.Contains((byte)0))
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "this is a binary file, not text (CSV must be UTF-8 or GB18030 text)"));
        }

        var invalidAt = FirstInvalidUtf8(prefix, complete);
        if (invalidAt < 0)
        {
            return new UTF8Encoding(false);
        }

        // Not UTF-8: GB18030 if it decodes without a single invalid sequence (ignoring a character cut at the end).
        // Cloned from Gb18030 so that the code-pages provider is registered first whatever ran before.
        var strict = (Encoding)Gb18030.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var checkable = complete ? prefix : prefix[..Math.Max(0, prefix.Length - 4)];
        try
        {
            strict.GetCharCount(checkable);
            return Gb18030;
        }
        catch (DecoderFallbackException)
        {
            var line = prefix[..invalidAt].Count((byte)'\n') + 1;
            throw new InvalidInputException(new Diagnostic(source, line, 0, null, "the text is neither UTF-8 (the first invalid byte is on this line) nor GB18030 (GBK); convert it to UTF-8"));
        }
    }

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when all are (a sequence cut at the end is fine unless complete).</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
