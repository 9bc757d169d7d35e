using Chujing.Scanning.Persons;
using FsCheck;
using FsCheck.Xunit;

namespace Chujing.Scanning.Tests.Persons;

/// <summary>The chunk sort (top-byte and next-byte American flag partitions, then comparison sorts) orders as a plain sort does.</summary>
public sealed class SortedRunsSortTests
{
    [Property(MaxTest = 30)]
    public bool Sort_OfAnyKeys_EqualsTheComparisonSort(int seed, PositiveInt size, byte spread)
    {
        // Large enough to take the partitioned path (at least 16,384 records); keys from a few shared top bytes
        // (dense buckets, many equal keys) to uniformly random ones.
        var random = new Random(seed);
        var records = new Key[(1 << 14) + (size.Get % 70_000)];
        var distinct = 1 + (spread * 97);
        for (var i = 0; i < records.Length; i++)
        {
            var value = random.Next(distinct);
            var high = spread % 3 == 0 ? (ulong)random.NextInt64() << 1 : (ulong)value * 0x9E3779B97F4A7C15UL;
            records[i] = new Key(high, (ulong)value);
        }

        var expected = records.ToArray();
        Array.Sort(expected);
        SortedRuns<Key, KeyOrder>.Sort(records);
        return records.AsSpan().SequenceEqual(expected);
    }

    [Fact]
    public void Sort_OfEqualTopBytes_EqualsTheComparisonSort()
    {
        // One top bucket holds everything: the next-byte partition does all the work.
        var random = new Random(3);
        var records = Enumerable.Range(0, 50_000).Select(_ => new Key((0xABUL << 56) | ((ulong)random.NextInt64() >> 8), (ulong)random.Next(10))).ToArray();
        var expected = records.ToArray();
        Array.Sort(expected);
        SortedRuns<Key, KeyOrder>.Sort(records);
        Assert.Equal(expected, records);
    }

    internal readonly record struct Key(ulong High, ulong Low) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = High.CompareTo(other.High);
            return c != 0 ? c : Low.CompareTo(other.Low);
        }
    }

    internal readonly struct KeyOrder : IBucketOrder<Key>
    {
        public bool Spread => true;

        public int Bucket(in Key record) => (int)(record.High >> 56);

        public int Bucket(in Key record, int level) => (int)(record.High >> (56 - (8 * level))) & 0xFF;
    }
}
