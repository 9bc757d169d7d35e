using System.Buffers;
using System.Text;

namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1.1 hashing over a pluggable hash function: a leaf is <c>HASH(0x00 || data)</c>, an interior node
/// <c>HASH(0x01 || left || right)</c>, and the empty tree <c>HASH()</c>. Domain separation of the two prefixes is what
/// stops a leaf from being passed off as a node. Thread-safe.
/// </summary>
public sealed class MerkleHasher
{
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    private readonly byte[] _emptyRoot;

    public MerkleHasher(IHashAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        Algorithm = algorithm;
        _emptyRoot = new byte[algorithm.Size];
        algorithm.Hash([], _emptyRoot);
    }

    /// <summary>The hash function.</summary>
    public IHashAlgorithm Algorithm { get; }

    /// <summary>The hash size in bytes.</summary>
    public int Size => Algorithm.Size;

    /// <summary>MTH({}) = HASH(), the root of the empty tree, as a new array.</summary>
    public byte[] EmptyRootHash() => [.. _emptyRoot];

    /// <summary>MTH({d}) = HASH(0x00 || d).</summary>
    public byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var result = new byte[Size];
        HashLeaf(data, result);
        return result;
    }

    /// <summary>Writes HASH(0x00 || data) into <paramref name="destination"/>.</summary>
    public void HashLeaf(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var length = data.Length + 1;
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
            buffer[0] = LeafPrefix;
            data.CopyTo(buffer[1..]);
            Algorithm.Hash(buffer, destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>HASH(0x00 || UTF-8(text)): the leaf hash of a text leaf, without an intermediate byte array.</summary>
    public byte[] HashLeafText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new byte[Size];
        var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        var rented = max <= 2048 ? null : ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var buffer = rented is null ? stackalloc byte[max] : rented.AsSpan(0, max);
            buffer[0] = LeafPrefix;
            var length = Encoding.UTF8.GetBytes(text, buffer[1..]);
            Algorithm.Hash(buffer[..(length + 1)], result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return result;
    }

    /// <summary>HASH(0x01 || left || right).</summary>
    public byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var result = new byte[Size];
        HashChildren(left, right, result);
        return result;
    }

    /// <summary>Writes HASH(0x01 || left || right) into <paramref name="destination"/>.</summary>
    public void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + left.Length + right.Length];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        Algorithm.Hash(buffer, destination);
    }
}
