using System.Buffers;
using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// E-mail addresses: a local part of letters, digits and <c>._%+-</c> (not starting or ending with a dot), one @, and
/// a domain of at least two dot-separated labels whose last label is two or more letters.
/// </summary>
public sealed class EmailDetector : Detector
{
    private static readonly SearchValues<char> LocalCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");
    private static readonly SearchValues<char> DomainCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public override string Id => "email";

    public override string Rule => "local@domain.tld (RFC 5322 dot-atom subset)";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["zhang.san@example.com", "li_si+tag@mail.example.com.cn", "a@b.cn", "USER123@QQ.COM", "wang-wu%x@163.com"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
        ["zhangsan", "@example.com", "zhang@", "zhang@example", "zhang@@example.com", ".zhang@example.com", "zhang.@example.com",
         "zhang@example.c", "zhang@.example.com", "zhang@example..com", "张三@example.com", "", "zhang @example.com", "a@b.c1"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at > 64 || value.Length > 254)
        {
            return DetectorMatch.None;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (local.ContainsAnyExcept(LocalCharacters) || local[0] == '.' || local[^1] == '.'
            || domain.Length < 4 || domain.ContainsAnyExcept(DomainCharacters))
        {
            return DetectorMatch.None;
        }

        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain[0] is '.' or '-' || domain.Contains("..", StringComparison.Ordinal))
        {
            return DetectorMatch.None;
        }

        var tld = domain[(lastDot + 1)..];
        return tld.Length >= 2 && IsLetters(tld) ? DetectorMatch.Match : DetectorMatch.None;
    }

    /// <summary>Lower case: mailbox domains are case-insensitive and providers treat local parts so in practice.</summary>
    public override int Canonicalize(ReadOnlySpan<char> value, Span<char> destination) =>
        value.ToLowerInvariant(destination);

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }
}
