using System.Buffers;
using System.Globalization;
using System.Text;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Text;

/// <summary>Finds the first byte that is not UTF-8, so that a reader can say where a file is broken instead of failing later.</summary>
public static class Utf8Text
{
    /// <summary>Null when <paramref name="bytes"/> is valid UTF-8; else a syntax diagnostic with the line and column of the first bad byte.</summary>
    public static Diagnostic? Validate(ReadOnlySpan<byte> bytes, string? source)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                var before = bytes[..offset];
                var line = before.Count((byte)'\n') + 1;
                var lineStart = before.LastIndexOf((byte)'\n') + 1;
                var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
                var message = string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8: byte 0x{bytes[offset]:X2} at line {line}, column {column} cannot be decoded (save the file as UTF-8)");
                return new Diagnostic(source, line, column, null, message) { Kind = DiagnosticKind.Syntax };
            }

            offset += consumed;
        }

        return null;
    }
}
