using System.Buffers;

namespace Chujing.Domain.Text;

/// <summary>Lower-case hexadecimal text, as digests and root hashes are written.</summary>
public static class LowerHex
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789abcdef");

    /// <summary>True when <paramref name="text"/> has exactly <paramref name="length"/> characters, all lower-case hex digits.</summary>
    public static bool Is(ReadOnlySpan<char> text, int length) => text.Length == length && !text.ContainsAnyExcept(Digits);
}
